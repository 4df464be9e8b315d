import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { activitePassCheques } from '../../../db/schema/index.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { estJourIso } from '../../../platform/valeurs/jour-paris.ts';
import {
  type ChequeSaisi,
  dateFr,
  normaliserEmetteur,
  normaliserNumero,
  verifierSaisieCheque,
} from './domain.ts';

/**
 * Checks one cheque for an activity on `dateActivite`: its format, its validity at that date, and that
 * its number was never used on the platform. The refusal names the day it was used, never by whom.
 */
export async function verifierCheque(
  db: Db,
  saisie: ChequeSaisi,
  dateActivite: string,
): Promise<Result<ChequeSaisi>> {
  const cheque: ChequeSaisi = {
    ...saisie,
    numero: normaliserNumero(saisie.numero),
    emetteur: normaliserEmetteur(saisie.emetteur),
  };
  const erreurs = verifierSaisieCheque(cheque, dateActivite);
  if (Object.keys(erreurs).length > 0) {
    const premier = Object.values(erreurs)[0]!;
    const expire = Object.keys(erreurs).length === 1 && estJourIso(cheque.valableJusquau);
    const code = expire ? 'cheque_expire' : 'cheque_invalide';
    return fail(code, premier, 422, erreurs);
  }
  const [deja] = await db
    .select({ le: activitePassCheques.dateActivite })
    .from(activitePassCheques)
    .where(eq(activitePassCheques.numero, cheque.numero))
    .limit(1);
  if (deja)
    return fail('cheque_deja_utilise', messageDejaUtilise(cheque.numero, deja.le), 409, {
      numero: messageDejaUtilise(cheque.numero, deja.le),
    });
  return ok(cheque);
}

/** `le`: the day of the activity it was used in. */
export function messageDejaUtilise(numero: string, le: string): string {
  return `Le chèque n° ${numero} a déjà été utilisé le ${dateFr(le)} : un chèque ne sert qu’une fois.`;
}

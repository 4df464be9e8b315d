import { randomUUID } from 'node:crypto';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';
import type { SaisieActivite } from '../domain/saisie.ts';
import type { ChequeSaisi } from '../pass/domain.ts';
import { enregistrerChequesUtilises } from '../pass/enregistrer-cheques.ts';
import { CHAMPS_CHEQUE, erreursVersFormulaire } from '../pass/formulaire.ts';
import { type AuteurActivite, enregistrerActivite } from './enregistrer-activite.ts';
import { activiteDeCle } from './queries.ts';

/** A new form's key: sent back with the form, it makes a double submit record one activity. */
export const nouveauJeton = (): string => randomUUID();

function estDoublon(e: unknown): boolean {
  const code =
    (e as { code?: string; cause?: { code?: string } })?.code ??
    (e as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}

/**
 * Records the form's activity once: the same form sent twice (a double click, a resubmit after a slow
 * answer) gives back the first activity instead of a second one. A pass numérique cheque typed in the
 * same form is recorded in the same transaction: refused, it undoes the activity (errors keyed by the
 * form's cheque fields).
 */
export async function enregistrerUneFois(
  ctx: ContexteUtilisateur,
  auteur: AuteurActivite,
  saisie: SaisieActivite,
  jeton: string | undefined,
  cheque: ChequeSaisi | null = null,
): Promise<Result<{ id: string }>> {
  const cle = jeton && estUuid(jeton) ? `formulaire:${jeton.toLowerCase()}` : null;
  if (cle) {
    const deja = await activiteDeCle(ctx.db, auteur, cle);
    if (deja) return ok({ id: deja });
  }
  try {
    return await inTransaction(ctx, async (tx) => {
      const r = await enregistrerActivite(tx, auteur, saisie, { source: 'saisie', cleIdempotence: cle });
      if (!r.ok || !cheque) return r.ok ? ok({ id: r.value.id }) : r;
      const c = await enregistrerChequesUtilises(tx, {
        activiteId: r.value.id,
        accompagnementId: r.value.accompagnements[0]?.id ?? null,
        cheques: [cheque],
      });
      if (!c.ok) {
        const champs = c.error.fields ? erreursVersFormulaire(c.error.fields) : {};
        if (Object.keys(champs).length === 0) champs[CHAMPS_CHEQUE.numero] = c.error.message;
        return fail(c.error.code, c.error.message, c.error.status, champs);
      }
      return ok({ id: r.value.id });
    });
  } catch (e) {
    // Two identical submits at the same instant: the unique key let one through.
    if (cle && estDoublon(e)) {
      const deja = await activiteDeCle(ctx.db, auteur, cle);
      if (deja) return ok({ id: deja });
    }
    throw e;
  }
}

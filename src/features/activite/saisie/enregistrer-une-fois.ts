import { randomUUID } from 'node:crypto';
import type { ContexteUtilisateur } from '../../../platform/context.ts';
import { ok, type Result } from '../../../platform/result.ts';
import type { SaisieActivite } from '../domain/saisie.ts';
import { type AuteurActivite, enregistrerActivite } from './enregistrer-activite.ts';
import { activiteDeCle } from './queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
 * answer) gives back the first activity instead of a second one.
 */
export async function enregistrerUneFois(
  ctx: ContexteUtilisateur,
  auteur: AuteurActivite,
  saisie: SaisieActivite,
  jeton: string | undefined,
): Promise<Result<{ id: string }>> {
  const cle = jeton && UUID.test(jeton) ? `formulaire:${jeton.toLowerCase()}` : null;
  if (cle) {
    const deja = await activiteDeCle(ctx.db, auteur, cle);
    if (deja) return ok({ id: deja });
  }
  try {
    const r = await enregistrerActivite(ctx, auteur, saisie, { source: 'saisie', cleIdempotence: cle });
    return r.ok ? ok({ id: r.value.id }) : r;
  } catch (e) {
    // Two identical submits at the same instant: the unique key let one through.
    if (cle && estDoublon(e)) {
      const deja = await activiteDeCle(ctx.db, auteur, cle);
      if (deja) return ok({ id: deja });
    }
    throw e;
  }
}

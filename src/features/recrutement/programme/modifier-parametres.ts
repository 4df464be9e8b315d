import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { parametresProgramme } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { formatEuros, formatNombre } from '../domain/budget.ts';
import { type ParametresProgramme, verifierParametres } from '../domain/parametres.ts';
import { can } from '../policy.ts';
import { totauxNationaux } from '../repo.ts';
import { PROGRAMME_CNFS, verrouillerParametres } from './repo.ts';

const entier = (label: string) =>
  z.coerce
    .number({ error: `Indiquez ${label}.` })
    .int(`${label[0]!.toUpperCase()}${label.slice(1)} : un nombre entier.`);

export const parametresSchema = z.object({
  postesCibles: entier('l’objectif de postes'),
  financementPublicEur: entier('le financement par poste (employeur public)'),
  financementPriveEur: entier('le financement par poste (employeur privé)'),
  enveloppeEur: entier('l’enveloppe'),
  /** "24, 36" from a form, or an array. */
  dureesContratMois: z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/[,;\s]+/)
            .filter(Boolean)
            .map(Number)
        : v,
    z.array(z.number({ error: 'Les durées sont des nombres de mois.' })),
  ),
});

/**
 * ANCT edits the programme's figures. The row is locked like a committee decision, and the new
 * target and envelope may not fall below what the committee already granted.
 */
export async function modifierParametres(
  ctx: ContexteUtilisateur,
  input: unknown,
): Promise<Result<ParametresProgramme>> {
  if (!can(ctx.actor, 'modifier_parametres', { type: 'programme' })) {
    return fail('acces_refuse', 'Seule l’ANCT modifie les paramètres du programme.', 403);
  }
  const parsed = parametresSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const v = verifierParametres({
    postesCibles: parsed.data.postesCibles,
    financementParPosteEur: {
      public: parsed.data.financementPublicEur,
      prive: parsed.data.financementPriveEur,
    },
    enveloppeEur: parsed.data.enveloppeEur,
    dureesContratMois: parsed.data.dureesContratMois,
  });
  if (!v.ok) return v;
  const nouveaux = v.value;
  return inTransaction(ctx, async ({ db: tx, now, actor, ip }) => {
    const avant = await verrouillerParametres(tx);
    const totaux = await totauxNationaux(tx);
    if (nouveaux.postesCibles < totaux.postesAttribues) {
      const m = `L’objectif ne peut être inférieur aux ${formatNombre(totaux.postesAttribues)} postes déjà attribués.`;
      return fail('objectif_trop_bas', m, 409, { postesCibles: m });
    }
    if (nouveaux.enveloppeEur < totaux.engageEur) {
      const m = `L’enveloppe ne peut être inférieure aux ${formatEuros(totaux.engageEur)} déjà engagés.`;
      return fail('enveloppe_trop_basse', m, 409, { enveloppeEur: m });
    }
    await tx
      .update(parametresProgramme)
      .set({
        postesCibles: nouveaux.postesCibles,
        financementPublicEur: nouveaux.financementParPosteEur.public,
        financementPriveEur: nouveaux.financementParPosteEur.prive,
        enveloppeEur: nouveaux.enveloppeEur,
        dureesContratMois: nouveaux.dureesContratMois,
        modifieLe: now,
        modifiePar: ctx.actor.userId,
      })
      .where(eq(parametresProgramme.id, PROGRAMME_CNFS));
    await recordAudit(tx, {
      actor,
      action: 'programme.parametres_modifies',
      entityType: 'programme',
      entityId: PROGRAMME_CNFS,
      ip,
      details: { avant, apres: nouveaux },
    });
    return ok(nouveaux);
  });
}

import { z } from 'zod';
import { jalonsProgramme } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { INDICATEURS_JALON, type Jalon } from '../domain/parametres.ts';
import { can } from '../policy.ts';
import { dateIso } from '../schemas.ts';
import { lireJalons, PROGRAMME_CNFS } from './repo.ts';

const vide = (v: unknown) => (v === '' || v === null ? undefined : v);

export const jalonSchema = z.object({
  code: z
    .string({ error: 'Indiquez le code du jalon.' })
    .trim()
    .regex(/^[a-z0-9_]{3,50}$/, 'Le code : lettres minuscules, chiffres et _, 3 à 50 caractères.'),
  libelle: z.string({ error: 'Indiquez le libellé.' }).trim().min(3, 'Indiquez le libellé.').max(200),
  date: dateIso('la date du jalon'),
  indicateur: z.preprocess(vide, z.enum(INDICATEURS_JALON, { error: 'Indicateur inconnu.' }).optional()),
  cible: z.preprocess(vide, z.coerce.number().int('La cible est un nombre entier.').min(1).optional()),
});

/** ANCT adds or changes a dated milestone (deadline, progress report, target). */
export async function modifierJalon(ctx: ContexteUtilisateur, input: unknown): Promise<Result<Jalon>> {
  if (!can(ctx.actor, 'modifier_parametres', { type: 'programme' })) {
    return fail('acces_refuse', 'Seule l’ANCT modifie les jalons du programme.', 403);
  }
  const parsed = jalonSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const d = parsed.data;
  if ((d.indicateur === undefined) !== (d.cible === undefined)) {
    return fail('cible_incomplete', 'Indiquez à la fois l’indicateur et la cible, ou aucun des deux.', 400, {
      cible: 'Indiquez à la fois l’indicateur et la cible, ou aucun des deux.',
    });
  }
  const jalon: Jalon = {
    code: d.code,
    libelle: d.libelle,
    date: d.date,
    indicateur: d.indicateur ?? null,
    cible: d.cible ?? null,
  };
  return inTransaction(ctx, async ({ db: tx, actor, ip }) => {
    const avant = (await lireJalons(tx)).find((j) => j.code === d.code) ?? null;
    await tx
      .insert(jalonsProgramme)
      .values({ ...jalon, programmeId: PROGRAMME_CNFS })
      .onConflictDoUpdate({
        target: [jalonsProgramme.programmeId, jalonsProgramme.code],
        set: { libelle: jalon.libelle, date: jalon.date, indicateur: jalon.indicateur, cible: jalon.cible },
      });
    await recordAudit(tx, {
      actor,
      action: 'programme.jalon_modifie',
      entityType: 'programme',
      entityId: PROGRAMME_CNFS,
      ip,
      details: { avant, apres: jalon },
    });
    return ok(jalon);
  });
}

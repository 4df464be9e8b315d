import { z } from 'zod';
import { jetonsApi } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { API_TOKEN_PREFIX } from '../../platform/auth/api-tokens.ts';
import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import type { UseCaseContext } from '../../platform/context.ts';
import { fail, ok, type Result } from '../../platform/result.ts';
import { chargerStructure } from '../structures/index.ts';
import { departementExiste } from '../territoires/index.ts';
import { PORTEES_CONNUES, prefixeAffiche } from './domain/portees.ts';
import { can } from './policy.ts';

const input = z.object({
  nom: z
    .string({ message: 'Donnez un nom au jeton (le client qui l’utilisera).' })
    .trim()
    .min(1, 'Donnez un nom au jeton (le client qui l’utilisera).')
    .max(100, 'Le nom est trop long (100 caractères au plus).'),
  portees: z
    .array(z.enum(PORTEES_CONNUES, { message: 'Portée inconnue.' }), {
      message: 'Choisissez au moins une portée.',
    })
    .min(1, 'Choisissez au moins une portée.'),
  departementCode: z.string().trim().max(3).nullish(),
  structureId: z.string().trim().max(60).nullish(),
});

export interface JetonCree {
  id: string;
  /** The secret: shown once, never stored in clear. */
  jeton: string;
  prefixe: string;
}

/** ANCT (or an operator on the command line) creates a token for an API client. */
export async function creerJetonApi(
  ctx: UseCaseContext & { operateurCli?: boolean },
  raw: unknown,
): Promise<Result<JetonCree>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return fail('donnees_invalides', Object.values(fields)[0]!, 422, fields);
  }
  const { nom, portees } = parsed.data;
  const departementCode = parsed.data.departementCode || null;
  const structureId = parsed.data.structureId || null;
  if (departementCode && structureId) {
    const message = 'Limitez le jeton à un département ou à une structure, pas aux deux.';
    return fail('restriction_double', message, 422, { restriction: message });
  }
  if (departementCode && !(await departementExiste(ctx.db, departementCode))) {
    return fail('departement_inconnu', 'Ce département n’existe pas.', 422, {
      departement: 'Ce département n’existe pas.',
    });
  }
  const structure = structureId ? await chargerStructure(ctx.db, structureId) : null;
  if (structureId && !structure) {
    const message = 'Cette structure n’existe pas.';
    return fail('structure_inconnue', message, 422, { structure_recherche: message });
  }
  if (!ctx.operateurCli && !can(ctx.actor, 'creer', { type: 'jeton-api', departementCode, structureId })) {
    return fail('acces_refuse', 'Vous n’avez pas le droit de créer un jeton d’API.', 403);
  }
  const jeton = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  const prefixe = prefixeAffiche(jeton);
  const uniques = [...new Set(portees)].sort();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(jetonsApi)
      .values({
        nom,
        prefixe,
        hash: hashToken(jeton),
        portees: uniques,
        departementCode,
        structureId,
        creePar: ctx.actor?.kind === 'user' ? ctx.actor.userId : null,
        creeLe: ctx.now,
      })
      .returning({ id: jetonsApi.id });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'jeton_api.cree',
      entityType: 'jeton_api',
      entityId: row!.id,
      departementCode: departementCode ?? structure?.departementCode ?? null,
      structureId,
      ip: ctx.ip,
      details: {
        nom,
        prefixe,
        portees: uniques,
        ...(structure ? { structure: structure.nom } : {}),
        ...(ctx.operateurCli ? { source: 'ligne de commande' } : {}),
      },
    });
    return ok({ id: row!.id, jeton, prefixe });
  });
}

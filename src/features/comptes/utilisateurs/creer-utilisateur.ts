import { z } from 'zod';
import { adhesions, utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { hashPassword, passwordProblem } from '../../../platform/auth/passwords.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../platform/auth/roles.ts';
import { randomToken } from '../../../platform/auth/tokens.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { chargerStructure, structuresParSiret } from '../../structures/index.ts';
import { departementExiste } from '../../territoires/index.ts';
import { scopeProblem } from '../domain/portee.ts';
import { findUserByEmail } from '../repo.ts';

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().optional());

export const creationSchema = z.object({
  email: z
    .string({ error: 'Indiquez l’adresse électronique.' })
    .trim()
    .max(254, 'L’adresse électronique est trop longue.')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Adresse électronique invalide, par exemple nom@exemple.fr.'),
  prenom: z.string({ error: 'Indiquez le prénom.' }).trim().min(1, 'Indiquez le prénom.').max(100),
  nom: z.string({ error: 'Indiquez le nom.' }).trim().min(1, 'Indiquez le nom.').max(100),
  role: z.enum(ROLES, { error: `Rôle inconnu : choisissez parmi ${ROLES.join(', ')}.` }),
  departement: optional,
  /** Structure id (uuid) or SIRET. */
  structure: optional,
  referent: z.boolean().default(false),
  motDePasse: optional,
});

export interface UtilisateurCree {
  id: string;
  /** The account's one membership. */
  adhesionId: string;
  email: string;
  role: Role;
  /** Set when the password was generated: shown once, never stored in clear. */
  motDePasseGenere: string | null;
}

/** A readable random password that passes the rules (24 URL-safe characters). */
export function generatePassword(): string {
  for (;;) {
    const candidate = randomToken(18);
    if (!passwordProblem(candidate)) return candidate;
  }
}

export interface OptionsCreation {
  /**
   * A password already hashed (a form that asked for it and checked it): no password is generated or
   * checked, `motDePasse` is ignored.
   */
  motDePasseHash?: string | undefined;
  /** Where the account was created, for the journal; by default `web` with an actor, `cli` without. */
  source?: string | undefined;
  /** A demonstration account (demo data): refused at sign-in in production, like the personas. */
  demo?: boolean | undefined;
}

/**
 * Creates an account with one membership (operators' CLI; actor null is recorded as the command line).
 * The address must not be used by another account, whatever its case. Runs inside the caller's
 * transaction when `ctx.db` is one (an application and its account written all or nothing).
 */
export async function creerUtilisateur(
  ctx: UseCaseContext,
  input: unknown,
  options: OptionsCreation = {},
): Promise<Result<UtilisateurCree>> {
  const { actor } = ctx;
  const parsed = creationSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const data = parsed.data;
  let structureId: string | null = null;
  let departementCode: string | null = null;
  if (data.structure) {
    const byId = /^[0-9a-f-]{36}$/i.test(data.structure);
    const siret = data.structure.replace(/\s/g, '');
    if (!byId && !/^\d{14}$/.test(siret)) {
      return fail(
        'structure_invalide',
        'Indiquez la structure par son identifiant ou son SIRET (14 chiffres).',
        400,
      );
    }
    const parId = byId ? await chargerStructure(ctx.db, data.structure) : null;
    const found = byId ? (parId ? [parId] : []) : await structuresParSiret(ctx.db, siret, 2);
    if (found.length === 0)
      return fail('structure_inconnue', `Aucune structure ne correspond à « ${data.structure} ».`, 404);
    if (found.length > 1) {
      return fail(
        'structure_ambigue',
        'Plusieurs structures ont ce SIRET : indiquez l’identifiant de la structure.',
        409,
      );
    }
    structureId = found[0]!.id;
  }
  if (data.departement) {
    const code = data.departement.toUpperCase();
    if (!(await departementExiste(ctx.db, code))) {
      return fail('departement_inconnu', `Département inconnu : « ${data.departement} ».`, 404);
    }
    departementCode = code;
  }
  const scope = scopeProblem(data.role, { departementCode, structureId });
  if (scope) return fail('portee_invalide', `${ROLE_LABELS[data.role]} : ${scope}`, 400);
  if (data.referent && data.role !== 'aidant') {
    return fail('referent_invalide', 'Seul un aidant peut être référent de sa structure.', 400);
  }
  const dejaHache = options.motDePasseHash !== undefined;
  const motDePasseGenere = data.motDePasse || dejaHache ? null : generatePassword();
  const password = data.motDePasse ?? (motDePasseGenere as string);
  const problem = dejaHache ? null : passwordProblem(password, data.email);
  if (problem) return fail('mot_de_passe_invalide', problem, 400, { motDePasse: problem });
  if (await findUserByEmail(ctx.db, data.email)) {
    return fail('email_deja_utilise', 'Un compte utilise déjà cette adresse électronique.', 409);
  }
  const hash = options.motDePasseHash ?? (await hashPassword(password));
  const { now } = ctx;
  return inTransaction(ctx, async ({ db: tx }) => {
    const [user] = await tx
      .insert(utilisateurs)
      .values({
        email: data.email,
        prenom: data.prenom,
        nom: data.nom,
        motDePasseHash: hash,
        demo: options.demo === true,
        creeLe: now,
        modifieLe: now,
      })
      .returning({ id: utilisateurs.id });
    const [adhesion] = await tx
      .insert(adhesions)
      .values({
        utilisateurId: user!.id,
        role: data.role,
        departementCode,
        structureId,
        referent: data.referent,
        creeLe: now,
      })
      .returning({ id: adhesions.id });
    await recordAudit(tx, {
      actor,
      action: 'utilisateur.cree',
      entityType: 'utilisateur',
      entityId: user!.id,
      departementCode,
      structureId,
      ip: ctx.ip,
      details: {
        email: data.email,
        role: data.role,
        adhesion: adhesion!.id,
        source: options.source ?? (actor ? 'web' : 'cli'),
      },
    });
    return ok({
      id: user!.id,
      adhesionId: adhesion!.id,
      email: data.email,
      role: data.role,
      motDePasseGenere,
    });
  });
}

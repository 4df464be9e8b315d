import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { echapperLike } from '../../../db/like.ts';
import { adhesions, utilisateurs } from '../../../db/schema/index.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { idsStructuresDuDepartement, structuresParIds } from '../../structures/index.ts';
import { nomsDepartements } from '../../territoires/index.ts';

export const UTILISATEURS_PAR_PAGE = 25;

export interface FiltresUtilisateurs {
  q?: string | undefined;
  role?: Role | undefined;
  departement?: string | undefined;
  statut?: 'actif' | 'desactive' | undefined;
  page: number;
}

export interface AdhesionDetaillee {
  id: string;
  utilisateurId: string;
  role: string;
  departementCode: string | null;
  departementNom: string | null;
  structureId: string | null;
  structureNom: string | null;
  structureDepartementCode: string | null;
  referent: boolean;
  creeLe: Date;
}

/** Each word must appear in the first name, last name or e-mail, ignoring case and accents. */
function searchCondition(q: string): SQL | undefined {
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 6);
  if (words.length === 0) return undefined;
  const haystack = sql`unaccent(lower(${utilisateurs.prenom} || ' ' || ${utilisateurs.nom} || ' ' || ${utilisateurs.email}))`;
  return and(...words.map((w) => sql`${haystack} like unaccent(lower(${`%${echapperLike(w)}%`}))`));
}

function membershipCondition(role: Role | undefined, departement: string | undefined): SQL | undefined {
  if (!role && !departement) return undefined;
  const parts: SQL[] = [sql`a.utilisateur_id = ${utilisateurs.id}`];
  if (role) parts.push(sql`a.role = ${role}`);
  if (departement)
    parts.push(
      sql`(a.departement_code = ${departement} or a.structure_id in ${idsStructuresDuDepartement(departement)})`,
    );
  return sql`exists (select 1 from ${adhesions} a where ${sql.join(parts, sql` and `)})`;
}

export async function listerUtilisateurs(db: Db, filtres: FiltresUtilisateurs) {
  const conditions = [
    filtres.q ? searchCondition(filtres.q) : undefined,
    membershipCondition(filtres.role, filtres.departement),
    filtres.statut ? eq(utilisateurs.actif, filtres.statut === 'actif') : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(utilisateurs).where(where);
  const rows = await db
    .select({
      id: utilisateurs.id,
      email: utilisateurs.email,
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
      actif: utilisateurs.actif,
      derniereConnexionLe: utilisateurs.derniereConnexionLe,
    })
    .from(utilisateurs)
    .where(where)
    .orderBy(asc(sql`unaccent(lower(${utilisateurs.nom}))`), asc(utilisateurs.prenom), asc(utilisateurs.id))
    .limit(UTILISATEURS_PAR_PAGE)
    .offset((filtres.page - 1) * UTILISATEURS_PAR_PAGE);
  const memberships = await adhesionsDe(
    db,
    rows.map((r) => r.id),
  );
  return {
    total,
    rows: rows.map((r) => ({ ...r, adhesions: memberships.filter((m) => m.utilisateurId === r.id) })),
  };
}

const colonnesAdhesion = {
  id: adhesions.id,
  utilisateurId: adhesions.utilisateurId,
  role: adhesions.role,
  departementCode: adhesions.departementCode,
  structureId: adhesions.structureId,
  referent: adhesions.referent,
  creeLe: adhesions.creeLe,
};

type LigneAdhesion = Omit<AdhesionDetaillee, 'departementNom' | 'structureNom' | 'structureDepartementCode'>;

/** Adds the names of the memberships' scopes (read from their owners: structures, territoires). */
async function detailler(db: Db, rows: LigneAdhesion[]): Promise<AdhesionDetaillee[]> {
  const [parStructure, parDepartement] = await Promise.all([
    structuresParIds(
      db,
      rows.map((r) => r.structureId),
    ),
    nomsDepartements(
      db,
      rows.flatMap((r) => (r.departementCode ? [r.departementCode] : [])),
    ),
  ]);
  return rows.map((r) => {
    const s = r.structureId ? parStructure.get(r.structureId) : undefined;
    return {
      id: r.id,
      utilisateurId: r.utilisateurId,
      role: r.role,
      departementCode: r.departementCode,
      departementNom: r.departementCode ? (parDepartement.get(r.departementCode) ?? null) : null,
      structureId: r.structureId,
      structureNom: s?.nom ?? null,
      structureDepartementCode: s?.departementCode ?? null,
      referent: r.referent,
      creeLe: r.creeLe,
    };
  });
}

/** Memberships of some users, with the names of their scopes. */
export async function adhesionsDe(db: Db, utilisateurIds: string[]): Promise<AdhesionDetaillee[]> {
  if (utilisateurIds.length === 0) return [];
  const rows = await db
    .select(colonnesAdhesion)
    .from(adhesions)
    .where(inArray(adhesions.utilisateurId, utilisateurIds))
    .orderBy(adhesions.creeLe, adhesions.id);
  return detailler(db, rows);
}

export async function chargerUtilisateur(db: Db, id: string) {
  const [user] = await db
    .select({
      id: utilisateurs.id,
      email: utilisateurs.email,
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
      actif: utilisateurs.actif,
      demo: utilisateurs.demo,
      totpActiveLe: utilisateurs.totpActiveLe,
      derniereConnexionLe: utilisateurs.derniereConnexionLe,
      creeLe: utilisateurs.creeLe,
    })
    .from(utilisateurs)
    .where(eq(utilisateurs.id, id))
    .limit(1);
  if (!user) return null;
  return { ...user, adhesions: await adhesionsDe(db, [id]) };
}

export type UtilisateurDetaille = NonNullable<Awaited<ReturnType<typeof chargerUtilisateur>>>;

/** The départements where a user holds a membership, directly or through a structure. */
export function departementsDe(memberships: AdhesionDetaillee[]): string[] {
  const out = new Set<string>();
  for (const m of memberships) {
    const code = m.departementCode ?? m.structureDepartementCode;
    if (code) out.add(code);
  }
  return [...out];
}

/** The policy resource of an account, as seen by the actor `acteurId`. */
export function ressourceUtilisateur(user: UtilisateurDetaille, acteurId: string | null) {
  return {
    type: 'utilisateur',
    departementCodes: departementsDe(user.adhesions),
    soiMeme: user.id === acteurId,
    agentPrefecture: user.adhesions.length > 0 && user.adhesions.every((m) => m.role === 'prefecture'),
  } as const;
}

export async function chargerAdhesion(db: Db, id: string): Promise<AdhesionDetaillee | null> {
  const rows = await db.select(colonnesAdhesion).from(adhesions).where(eq(adhesions.id, id)).limit(1);
  const [row] = await detailler(db, rows);
  return row ?? null;
}

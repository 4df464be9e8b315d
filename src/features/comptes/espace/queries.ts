import { and, asc, countDistinct, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  adhesions,
  communes,
  departements,
  epcis,
  regions,
  structures,
  utilisateurs,
} from '../../../db/schema/index.ts';
import { isRole, ROLES, type Role } from '../../../platform/auth/roles.ts';
import { isStructureType, STRUCTURE_TYPE_LABELS } from '../../structures/index.ts';

/** Read-only summaries for the role homes; each one takes the scope from the active membership. */

export interface ResumeNational {
  utilisateursActifs: number;
  adhesionsParRole: Record<Role, number>;
  structures: number;
  departements: number;
  communes: number;
  epcis: number;
}

const n = (v: unknown) => Number(v ?? 0);

export async function resumeNational(db: Db): Promise<ResumeNational> {
  const [[users], byRole, [str], [dep], [com], [epci]] = await Promise.all([
    db.select({ n: sql<number>`count(*)` }).from(utilisateurs).where(eq(utilisateurs.actif, true)),
    db
      .select({ role: adhesions.role, n: sql<number>`count(*)` })
      .from(adhesions)
      .innerJoin(utilisateurs, eq(utilisateurs.id, adhesions.utilisateurId))
      .where(eq(utilisateurs.actif, true))
      .groupBy(adhesions.role),
    db.select({ n: sql<number>`count(*)` }).from(structures),
    db.select({ n: sql<number>`count(*)` }).from(departements),
    db.select({ n: sql<number>`count(*)` }).from(communes),
    db.select({ n: sql<number>`count(*)` }).from(epcis),
  ]);
  const adhesionsParRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const row of byRole) if (isRole(row.role)) adhesionsParRole[row.role] = n(row.n);
  return {
    utilisateursActifs: n(users?.n),
    adhesionsParRole,
    structures: n(str?.n),
    departements: n(dep?.n),
    communes: n(com?.n),
    epcis: n(epci?.n),
  };
}

export interface StructureLigne {
  id: string;
  nom: string;
  type: string;
  siret: string | null;
  commune: string | null;
}

export interface ResumeDepartement {
  code: string;
  nom: string;
  region: string;
  communes: number;
  population: number;
  epcis: number;
  structures: StructureLigne[];
}

const typeLabel = (type: string) => (isStructureType(type) ? STRUCTURE_TYPE_LABELS[type] : type);

export async function resumeDepartement(db: Db, code: string): Promise<ResumeDepartement | null> {
  const [dep] = await db
    .select({ code: departements.code, nom: departements.nom, region: regions.nom })
    .from(departements)
    .innerJoin(regions, eq(regions.code, departements.regionCode))
    .where(eq(departements.code, code))
    .limit(1);
  if (!dep) return null;
  const [[stats], rows] = await Promise.all([
    db
      .select({
        communes: sql<number>`count(*)`,
        population: sql<number>`coalesce(sum(${communes.population}), 0)`,
        epcis: countDistinct(communes.epciCode),
      })
      .from(communes)
      .where(eq(communes.departementCode, code)),
    db
      .select({
        id: structures.id,
        nom: structures.nom,
        type: structures.type,
        siret: structures.siret,
        commune: communes.nom,
      })
      .from(structures)
      .leftJoin(communes, eq(communes.code, structures.communeCode))
      .where(eq(structures.departementCode, code))
      .orderBy(asc(structures.nom)),
  ]);
  return {
    ...dep,
    communes: n(stats?.communes),
    population: n(stats?.population),
    epcis: n(stats?.epcis),
    structures: rows.map((r) => ({ ...r, type: typeLabel(r.type) })),
  };
}

export interface MembreEquipe {
  prenom: string;
  nom: string;
  email: string;
  role: Role;
  referent: boolean;
  actif: boolean;
}

export interface FicheStructure {
  id: string;
  nom: string;
  type: string;
  siret: string | null;
  adresse: string | null;
  commune: string | null;
  communeCode: string | null;
  departement: string;
  departementCode: string;
  equipe: MembreEquipe[];
}

export async function ficheStructure(db: Db, structureId: string): Promise<FicheStructure | null> {
  const [s] = await db
    .select({
      id: structures.id,
      nom: structures.nom,
      type: structures.type,
      siret: structures.siret,
      adresse: structures.adresse,
      commune: communes.nom,
      communeCode: structures.communeCode,
      departement: departements.nom,
      departementCode: structures.departementCode,
    })
    .from(structures)
    .innerJoin(departements, eq(departements.code, structures.departementCode))
    .leftJoin(communes, eq(communes.code, structures.communeCode))
    .where(eq(structures.id, structureId))
    .limit(1);
  if (!s) return null;
  const team = await db
    .select({
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
      email: utilisateurs.email,
      role: adhesions.role,
      referent: adhesions.referent,
      actif: utilisateurs.actif,
    })
    .from(adhesions)
    .innerJoin(utilisateurs, eq(utilisateurs.id, adhesions.utilisateurId))
    .where(and(eq(adhesions.structureId, structureId)))
    .orderBy(asc(utilisateurs.nom), asc(utilisateurs.prenom), asc(adhesions.role));
  const equipe: MembreEquipe[] = [];
  for (const m of team) if (isRole(m.role)) equipe.push({ ...m, role: m.role });
  return { ...s, type: typeLabel(s.type), equipe };
}

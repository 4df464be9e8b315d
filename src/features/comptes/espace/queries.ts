import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { adhesions, utilisateurs } from '../../../db/schema/index.ts';
import { isRole, ROLES, type Role } from '../../../platform/auth/roles.ts';
import {
  compterStructures,
  ficheStructure as ficheDeStructure,
  isStructureType,
  STRUCTURE_TYPE_LABELS,
  structuresDuDepartement,
} from '../../structures/index.ts';
import {
  compterReferentiel,
  departementAvecRegion,
  nomsCommunes,
  statistiquesDepartement,
} from '../../territoires/index.ts';

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
  const [[users], byRole, nbStructures, referentiel] = await Promise.all([
    db.select({ n: sql<number>`count(*)` }).from(utilisateurs).where(eq(utilisateurs.actif, true)),
    db
      .select({ role: adhesions.role, n: sql<number>`count(*)` })
      .from(adhesions)
      .innerJoin(utilisateurs, eq(utilisateurs.id, adhesions.utilisateurId))
      .where(eq(utilisateurs.actif, true))
      .groupBy(adhesions.role),
    compterStructures(db),
    compterReferentiel(db),
  ]);
  const adhesionsParRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const row of byRole) if (isRole(row.role)) adhesionsParRole[row.role] = n(row.n);
  return {
    utilisateursActifs: n(users?.n),
    adhesionsParRole,
    structures: nbStructures,
    ...referentiel,
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
  const dep = await departementAvecRegion(db, code);
  if (!dep) return null;
  const [stats, rows] = await Promise.all([
    statistiquesDepartement(db, code),
    structuresDuDepartement(db, code),
  ]);
  const nomsDesCommunes = await nomsCommunes(
    db,
    rows.flatMap((r) => (r.communeCode ? [r.communeCode] : [])),
  );
  return {
    ...dep,
    ...stats,
    structures: rows.map(({ communeCode, ...r }) => ({
      ...r,
      type: typeLabel(r.type),
      commune: communeCode ? (nomsDesCommunes.get(communeCode) ?? null) : null,
    })),
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
  const fiche = await ficheDeStructure(db, structureId);
  if (!fiche || fiche.departementNom === null) return null;
  const s = {
    id: fiche.id,
    nom: fiche.nom,
    type: fiche.type,
    siret: fiche.siret,
    adresse: fiche.adresse,
    commune: fiche.communeNom,
    communeCode: fiche.communeCode,
    departement: fiche.departementNom,
    departementCode: fiche.departementCode,
  };
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

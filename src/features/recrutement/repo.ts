import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  avisPrefecture,
  candidats,
  candidaturesStructures,
  decisionsCoselec,
  misesEnRelation,
} from '../../db/schema/index.ts';
import { structuresPubliees } from '../structures/index.ts';
import type { PostesStructure } from './domain/quota.ts';
import { STATUTS_CANDIDATURE_ACTIVE } from './domain/transitions.ts';
import { STATUTS_OCCUPANT_POSTE } from './domain/types.ts';

const colonnesCandidature = {
  id: candidaturesStructures.id,
  structureId: candidaturesStructures.structureId,
  statut: candidaturesStructures.statut,
  postesDemandes: candidaturesStructures.postesDemandes,
  dateDebutSouhaitee: candidaturesStructures.dateDebutSouhaitee,
  contactEmail: candidaturesStructures.contactEmail,
  contactPrenom: candidaturesStructures.contactPrenom,
  contactNom: candidaturesStructures.contactNom,
  structureNom: structuresPubliees.nom,
  structureType: structuresPubliees.type,
  departementCode: structuresPubliees.departementCode,
};
export type CandidatureChargee = NonNullable<Awaited<ReturnType<typeof chargerCandidature>>>;

/** One application with what rules need about its structure; `verrou` locks the application row. */
export async function chargerCandidature(db: Db, id: string, options: { verrou?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const q = db
    .select(colonnesCandidature)
    .from(candidaturesStructures)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .where(eq(candidaturesStructures.id, id));
  const [row] = options.verrou ? await q.for('update', { of: candidaturesStructures }) : await q;
  return row ?? null;
}

/** The structure's application still in the programme, if any. */
export async function candidatureActive(db: Db, structureId: string) {
  const [row] = await db
    .select(colonnesCandidature)
    .from(candidaturesStructures)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .where(
      and(
        eq(candidaturesStructures.structureId, structureId),
        inArray(candidaturesStructures.statut, [...STATUTS_CANDIDATURE_ACTIVE]),
      ),
    );
  return row ?? null;
}

/** Examined = a préfecture gave its opinion or the committee decided: the structure can no longer edit. */
export async function estExaminee(db: Db, candidatureId: string): Promise<boolean> {
  const [avis] = await db
    .select({ id: avisPrefecture.id })
    .from(avisPrefecture)
    .where(eq(avisPrefecture.candidatureId, candidatureId))
    .limit(1);
  if (avis) return true;
  const [decision] = await db
    .select({ id: decisionsCoselec.id })
    .from(decisionsCoselec)
    .where(eq(decisionsCoselec.candidatureId, candidatureId))
    .limit(1);
  return Boolean(decision);
}

export async function postesAttribuesCandidature(db: Db, candidatureId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${decisionsCoselec.postes}), 0)::int` })
    .from(decisionsCoselec)
    .where(eq(decisionsCoselec.candidatureId, candidatureId));
  return row?.n ?? 0;
}

export async function postesOccupesStructure(db: Db, structureId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(misesEnRelation)
    .where(
      and(
        eq(misesEnRelation.structureId, structureId),
        inArray(misesEnRelation.statut, [...STATUTS_OCCUPANT_POSTE]),
      ),
    );
  return row?.n ?? 0;
}

/** Posts granted to a structure (its validated application's decisions) and posts held. */
export async function postesStructure(db: Db, structureId: string): Promise<PostesStructure> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${decisionsCoselec.postes}), 0)::int` })
    .from(decisionsCoselec)
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, decisionsCoselec.candidatureId))
    .where(
      and(
        eq(candidaturesStructures.structureId, structureId),
        eq(candidaturesStructures.statut, 'VALIDATION_COSELEC'),
      ),
    );
  return { attribues: row?.n ?? 0, occupes: await postesOccupesStructure(db, structureId) };
}

/** National posts granted and funding committed: sums over validated applications' decisions. */
export async function totauxNationaux(db: Db) {
  const [row] = await db
    .select({
      postes: sql<number>`coalesce(sum(${decisionsCoselec.postes}), 0)::int`,
      montant: sql<number>`coalesce(sum(${decisionsCoselec.montantEur}), 0)::bigint`,
    })
    .from(decisionsCoselec)
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, decisionsCoselec.candidatureId))
    .where(eq(candidaturesStructures.statut, 'VALIDATION_COSELEC'));
  return { postesAttribues: Number(row?.postes ?? 0), engageEur: Number(row?.montant ?? 0) };
}

/** Locks a candidate's row: two structures cannot recruit the same person at once. */
export async function verrouillerCandidat(tx: Db, candidatId: string) {
  const [row] = await tx.select().from(candidats).where(eq(candidats.id, candidatId)).for('update');
  return row ?? null;
}

export async function candidatDeUtilisateur(db: Db, utilisateurId: string) {
  const [row] = await db.select().from(candidats).where(eq(candidats.utilisateurId, utilisateurId));
  return row ?? null;
}

/** Does the candidate hold a post somewhere (recruited, validated or in post)? */
export async function candidatEnPoste(db: Db, candidatId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: misesEnRelation.id })
    .from(misesEnRelation)
    .where(
      and(
        eq(misesEnRelation.candidatId, candidatId),
        inArray(misesEnRelation.statut, [...STATUTS_OCCUPANT_POSTE]),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Unique-constraint violation (23505), whichever driver raised it. */
export function estViolationUnicite(error: unknown): boolean {
  let e: unknown = error;
  for (let i = 0; i < 3 && e; i++) {
    if ((e as { code?: string }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

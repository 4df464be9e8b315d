import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  candidats,
  candidaturesStructures,
  decisionsCoselec,
  misesEnRelation,
  structures,
} from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { AppDeps } from '../../platform/http/deps.ts';
import { fail, ok, type Result } from '../../platform/result.ts';
import {
  type CandidatDisponible,
  calculerPropositions,
  type Proposition,
  type StructureOffrante,
} from './domain/appariement.ts';
import { eligibilite } from './domain/eligibilite.ts';
import { dateParis } from './domain/parametres.ts';
import { STATUTS_OCCUPANT_POSTE } from './domain/types.ts';
import { envoyer, mailNouvellesPropositions } from './emails.ts';
import { can } from './policy.ts';

export interface OptionsAppariement {
  /** Only these structures (e.g. one just validated). */
  structureIds?: string[];
  /** Only the structures this candidate could be proposed to (after it changed its profile). */
  candidatId?: string;
  /** E-mail each structure that received new proposals (default true). */
  notifier?: boolean;
}

export interface BilanAppariement {
  structures: number;
  candidats: number;
  propositions: number;
  creees: number;
  dureeMs: number;
}

const occupants = sql.raw(STATUTS_OCCUPANT_POSTE.map((s) => `'${s}'`).join(', '));

/** Validated structures with at least one open post, and what matching needs about them. */
async function structuresOffrantes(db: Db, structureIds?: string[]) {
  const attribues = db
    .select({
      structureId: candidaturesStructures.structureId,
      dateDebut: candidaturesStructures.dateDebutSouhaitee,
      contactEmail: candidaturesStructures.contactEmail,
      postes: sql<number>`coalesce(sum(${decisionsCoselec.postes}), 0)::int`.as('postes'),
    })
    .from(candidaturesStructures)
    .innerJoin(decisionsCoselec, eq(decisionsCoselec.candidatureId, candidaturesStructures.id))
    .where(eq(candidaturesStructures.statut, 'VALIDATION_COSELEC'))
    .groupBy(candidaturesStructures.id)
    .as('a');
  const rows = await db
    .select({
      id: structures.id,
      nom: structures.nom,
      latitude: structures.latitude,
      longitude: structures.longitude,
      departementCode: structures.departementCode,
      dateDebutMission: attribues.dateDebut,
      contactEmail: attribues.contactEmail,
      attribues: attribues.postes,
      occupes: sql<number>`(select count(*)::int from ${misesEnRelation} m where m.structure_id = ${structures.id} and m.statut in (${occupants}))`,
    })
    .from(structures)
    .innerJoin(attribues, eq(attribues.structureId, structures.id))
    .where(
      and(
        isNotNull(structures.latitude),
        isNotNull(structures.longitude),
        structureIds ? inArray(structures.id, structureIds) : undefined,
      ),
    );
  return rows.filter((r) => r.attribues > r.occupes);
}

/** Active candidates holding no post, with a known location. */
async function candidatsDisponibles(db: Db): Promise<CandidatDisponible[]> {
  const rows = await db
    .select({
      id: candidats.id,
      latitude: candidats.latitude,
      longitude: candidats.longitude,
      departementCode: candidats.departementCode,
      rayonMobiliteKm: candidats.rayonMobiliteKm,
      dateDisponibilite: candidats.dateDisponibilite,
    })
    .from(candidats)
    .where(
      and(
        eq(candidats.statut, 'actif'),
        isNotNull(candidats.latitude),
        sql`not exists (select 1 from ${misesEnRelation} m where m.candidat_id = ${candidats.id} and m.statut in (${occupants}))`,
      ),
    );
  return rows.map((r) => ({
    ...r,
    latitude: r.latitude!,
    longitude: r.longitude!,
    statut: 'actif' as const,
    recruteAilleurs: false,
  }));
}

/** Pairs a structure closed (not interested) or a candidate declined: never proposed again. */
async function exclusions(db: Db, structureIds: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (structureIds.length === 0) return out;
  const rows = await db
    .select({ s: misesEnRelation.structureId, c: misesEnRelation.candidatId })
    .from(misesEnRelation)
    .where(inArray(misesEnRelation.statut, ['non_interessee', 'declinee']));
  const wanted = new Set(structureIds);
  for (const r of rows) {
    if (!wanted.has(r.s)) continue;
    let set = out.get(r.s);
    if (!set) {
      set = new Set();
      out.set(r.s, set);
    }
    set.add(r.c);
  }
  return out;
}

const LOT = 2000;

async function inserer(db: Db, props: Proposition[], now: Date): Promise<Map<string, number>> {
  const parStructure = new Map<string, number>();
  for (let i = 0; i < props.length; i += LOT) {
    const rows = await db
      .insert(misesEnRelation)
      .values(
        props.slice(i, i + LOT).map((p) => ({
          structureId: p.structureId,
          candidatId: p.candidatId,
          distanceKm: p.distanceKm,
          statut: 'nouvelle',
          origine: 'automatique',
          creeLe: now,
          modifieLe: now,
        })),
      )
      .onConflictDoNothing({ target: [misesEnRelation.structureId, misesEnRelation.candidatId] })
      .returning({ s: misesEnRelation.structureId });
    for (const r of rows) parStructure.set(r.s, (parStructure.get(r.s) ?? 0) + 1);
  }
  return parStructure;
}

/**
 * The matching job: proposes to each validated structure with open posts its nearest eligible
 * candidates (domain/appariement.ts). Idempotent: existing pairs are kept as they are, so a second run
 * on unchanged data creates nothing. `actor` null: the scheduler.
 */
export async function apparier(
  deps: AppDeps,
  actor: Actor | null,
  options: OptionsAppariement = {},
): Promise<Result<BilanAppariement>> {
  if (actor && !can(actor, 'lancer_appariement', { type: 'programme' })) {
    return fail('acces_refuse', 'Seule l’ANCT lance l’appariement.', 403);
  }
  const t0 = performance.now();
  const now = deps.now();
  const aujourdhui = dateParis(now);
  const [offres, dispo] = [
    await structuresOffrantes(deps.db, options.structureIds),
    await candidatsDisponibles(deps.db),
  ];
  let cibles = offres;
  if (options.candidatId) {
    const c = dispo.find((x) => x.id === options.candidatId);
    cibles = c
      ? offres.filter(
          (s) =>
            eligibilite({ ...s, latitude: s.latitude!, longitude: s.longitude! }, c, aujourdhui).eligible,
        )
      : [];
  }
  const exclus = await exclusions(
    deps.db,
    cibles.map((s) => s.id),
  );
  const structuresDomaine: StructureOffrante[] = cibles.map((s) => ({
    id: s.id,
    latitude: s.latitude!,
    longitude: s.longitude!,
    departementCode: s.departementCode,
    dateDebutMission: s.dateDebutMission,
    postesOuverts: s.attribues - s.occupes,
    exclus: exclus.get(s.id) ?? new Set(),
  }));
  const props = calculerPropositions(structuresDomaine, dispo, aujourdhui);
  const nouvelles = await deps.db.transaction(async (tx) => {
    const parStructure = await inserer(tx, props, now);
    const creees = [...parStructure.values()].reduce((a, b) => a + b, 0);
    await recordAudit(tx, {
      actor,
      action: 'appariement.execute',
      entityType: 'appariement',
      details: {
        structures: cibles.length,
        candidats: dispo.length,
        propositions: props.length,
        creees,
        ...options,
      },
    });
    return parStructure;
  });
  const creees = [...nouvelles.values()].reduce((a, b) => a + b, 0);
  if (options.notifier !== false && creees > 0) {
    const parId = new Map(cibles.map((s) => [s.id, s]));
    await envoyer(
      deps,
      [...nouvelles].map(([id, nombre]) => {
        const s = parId.get(id)!;
        return s.contactEmail
          ? mailNouvellesPropositions(deps.config.baseUrl, { to: s.contactEmail, structure: s.nom, nombre })
          : null;
      }),
    );
  }
  return ok({
    structures: cibles.length,
    candidats: dispo.length,
    propositions: props.length,
    creees,
    dureeMs: Math.round(performance.now() - t0),
  });
}

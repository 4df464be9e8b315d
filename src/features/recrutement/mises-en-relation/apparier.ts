import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  candidats,
  candidaturesStructures,
  decisionsCoselec,
  misesEnRelation,
} from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { structuresPubliees } from '../../structures/index.ts';
import { eligibilite } from '../domain/eligibilite.ts';
import { dateParis } from '../domain/parametres.ts';
import { STATUTS_OCCUPANT_POSTE } from '../domain/types.ts';
import { envoyer, mailNouvellesPropositions } from '../emails.ts';
import { can } from '../policy.ts';
import {
  type CandidatDisponible,
  calculerPropositions,
  type Proposition,
  type StructureOffrante,
} from './domain/appariement.ts';

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
  /** Where the time went: reading the records, computing, writing the new proposals. */
  phasesMs: { lecture: number; calcul: number; ecriture: number };
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
      id: structuresPubliees.id,
      nom: structuresPubliees.nom,
      latitude: structuresPubliees.latitude,
      longitude: structuresPubliees.longitude,
      departementCode: structuresPubliees.departementCode,
      dateDebutMission: attribues.dateDebut,
      contactEmail: attribues.contactEmail,
      attribues: attribues.postes,
      occupes: sql<number>`(select count(*)::int from ${misesEnRelation} m where m.structure_id = ${structuresPubliees.id} and m.statut in (${occupants}))`,
    })
    .from(structuresPubliees)
    .innerJoin(attribues, eq(attribues.structureId, structuresPubliees.id))
    .where(
      and(
        isNotNull(structuresPubliees.latitude),
        isNotNull(structuresPubliees.longitude),
        structureIds ? inArray(structuresPubliees.id, structureIds) : undefined,
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

/**
 * Existing pairs of the target structures: those the structure closed (not interested) or the candidate
 * declined are never proposed again; every existing pair is left as it is (idempotence).
 */
async function relationsExistantes(db: Db, structureIds: string[] | undefined) {
  const exclus = new Map<string, Set<string>>();
  const existantes = new Set<string>();
  if (structureIds?.length === 0) return { exclus, existantes };
  const rows = await db
    .select({ s: misesEnRelation.structureId, c: misesEnRelation.candidatId, statut: misesEnRelation.statut })
    .from(misesEnRelation)
    .where(structureIds ? inArray(misesEnRelation.structureId, structureIds) : undefined);
  for (const r of rows) {
    existantes.add(`${r.s}|${r.c}`);
    if (r.statut !== 'non_interessee' && r.statut !== 'declinee') continue;
    let set = exclus.get(r.s);
    if (!set) {
      set = new Set();
      exclus.set(r.s, set);
    }
    set.add(r.c);
  }
  return { exclus, existantes };
}

const LOT = 5000;

/** Batched insert through unnest(): three array parameters per batch instead of seven per row. */
async function inserer(db: Db, props: Proposition[], now: Date): Promise<Map<string, number>> {
  const parStructure = new Map<string, number>();
  const tableau = (xs: (string | number)[]) => `{${xs.join(',')}}`;
  for (let i = 0; i < props.length; i += LOT) {
    const lot = props.slice(i, i + LOT);
    const res = (await db.execute(sql`
      insert into mises_en_relation (structure_id, candidat_id, distance_km, statut, origine, cree_le, modifie_le)
      select s, c, d, 'nouvelle', 'automatique', ${now}::timestamptz, ${now}::timestamptz
      from unnest(${tableau(lot.map((p) => p.structureId))}::uuid[], ${tableau(lot.map((p) => p.candidatId))}::uuid[],
                  ${tableau(lot.map((p) => p.distanceKm))}::real[]) as t(s, c, d)
      on conflict (structure_id, candidat_id) do nothing
      returning structure_id`)) as unknown as { rows: { structure_id: string }[] };
    for (const r of res.rows) parStructure.set(r.structure_id, (parStructure.get(r.structure_id) ?? 0) + 1);
  }
  return parStructure;
}

/**
 * The matching job: proposes to each validated structure with open posts its nearest eligible
 * candidates (domain/appariement.ts). Idempotent: existing pairs are kept as they are, so a second run
 * on unchanged data creates nothing. `ctx.actor` null: the scheduler.
 */
export async function apparier(
  ctx: UseCaseContext,
  options: OptionsAppariement = {},
): Promise<Result<BilanAppariement>> {
  if (ctx.actor && !can(ctx.actor, 'lancer_appariement', { type: 'programme' })) {
    return fail('acces_refuse', 'Seule l’ANCT lance l’appariement.', 403);
  }
  const t0 = performance.now();
  const aujourdhui = dateParis(ctx.now);
  const offres = await structuresOffrantes(ctx.db, options.structureIds);
  const dispo = await candidatsDisponibles(ctx.db);
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
  const { exclus, existantes } = await relationsExistantes(
    ctx.db,
    options.structureIds || options.candidatId ? cibles.map((s) => s.id) : undefined,
  );
  const t1 = performance.now();
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
  const aCreer = props.filter((p) => !existantes.has(`${p.structureId}|${p.candidatId}`));
  const t2 = performance.now();
  const ecrites = await inTransaction(ctx, async (tx) => {
    const parStructure = await inserer(tx.db, aCreer, tx.now);
    const creees = [...parStructure.values()].reduce((a, b) => a + b, 0);
    await recordAudit(tx.db, {
      actor: tx.actor,
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
    return ok(parStructure);
  });
  if (!ecrites.ok) return ecrites;
  const nouvelles = ecrites.value;
  const t3 = performance.now();
  const creees = [...nouvelles.values()].reduce((a, b) => a + b, 0);
  if (options.notifier !== false && creees > 0) {
    const parId = new Map(cibles.map((s) => [s.id, s]));
    await envoyer(
      ctx,
      [...nouvelles].map(([id, nombre]) => {
        const s = parId.get(id)!;
        return s.contactEmail
          ? mailNouvellesPropositions(ctx.config.baseUrl, { to: s.contactEmail, structure: s.nom, nombre })
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
    phasesMs: { lecture: Math.round(t1 - t0), calcul: Math.round(t2 - t1), ecriture: Math.round(t3 - t2) },
  });
}

/**
 * Matching right after a change (a structure validated, a candidate who applied, moved or came back):
 * the change is committed already, so a failure here is logged and left to the nightly run.
 */
export async function apparierApres(ctx: UseCaseContext, options: OptionsAppariement): Promise<void> {
  try {
    // Run as the system, whoever made the change (a candidate may not launch matching itself).
    await apparier({ ...ctx, actor: null }, options);
  } catch (error) {
    console.error(
      `appariement après modification en échec (la tâche de nuit le refera) : ${(error as Error).message}`,
    );
  }
}

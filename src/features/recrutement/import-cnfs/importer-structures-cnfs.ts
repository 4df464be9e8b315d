import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { candidaturesStructures, decisionsCoselec, sessionsCoselec } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { categorieEmployeur, creerStructures } from '../../structures/index.ts';
import { nomsCommunes, nomsDepartements } from '../../territoires/index.ts';
import { montantPostes, verifierQuotaEtEnveloppe } from '../domain/budget.ts';
import { financementParPoste } from '../domain/parametres.ts';
import { verrouillerParametres } from '../programme/repo.ts';
import { totauxNationaux } from '../repo.ts';
import { type LigneCnfs, type LigneCnfsBrute, lireLigneCnfs } from './domain/import-cnfs.ts';

export interface RapportImportCnfs {
  source: string;
  lignes: number;
  importees: number;
  dejaImportees: number;
  rejetees: { ligne: number; raison: string }[];
  postes: number;
  sessionsCreees: number;
  anomalies: { reference: string; anomalie: string }[];
}

const LOT = 500;

/** One committee session per decision date; an existing session of that date is reused. */
async function sessionsParDate(
  tx: Db,
  dates: string[],
): Promise<{ parDate: Map<string, string>; creees: number }> {
  await tx.execute(sql`lock table ${sessionsCoselec} in share row exclusive mode`);
  const existantes = await tx.select().from(sessionsCoselec).where(inArray(sessionsCoselec.date, dates));
  const parDate = new Map(existantes.map((s) => [s.date, s.id]));
  const [max] = await tx
    .select({ n: sql<number>`coalesce(max(${sessionsCoselec.numero}), 0)::int` })
    .from(sessionsCoselec);
  let numero = max?.n ?? 0;
  let creees = 0;
  for (const date of [...dates].sort()) {
    if (parDate.has(date)) continue;
    numero += 1;
    const [row] = await tx
      .insert(sessionsCoselec)
      .values({ numero, date })
      .returning({ id: sessionsCoselec.id });
    parDate.set(date, row!.id);
    creees += 1;
  }
  return { parDate, creees };
}

/**
 * Loads the 2021 open data as validated applications with their positive decisions (no convention, no
 * e-mail: history). Idempotent through each row's reference; the national quota and envelope are checked
 * for the whole import under the programme lock.
 */
export async function importerStructuresCnfs(
  ctx: UseCaseContext,
  input: { source: string; lignes: LigneCnfsBrute[] },
): Promise<Result<RapportImportCnfs>> {
  const rapport: RapportImportCnfs = {
    source: input.source,
    lignes: input.lignes.length,
    importees: 0,
    dejaImportees: 0,
    rejetees: [],
    postes: 0,
    sessionsCreees: 0,
    anomalies: [],
  };
  const lues: LigneCnfs[] = [];
  input.lignes.forEach((brute, i) => {
    const r = lireLigneCnfs(brute, input.source, i);
    if (r.ok) lues.push(r.ligne);
    else rapport.rejetees.push({ ligne: i + 1, raison: r.raison });
  });
  const deps_ = await nomsDepartements(
    ctx.db,
    lues.map((l) => l.departementCode),
  );
  const communesConnues = await nomsCommunes(
    ctx.db,
    lues.flatMap((l) => (l.communeCode ? [l.communeCode] : [])),
  );
  const valides = lues.filter((l, i) => {
    if (deps_.has(l.departementCode)) return true;
    rapport.rejetees.push({ ligne: i + 1, raison: `département inconnu « ${l.departementCode} »` });
    return false;
  });
  for (const l of valides) {
    if (l.communeCode && !communesConnues.has(l.communeCode)) {
      l.anomalies.push(`commune ${l.communeCode} absente du référentiel`);
      l.communeCode = null;
    }
  }

  const r = await inTransaction(ctx, async ({ db: tx, now, actor, ip }) => {
    const params = await verrouillerParametres(tx);
    const refs = valides.map((l) => l.reference);
    const deja = new Set<string>();
    for (let i = 0; i < refs.length; i += LOT) {
      const rows = await tx
        .select({ ref: candidaturesStructures.referenceImport })
        .from(candidaturesStructures)
        .where(inArray(candidaturesStructures.referenceImport, refs.slice(i, i + LOT)));
      for (const row of rows) if (row.ref) deja.add(row.ref);
    }
    const nouvelles = valides.filter((l) => !deja.has(l.reference));
    rapport.dejaImportees = valides.length - nouvelles.length;
    const effet = nouvelles.reduce(
      (acc, l) => {
        const parPoste = financementParPoste(params, categorieEmployeur(l.type));
        return {
          postes: acc.postes + l.postes,
          montantEur: acc.montantEur + montantPostes(l.postes, parPoste),
        };
      },
      { postes: 0, montantEur: 0 },
    );
    const budget = verifierQuotaEtEnveloppe(params, await totauxNationaux(tx), effet);
    if (!budget.ok) return fail(budget.error.code, `Import refusé : ${budget.error.message}`, 409);
    const { parDate, creees } = await sessionsParDate(tx, [...new Set(nouvelles.map((l) => l.dateComite))]);
    rapport.sessionsCreees = creees;
    for (let i = 0; i < nouvelles.length; i += LOT) {
      const lot = nouvelles
        .slice(i, i + LOT)
        .map((l) => ({ l, structureId: randomUUID(), candidatureId: randomUUID() }));
      await creerStructures(
        { db: tx, now },
        lot.map(({ l, structureId }) => ({
          id: structureId,
          nom: l.nom,
          siret: l.siret,
          type: l.type,
          departementCode: l.departementCode,
          communeCode: l.communeCode,
          adresse: l.adresse,
          codePostal: l.codePostal,
          latitude: l.latitude,
          longitude: l.longitude,
          qpv: l.qpv,
          zrr: l.zrr,
          franceServices: l.franceServices,
        })),
      );
      await tx.insert(candidaturesStructures).values(
        lot.map(({ l, structureId, candidatureId }) => ({
          id: candidatureId,
          structureId,
          statut: 'VALIDATION_COSELEC',
          // The open data only gives granted posts: they stand for the request.
          postesDemandes: l.postes,
          referenceImport: l.reference,
          creeLe: now,
          modifieLe: now,
        })),
      );
      await tx.insert(decisionsCoselec).values(
        lot.map(({ l, candidatureId }) => {
          const parPoste = financementParPoste(params, categorieEmployeur(l.type));
          return {
            sessionId: parDate.get(l.dateComite)!,
            candidatureId,
            nature: 'initiale',
            avis: 'POSITIF',
            postes: l.postes,
            financementParPosteEur: parPoste,
            montantEur: montantPostes(l.postes, parPoste),
            commentaire: `Import ${input.source}`,
            creeLe: now,
          };
        }),
      );
    }
    rapport.importees = nouvelles.length;
    rapport.postes = effet.postes;
    rapport.anomalies = nouvelles.flatMap((l) =>
      l.anomalies.map((anomalie) => ({ reference: l.reference, anomalie })),
    );
    await recordAudit(tx, {
      actor,
      ip,
      action: 'recrutement.import_structures',
      entityType: 'import',
      entityId: input.source,
      details: {
        lignes: rapport.lignes,
        importees: rapport.importees,
        dejaImportees: rapport.dejaImportees,
        rejetees: rapport.rejetees.length,
        postes: rapport.postes,
        montantEur: effet.montantEur,
        sessionsCreees: creees,
      },
    });
    return ok(rapport);
  });
  return r;
}

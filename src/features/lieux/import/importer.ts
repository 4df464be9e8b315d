import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { allowedBy } from '../../../platform/policies/can.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { normaliserNom } from '../../territoires/index.ts';
import { analyserHoraires } from '../domain/horaires.ts';
import type { LieuStandard } from '../domain/standard/champs.ts';
import { texte } from '../domain/standard/valeurs.ts';
import { enregistrerCandidats } from '../doublons/repo.ts';
import {
  analyserParTranches,
  convertirLignesParTranches,
  type LigneConvertie,
  type LigneValide,
} from './analyse.ts';
import { versColonnes } from './colonnes.ts';
import { detecterFormat } from './detection.ts';
import type { Format } from './formats.ts';
import { lireFichier, lireFichierParTranches } from './lecture.ts';
import { REGISTRE_LIEUX, registreLieuxPolicy } from './policy.ts';
import { LIMITE_LISTE, type RapportImport } from './rapport.ts';
import {
  autresSourcesPresentes,
  type Creation,
  communesDesCodesPostaux,
  communesParNoms,
  ecrireLot,
  enregistrerRapport,
  type MiseAJour,
  provenancesConnues,
  type ValeursLieu,
} from './repo.ts';
import {
  deduireCodeInsee,
  deduireCodePostal,
  departementDuCodeInsee,
  departementDuCodePostal,
} from './territoire.ts';

export interface DemandeImport {
  /** Name of the producer: with each row's id, the key of the upsert. */
  source: string;
  fichier: string;
  contenu: Buffer;
  format: Format;
  simulation: boolean;
  strict?: boolean;
  /** Keep the report in the database (always for a real import; the web page also keeps simulations). */
  conserverSimulation?: boolean;
  /** Called after each batch (CLI progress bar, the background task's progress). */
  progression?: (fait: number, total: number, etape?: string) => void | Promise<void>;
  /** Called between units of work: a background task lets the server answer meanwhile. */
  ceder?: () => Promise<void>;
  /** The record written when the import was asked (background task): updated instead of created. */
  importId?: string;
  tailleLot?: number;
}

/** Places per duplicate-search batch: bounds the time one statement holds the embedded database. */
const LOT_DOUBLONS = 200;

const SEUIL_ANALYZE = 1000;

export const sourceSchema = z
  .string()
  .trim()
  .min(2, 'Indiquez le nom de la source (2 caractères au moins).')
  .max(100, 'Le nom de la source ne doit pas dépasser 100 caractères.');

/** sha256 of the normalised record: re-importing an unchanged row changes nothing. */
export function empreinte(lieu: LieuStandard): string {
  const { id: _id, ...champs } = lieu;
  return createHash('sha256').update(JSON.stringify(champs)).digest('hex');
}

/** Fills missing INSEE codes from (postal code, commune name) when unambiguous; returns how many. */
async function completerCodesInsee(db: Db, valides: LigneValide[]): Promise<number> {
  const sansCode = valides.filter((v) => v.lieu.code_insee === null);
  const parCodePostal = await communesDesCodesPostaux(db, [
    ...new Set(sansCode.map((v) => v.lieu.code_postal)),
  ]);
  let deduits = 0;
  for (const v of sansCode) {
    const code = deduireCodeInsee(parCodePostal.get(v.lieu.code_postal) ?? [], v.lieu.commune);
    if (code) {
      v.lieu.code_insee = code;
      deduits++;
    }
  }
  return deduits;
}

/**
 * Rows that name their commune but lack a postal code (common in survey exports) get it when the
 * commune is unambiguous; the change is listed as an anomaly so the producer can fix its file.
 */
async function completerCodesPostaux(
  db: Db,
  convertis: LigneConvertie[],
  departement?: string,
): Promise<void> {
  const sansCode = convertis.filter(
    (c) => texte(c.ligne.code_postal) === null && texte(c.ligne.commune) !== null,
  );
  if (sansCode.length === 0) return;
  const nom = (c: LigneConvertie) => normaliserNom(texte(c.ligne.commune) ?? '');
  const parNom = await communesParNoms(db, [...new Set(sansCode.map(nom))]);
  for (const c of sansCode) {
    const code = deduireCodePostal(parNom.get(nom(c)) ?? [], departement);
    if (!code) continue;
    c.ligne.code_postal = code;
    c.anomalies.push({
      champ: 'code_postal',
      valeur: '',
      raison: `Code postal absent : ${code}, seul code postal de la commune, a été repris.`,
    });
  }
}

type Analyses = Map<string, ReturnType<typeof analyserHoraires>>;

function valeursDe(lieu: LieuStandard, analyses: Analyses): ValeursLieu {
  const departementCode = lieu.code_insee
    ? departementDuCodeInsee(lieu.code_insee)
    : departementDuCodePostal(lieu.code_postal);
  // The same opening hours repeat across a file (and the parse is the costly part of a row).
  const cle = `${departementCode}|${lieu.horaires}`;
  let analyse = analyses.get(cle);
  if (analyse === undefined) {
    analyse = analyserHoraires(lieu.horaires, { departementCode });
    analyses.set(cle, analyse);
  }
  return { ...versColonnes(lieu), departementCode, horairesAnalyse: analyse };
}

/** Wanted duration of one lot's transaction in the background, and the smallest lot. */
const DUREE_LOT_CIBLE_MS = 50;
const LOT_MIN = 20;

/** Halves a lot that ran well over the target, doubles one well under it (up to the caller's size). */
export function tailleSuivante(taille: number, dureeMs: number, tailleMax: number): number {
  if (dureeMs > DUREE_LOT_CIBLE_MS * 1.5) return Math.max(LOT_MIN, Math.floor(taille / 2));
  if (dureeMs < DUREE_LOT_CIBLE_MS / 2) return Math.min(tailleMax, taille * 2);
  return taille;
}

function limiter<T>(liste: T[]): T[] {
  return liste.length > LIMITE_LISTE ? liste.slice(0, LIMITE_LISTE) : liste;
}

/**
 * Imports a file of places: reads it, converts each row with the format, validates it against the
 * standard, then upserts valid rows by (source, id in source) in batches, each in a transaction.
 */
export async function importerLieux(
  ctx: UseCaseContext,
  demande: DemandeImport,
): Promise<Result<{ rapport: RapportImport; importId: string | null }>> {
  const { actor } = ctx;
  const debut = Date.now();
  const source = sourceSchema.safeParse(demande.source);
  if (!source.success) {
    const message = source.error.issues[0]?.message ?? 'Source invalide.';
    return fail('source_invalide', message, 422, { source: message });
  }
  // The CLI acts without an actor (operator on the server); people need the ANCT role.
  if (actor !== null && !allowedBy(registreLieuxPolicy, actor, 'importer', REGISTRE_LIEUX)) {
    return fail('acces_refuse', 'Seule l’ANCT peut importer des lieux.', 403);
  }

  // In the background worker (`ceder` given), the long pure steps run in slices: the server keeps answering.
  const lire = (f: Format) =>
    demande.ceder
      ? lireFichierParTranches(demande.contenu, demande.fichier, f.lecture, demande.ceder)
      : Promise.resolve(lireFichier(demande.contenu, demande.fichier, f.lecture));
  let format = demande.format;
  let lecture = await lire(format);
  if (!lecture.ok) return fail('fichier_illisible', lecture.message, 422, { fichier: lecture.message });
  if (lecture.lignes.length === 0 && lecture.illisibles.length === 0) {
    const message = 'Le fichier ne contient aucune ligne de données.';
    return fail('fichier_vide', message, 422, { fichier: message });
  }
  let detection: string | undefined;
  if (format.automatique) {
    const d = detecterFormat(lecture.colonnes, lecture.lignes);
    if (!d.ok) return fail('format_incertain', d.message, 422, { format: d.message });
    format = d.format;
    detection = d.raison;
    // A mapping may read its rows elsewhere (a JSON path, a given delimiter): read again with it.
    if (format.lecture.lignes || format.lecture.separateur) {
      lecture = await lire(format);
      if (!lecture.ok) return fail('fichier_illisible', lecture.message, 422, { fichier: lecture.message });
    }
  }
  const incompatible = format.verifierColonnes(lecture.colonnes);
  if (incompatible) return fail('format_incompatible', incompatible, 422, { fichier: incompatible });

  await demande.progression?.(0, lecture.lignes.length, 'Analyse du fichier');
  await demande.ceder?.();
  const convertis = await convertirLignesParTranches(lecture.lignes, format, demande.ceder);
  await completerCodesPostaux(ctx.db, convertis, format.departement);
  await demande.ceder?.();
  const analyse = await analyserParTranches(
    convertis,
    lecture.illisibles,
    format,
    { strict: demande.strict },
    demande.ceder,
  );
  const inseeDeduits = await completerCodesInsee(ctx.db, analyse.valides);
  await demande.ceder?.();

  const now = ctx.now;
  let crees = 0;
  let modifies = 0;
  let inchanges = 0;
  const touches: string[] = [];
  const analyses: Analyses = new Map();
  const tailleMax = demande.tailleLot ?? 1000;
  let taille = tailleMax;
  const total = analyse.valides.length;
  for (let i = 0; i < total; ) {
    const debutLot = performance.now();
    const lot = analyse.valides.slice(i, i + taille);
    i += lot.length;
    const ecrire = async (db: Db) => {
      const connues = await provenancesConnues(
        db,
        source.data,
        lot.map((v) => v.idSource),
      );
      const creations: Creation[] = [];
      const misesAJour: MiseAJour[] = [];
      for (const v of lot) {
        const e = empreinte(v.lieu);
        const connue = connues.get(v.idSource);
        if (connue?.empreinte === e) inchanges++;
        else if (connue) {
          modifies++;
          misesAJour.push({
            provenanceId: connue.id,
            lieuId: connue.lieuOrigineId,
            valeurs: valeursDe(v.lieu, analyses),
            empreinte: e,
            donnees: v.donnees,
          });
        } else {
          crees++;
          creations.push({
            id: randomUUID(),
            valeurs: valeursDe(v.lieu, analyses),
            idSource: v.idSource,
            empreinte: e,
            donnees: v.donnees,
          });
        }
      }
      if (!demande.simulation) {
        await ecrireLot(db, source.data, creations, misesAJour, now, demande.importId ?? null);
        touches.push(...creations.map((c) => c.id), ...misesAJour.map((m) => m.lieuId));
      }
    };
    if (demande.simulation) await ecrire(ctx.db);
    else await ctx.db.transaction(async (tx) => ecrire(tx));
    await demande.progression?.(i, total, 'Écriture des lieux');
    // In the background, a lot's transaction holds the embedded database: its size follows its duration
    // so that a waiting request never waits much longer than DUREE_LOT_CIBLE_MS.
    if (demande.ceder) taille = tailleSuivante(taille, performance.now() - debutLot, tailleMax);
    await demande.ceder?.();
  }

  // Fresh statistics after a large load: PGlite has no autovacuum, and stale estimates lead the
  // planner to poor plans for the duplicate search (and the public search).
  // Only the columns queries filter and join on: a whole-table ANALYZE costs ten times more.
  // A small sample (3,000 rows instead of 30,000) is enough for the planner's estimates, and the
  // embedded database answers nothing else while ANALYZE runs (it blocked the server ~1 s per import).
  if (touches.length >= SEUIL_ANALYZE) {
    await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`set local default_statistics_target = 10`);
      await tx.execute(
        sql`analyze lieux (id, pivot, departement_code, code_insee, fusionne_dans, structure_id, latitude, longitude, services, date_maj)`,
      );
    });
  }
  // New or changed places may duplicate places of other sources: propose the pairs to ANCT.
  // Pairs are across sources only: nothing to look for while the registry holds this source alone.
  let doublons = 0;
  if (touches.length > 0 && (await autresSourcesPresentes(ctx.db, source.data))) {
    for (let i = 0; i < touches.length; i += LOT_DOUBLONS) {
      doublons += await enregistrerCandidats(ctx.db, touches.slice(i, i + LOT_DOUBLONS));
      await demande.progression?.(
        Math.min(i + LOT_DOUBLONS, touches.length),
        touches.length,
        'Recherche des doublons',
      );
      await demande.ceder?.();
    }
  }

  const listes = [analyse.rejets, analyse.anomalies];
  const sansCoordonnees = analyse.valides
    .filter((v) => v.lieu.latitude === null || v.lieu.longitude === null)
    .map((v) => ({ ligne: v.numero, id: v.idSource, nom: v.lieu.nom, commune: v.lieu.commune }));
  const rapport: RapportImport = {
    source: source.data,
    format: format.nom,
    ...(detection ? { detection } : {}),
    fichier: demande.fichier,
    simulation: demande.simulation,
    lignes: lecture.lignes.length + lecture.illisibles.length,
    valides: total,
    crees,
    modifies,
    inchanges,
    rejetes: analyse.rejetes,
    inseeDeduits,
    doublons,
    rejets: limiter(analyse.rejets),
    anomalies: limiter(analyse.anomalies),
    sansCoordonnees: limiter(sansCoordonnees),
    avertissements: lecture.avertissements,
    tronque: [...listes, sansCoordonnees].some((l) => l.length > LIMITE_LISTE),
    dureeMs: Date.now() - debut,
  };

  if (demande.simulation && !demande.conserverSimulation) return ok({ rapport, importId: null });
  const importId = await ctx.db.transaction(async (tx) => {
    const id = await enregistrerRapport(
      tx,
      rapport,
      actor?.kind === 'user' ? actor.userId : null,
      now,
      demande.importId,
    );
    await recordAudit(tx, {
      actor,
      action: demande.simulation ? 'lieux.import.simulation' : 'lieux.import',
      entityType: 'lieux_import',
      entityId: id,
      ip: ctx.ip,
      details: {
        source: rapport.source,
        format: rapport.format,
        fichier: rapport.fichier,
        lignes: rapport.lignes,
        crees,
        modifies,
        inchanges,
        rejetes: rapport.rejetes,
      },
    });
    return id;
  });
  return ok({ rapport, importId });
}

import { stringify } from 'csv-stringify/sync';
import type { NomChamp } from '../domain/standard/champs.ts';

/** One problem of one row, as the report lists it. */
export interface ProblemeLigne {
  ligne: number;
  id: string | null;
  nom: string | null;
  champ: NomChamp | '';
  valeur: string;
  raison: string;
}

export interface LigneSansCoordonnees {
  ligne: number;
  id: string;
  nom: string;
  commune: string;
}

/** What an import did (or would do, in simulation), shown on the page and downloadable as CSV. */
export interface RapportImport {
  source: string;
  format: string;
  /** Format "automatique": why this format was chosen, in French. */
  detection?: string;
  fichier: string;
  simulation: boolean;
  lignes: number;
  valides: number;
  crees: number;
  modifies: number;
  inchanges: number;
  rejetes: number;
  /** Codes INSEE found from the postal code and the commune name. */
  inseeDeduits: number;
  /** New candidate duplicate pairs found among the created or changed places. */
  doublons: number;
  /** Each error of each rejected row (a row may have several). */
  rejets: ProblemeLigne[];
  /** Values left out of rows that were kept. */
  anomalies: ProblemeLigne[];
  sansCoordonnees: LigneSansCoordonnees[];
  avertissements: string[];
  /** Lists are cut at LIMITE_LISTE entries to keep the report readable; the counts stay exact. */
  tronque: boolean;
  dureeMs: number;
}

export const LIMITE_LISTE = 5000;

/** The most frequent reasons, for the summary ("Champ obligatoire absent (pivot) : 12"). */
export function raisonsPrincipales(
  problemes: ProblemeLigne[],
  nombre = 5,
): { raison: string; total: number }[] {
  const compte = new Map<string, number>();
  for (const p of problemes) {
    const cle = p.champ ? `${p.raison} (${p.champ})` : p.raison;
    compte.set(cle, (compte.get(cle) ?? 0) + 1);
  }
  return [...compte.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, nombre)
    .map(([raison, total]) => ({ raison, total }));
}

/** The report as a CSV a person opens in a spreadsheet (UTF-8 with BOM, `;`). */
export function rapportCsv(r: RapportImport): string {
  const lignes: string[][] = [
    ['type', 'ligne', 'id', 'nom', 'champ', 'valeur', 'raison'],
    ...r.rejets.map((p) => ['rejet', String(p.ligne), p.id ?? '', p.nom ?? '', p.champ, p.valeur, p.raison]),
    ...r.anomalies.map((p) => [
      'valeur ignorée',
      String(p.ligne),
      p.id ?? '',
      p.nom ?? '',
      p.champ,
      p.valeur,
      p.raison,
    ]),
    ...r.sansCoordonnees.map((s) => [
      'sans coordonnées',
      String(s.ligne),
      s.id,
      s.nom,
      'latitude',
      '',
      `Lieu conservé sans position (${s.commune}) : il n’apparaîtra pas sur la carte.`,
    ]),
  ];
  return `\uFEFF${stringify(lignes, { delimiter: ';' })}`;
}

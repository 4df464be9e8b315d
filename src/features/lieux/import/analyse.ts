import type { LieuStandard, LigneStandard } from '../domain/standard/champs.ts';
import { texte } from '../domain/standard/valeurs.ts';
import { type Anomalie, validerLigne } from '../domain/standard/validation.ts';
import type { Format } from './formats.ts';
import type { LigneIllisible, LigneLue } from './lecture.ts';
import type { ProblemeLigne } from './rapport.ts';

export interface LigneValide {
  numero: number;
  /** The row's id in its source: the key of the upsert with the source name. */
  idSource: string;
  lieu: LieuStandard;
  donnees: Record<string, unknown>;
}

export interface Analyse {
  valides: LigneValide[];
  rejets: ProblemeLigne[];
  anomalies: ProblemeLigne[];
  /** Number of rejected rows (rejets has one entry per error). */
  rejetes: number;
}

/** A source row after the format's conversion, before validation. */
export interface LigneConvertie {
  numero: number;
  donnees: Record<string, unknown>;
  ligne: LigneStandard;
  anomalies: Anomalie[];
  ignoree?: string;
}

export function convertirLignes(lignes: LigneLue[], format: Format): LigneConvertie[] {
  return lignes.map(({ numero, donnees }) => ({ numero, donnees, ...format.convertir(donnees) }));
}

/** Validates every converted row (pure): valid places, rejected rows with reasons, values left out. */
export function analyser(
  convertis: LigneConvertie[],
  illisibles: LigneIllisible[],
  format: Format,
  options: { strict?: boolean } = {},
): Analyse {
  const valides: LigneValide[] = [];
  const rejets: ProblemeLigne[] = illisibles.map((i) => ({
    ligne: i.numero,
    id: null,
    nom: null,
    champ: '',
    valeur: '',
    raison: i.raison,
  }));
  let rejetes = illisibles.length;
  const anomalies: ProblemeLigne[] = [];
  const vus = new Map<string, number>();

  for (const converti of convertis) {
    const { numero, donnees } = converti;
    if (converti.ignoree) {
      rejetes++;
      rejets.push({
        ligne: numero,
        id: texte(converti.ligne.id),
        nom: texte(converti.ligne.nom),
        champ: '',
        valeur: '',
        raison: `Ligne écartée par la correspondance : ${converti.ignoree}`,
      });
      continue;
    }
    const resultat = validerLigne(converti.ligne, { separateur: format.separateur, strict: options.strict });
    const id = texte(converti.ligne.id);
    const nom = texte(converti.ligne.nom);
    const probleme = (p: {
      champ: ProblemeLigne['champ'];
      valeur: string;
      raison: string;
    }): ProblemeLigne => ({
      ligne: numero,
      id,
      nom,
      ...p,
    });
    const toutesAnomalies = [
      ...converti.anomalies,
      ...(resultat.ok ? resultat.anomalies : resultat.anomalies),
    ];
    if (!resultat.ok) {
      rejetes++;
      for (const e of resultat.erreurs) rejets.push(probleme(e));
      continue;
    }
    const premier = vus.get(resultat.lieu.id);
    if (premier !== undefined) {
      rejetes++;
      rejets.push(
        probleme({
          champ: 'id',
          valeur: resultat.lieu.id,
          raison: `Identifiant déjà utilisé à la ligne ${premier} du fichier : ligne ignorée.`,
        }),
      );
      continue;
    }
    vus.set(resultat.lieu.id, numero);
    for (const a of toutesAnomalies) anomalies.push(probleme(a));
    valides.push({ numero, idSource: resultat.lieu.id, lieu: resultat.lieu, donnees });
  }
  return { valides, rejets, anomalies, rejetes };
}

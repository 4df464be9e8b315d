/**
 * Reads the Indice de fragilité numérique files of France numérique ensemble
 * (name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,
 * nscol15p_rate,total; scores 0–10). Pure: checking codes against the COG is the use case's job.
 */
import { parse } from 'csv-parse/sync';

export type NiveauIfn = 'commune' | 'epci';

export interface LigneIfn {
  ligne: number;
  niveau: NiveauIfn;
  code: string;
  nom: string;
  sansTresHautDebit: number | null;
  sans4g: number | null;
  pauvrete: number | null;
  plus65Ans: number | null;
  nonDiplomes: number | null;
  total: number;
}

export interface RejetIfn {
  ligne: number;
  code: string | null;
  raison: string;
}

const COLONNES = [
  'name',
  'division',
  'code',
  'no_thd_coverage_rate',
  'no_4g_coverage_rate',
  'poverty_rate',
  'older_65_rate',
  'nscol15p_rate',
  'total',
] as const;

const SCORES = [
  ['no_thd_coverage_rate', 'sansTresHautDebit', 'sans très haut débit'],
  ['no_4g_coverage_rate', 'sans4g', 'sans 4G'],
  ['poverty_rate', 'pauvrete', 'pauvreté'],
  ['older_65_rate', 'plus65Ans', 'plus de 65 ans'],
  ['nscol15p_rate', 'nonDiplomes', 'sans diplôme'],
] as const;

const DIVISIONS: Record<string, NiveauIfn> = { city: 'commune', epci: 'epci' };
const CODE = { commune: /^(\d[\dAB]\d{3})$/, epci: /^\d{9}$/ } as const;

type Score = { ok: true; valeur: number | null } | { ok: false };

function score(brut: string | undefined): Score {
  const v = (brut ?? '').trim();
  if (v === '') return { ok: true, valeur: null };
  const n = Number(v.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > 10) return { ok: false };
  return { ok: true, valeur: n };
}

export type LectureIfn =
  | { ok: true; lignes: LigneIfn[]; rejets: RejetIfn[] }
  | { ok: false; message: string };

export function lireIfn(contenu: string): LectureIfn {
  let enregistrements: string[][];
  try {
    enregistrements = parse(contenu.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch {
    return { ok: false, message: 'Le fichier n’est pas un CSV lisible.' };
  }
  const [entete, ...corps] = enregistrements;
  const colonnes = (entete ?? []).map((c) => c.trim().toLowerCase());
  const manquantes = COLONNES.filter((c) => !colonnes.includes(c));
  if (manquantes.length > 0) {
    return {
      ok: false,
      message: `Ce n’est pas un fichier de l’indice de fragilité numérique : colonnes manquantes (${manquantes.join(', ')}).`,
    };
  }
  const idx = (c: (typeof COLONNES)[number]) => colonnes.indexOf(c);
  const lignes: LigneIfn[] = [];
  const rejets: RejetIfn[] = [];
  corps.forEach((r, i) => {
    const ligne = i + 2;
    const code = (r[idx('code')] ?? '').trim().toUpperCase();
    const niveau = DIVISIONS[(r[idx('division')] ?? '').trim().toLowerCase()];
    if (!niveau) {
      rejets.push({ ligne, code: code || null, raison: 'division inconnue (attendu : city ou epci)' });
      return;
    }
    if (!CODE[niveau].test(code)) {
      rejets.push({
        ligne,
        code: code || null,
        raison: `code ${niveau === 'commune' ? 'INSEE' : 'SIREN d’EPCI'} mal formé`,
      });
      return;
    }
    const total = score(r[idx('total')]);
    if (!total.ok) {
      rejets.push({ ligne, code, raison: 'indice total mal formé (nombre de 0 à 10 attendu)' });
      return;
    }
    if (total.valeur === null) {
      rejets.push({ ligne, code, raison: 'indice total absent' });
      return;
    }
    const valeurs: Partial<Record<(typeof SCORES)[number][1], number | null>> = {};
    for (const [colonne, champ, libelle] of SCORES) {
      const s = score(r[idx(colonne)]);
      if (!s.ok) {
        rejets.push({ ligne, code, raison: `score « ${libelle} » mal formé (nombre de 0 à 10 attendu)` });
        return;
      }
      valeurs[champ] = s.valeur;
    }
    lignes.push({
      ligne,
      niveau,
      code,
      nom: (r[idx('name')] ?? '').trim(),
      sansTresHautDebit: valeurs.sansTresHautDebit ?? null,
      sans4g: valeurs.sans4g ?? null,
      pauvrete: valeurs.pauvrete ?? null,
      plus65Ans: valeurs.plus65Ans ?? null,
      nonDiplomes: valeurs.nonDiplomes ?? null,
      total: total.valeur,
    });
  });
  return { ok: true, lignes, rejets };
}

import { fail, ok, type Result } from '../../../platform/result.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import type { CategorieEmployeur } from '../../structures/index.ts';

/** The programme's figures, editable by ANCT (every change audited). */
export interface ParametresProgramme {
  postesCibles: number;
  financementParPosteEur: Record<CategorieEmployeur, number>;
  enveloppeEur: number;
  /** Allowed contract/convention durations, in months. */
  dureesContratMois: number[];
}

/** What a milestone measures, when it has a numeric target. */
export const INDICATEURS_JALON = ['en_poste', 'recrutes', 'attribues', 'conventionnes'] as const;
export type IndicateurJalon = (typeof INDICATEURS_JALON)[number];

export interface Jalon {
  code: string;
  libelle: string;
  /** YYYY-MM-DD (Europe/Paris). */
  date: string;
  indicateur: IndicateurJalon | null;
  cible: number | null;
}

/** The 2021 values (circular of 4 Feb 2021, France Relance). */
export const PARAMETRES_2021: ParametresProgramme = {
  postesCibles: 4000,
  financementParPosteEur: { public: 50_000, prive: 40_000 },
  enveloppeEur: 200_000_000,
  dureesContratMois: [24, 36],
};

/** Code of the milestone whose date is the deadline of préfecture opinions. */
export const JALON_ECHEANCE_AVIS = 'propositions_prefets';

export const JALONS_2021: Jalon[] = [
  {
    code: JALON_ECHEANCE_AVIS,
    libelle: 'Premières propositions des préfets',
    date: '2021-02-19',
    indicateur: null,
    cible: null,
  },
  {
    code: 'bilan_31_mars',
    libelle: 'Premier bilan d’étape',
    date: '2021-03-31',
    indicateur: null,
    cible: null,
  },
  {
    code: 'en_poste_fin_t1',
    libelle: '1 000 conseillers numériques en poste',
    date: '2021-03-31',
    indicateur: 'en_poste',
    cible: 1000,
  },
];

export function financementParPoste(params: ParametresProgramme, categorie: CategorieEmployeur): number {
  return params.financementParPosteEur[categorie];
}

/** Consistency rules an ANCT edit must keep (the form's field-level checks come first). */
export function verifierParametres(params: ParametresProgramme): Result<ParametresProgramme> {
  const fields: Record<string, string> = {};
  if (!Number.isInteger(params.postesCibles) || params.postesCibles < 1)
    fields.postesCibles = 'L’objectif de postes doit être un nombre entier positif.';
  for (const cat of ['public', 'prive'] as const) {
    const v = params.financementParPosteEur[cat];
    if (!Number.isInteger(v) || v < 1)
      fields[`financement_${cat}`] =
        'Le financement par poste doit être un montant entier positif, en euros.';
  }
  if (!Number.isInteger(params.enveloppeEur) || params.enveloppeEur < 1)
    fields.enveloppeEur = 'L’enveloppe doit être un montant entier positif, en euros.';
  if (
    params.dureesContratMois.length === 0 ||
    params.dureesContratMois.some((d) => !Number.isInteger(d) || d < 1 || d > 120)
  )
    fields.dureesContratMois = 'Indiquez au moins une durée de contrat, en mois (entre 1 et 120).';
  const keys = Object.keys(fields);
  if (keys.length > 0) return fail('parametres_invalides', fields[keys[0]!]!, 422, fields);
  return ok({ ...params, dureesContratMois: [...new Set(params.dureesContratMois)].sort((a, b) => a - b) });
}

/** The date (YYYY-MM-DD) of an instant in Europe/Paris, where the programme's deadlines live. */
export const dateParis = jourParis;

/** A deadline (YYYY-MM-DD) is met all day long, Paris time. */
export function estEnRetard(now: Date, echeance: string | null): boolean {
  return echeance !== null && dateParis(now) > echeance;
}

import {
  DISPOSITIF_PROGRAMMES_NATIONAUX,
  FRAIS_A_CHARGE,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '../domain/standard/enumerations.ts';

/**
 * The search filters on the standard's vocabularies: one query parameter per field (same name on the
 * page and in the API). Within a filter any ticked value matches; filters combine with AND.
 */
export const FILTRES = [
  { cle: 'services', champ: 'services', libelle: 'Services', valeurs: SERVICES },
  {
    cle: 'publics',
    champ: 'publics_specifiquement_adresses',
    libelle: 'Publics spécifiquement accueillis',
    valeurs: PUBLICS_SPECIFIQUEMENT_ADRESSES,
  },
  {
    cle: 'prise_en_charge',
    champ: 'prise_en_charge_specifique',
    libelle: 'Prise en charge spécifique',
    valeurs: PRISE_EN_CHARGE_SPECIFIQUE,
  },
  { cle: 'frais', champ: 'frais_a_charge', libelle: 'Frais à charge', valeurs: FRAIS_A_CHARGE },
  {
    cle: 'dispositifs',
    champ: 'dispositif_programmes_nationaux',
    libelle: 'Dispositifs et programmes nationaux',
    valeurs: DISPOSITIF_PROGRAMMES_NATIONAUX,
  },
  {
    cle: 'modalites_acces',
    champ: 'modalites_acces',
    libelle: 'Modalités d’accès',
    valeurs: MODALITES_ACCES,
  },
  {
    cle: 'modalites_accompagnement',
    champ: 'modalites_accompagnement',
    libelle: 'Modalités d’accompagnement',
    valeurs: MODALITES_ACCOMPAGNEMENT,
  },
] as const;

export type CleFiltre = (typeof FILTRES)[number]['cle'];
export type ChampFiltre = (typeof FILTRES)[number]['champ'];
export const CLES_FILTRES = FILTRES.map((f) => f.cle) as CleFiltre[];

/** Ticked values per filter. */
export type SelectionFiltres = Partial<Record<CleFiltre, string[]>>;

/** Each value is a bit of a 32-bit mask (no vocabulary has more than 11 values). */
export function masque(cle: CleFiltre, valeurs: readonly string[]): number {
  const vocabulaire = FILTRES.find((f) => f.cle === cle)!.valeurs as readonly string[];
  let m = 0;
  for (const v of valeurs) {
    const i = vocabulaire.indexOf(v);
    if (i >= 0) m |= 1 << i;
  }
  return m;
}

/** Values given as repeated parameters and/or `|`-separated; unknown values are reported. */
export function lireSelection(brut: Partial<Record<CleFiltre, string | string[] | undefined>>): {
  selection: SelectionFiltres;
  inconnues: { cle: CleFiltre; valeur: string }[];
} {
  const selection: SelectionFiltres = {};
  const inconnues: { cle: CleFiltre; valeur: string }[] = [];
  for (const f of FILTRES) {
    const v = brut[f.cle];
    if (v === undefined) continue;
    const valeurs = (Array.isArray(v) ? v : [v])
      .flatMap((x) => x.split('|'))
      .map((x) => x.trim())
      .filter(Boolean);
    const connues: string[] = [];
    for (const x of valeurs) {
      if ((f.valeurs as readonly string[]).includes(x)) {
        if (!connues.includes(x)) connues.push(x);
      } else inconnues.push({ cle: f.cle, valeur: x });
    }
    if (connues.length) selection[f.cle] = connues;
  }
  return { selection, inconnues };
}

export const RAYONS_KM = [5, 10, 20, 50, 100] as const;
export const RAYON_DEFAUT_KM = 20;

import { THEMES_CRA_2021 } from '../domain/vocabulaire.ts';

/** The groups of counts of one row of the former reports' per-département file. */
export const GROUPES = ['themes', 'statut', 'accompagnement', 'activite'] as const;
export const AGES = ['moins12ans', 'de12a18ans', 'de18a35ans', 'de35a60ans', 'plus60ans'] as const;

export const LIBELLES_STATUT: Record<string, string> = {
  etudiant: 'Étudiant ou scolarisé',
  sansEmploi: 'Sans emploi',
  enEmploi: 'En emploi',
  retraite: 'Retraité',
  heterogene: 'Hétérogène ou non communiqué',
};
export const LIBELLES_AGES: Record<(typeof AGES)[number], string> = {
  moins12ans: 'Moins de 12 ans',
  de12a18ans: '12 à 18 ans',
  de18a35ans: '18 à 35 ans',
  de35a60ans: '35 à 60 ans',
  plus60ans: 'Plus de 60 ans',
};

export interface LigneCra {
  departementCode: string;
  usagers: number;
  accompagnements: number;
  themes: Record<string, number>;
  themesActuels: Record<string, number>;
  statut: Record<string, number>;
  accompagnement: Record<string, number>;
  activite: Record<string, number>;
  ages: Record<string, number>;
}

const estCompte = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** 2021 theme counts → current theme counts: a 2021 theme mapped to two current themes counts for both. */
export function themesActuels(themes: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, n] of Object.entries(themes))
    for (const vers of THEMES_CRA_2021[code]?.vers ?? []) out[vers] = (out[vers] ?? 0) + n;
  return out;
}

/**
 * One row of the file, checked: a known département, whole non-negative counts, known 2021 themes.
 * Returns the row or the French reason it is rejected.
 */
export function lireLigneCra(
  brut: unknown,
  departementsConnus: ReadonlySet<string>,
): { ok: true; ligne: LigneCra } | { ok: false; departement: string | null; raison: string } {
  if (!brut || typeof brut !== 'object' || Array.isArray(brut))
    return { ok: false, departement: null, raison: 'La ligne n’est pas un objet JSON.' };
  const r = brut as Record<string, unknown>;
  const code = typeof r.departement === 'string' ? r.departement.trim().toUpperCase() : null;
  if (!code) return { ok: false, departement: null, raison: 'Le code du département est absent.' };
  const refus = (raison: string) => ({ ok: false as const, departement: code, raison });
  if (!departementsConnus.has(code)) return refus(`Département inconnu : « ${code} ».`);
  for (const k of ['usagers', 'accompagnements'] as const)
    if (!estCompte(r[k]))
      return refus(`« ${k} » n’est pas un nombre entier positif (${JSON.stringify(r[k])}).`);
  const groupes: Record<string, Record<string, number>> = {};
  for (const g of GROUPES) {
    const v = r[g] ?? {};
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return refus(`« ${g} » n’est pas un objet de comptes.`);
    for (const [k, n] of Object.entries(v))
      if (!estCompte(n))
        return refus(`« ${g}.${k} » n’est pas un nombre entier positif (${JSON.stringify(n)}).`);
    groupes[g] = v as Record<string, number>;
  }
  const inconnus = Object.keys(groupes.themes!).filter((t) => !(t in THEMES_CRA_2021));
  if (inconnus.length > 0)
    return refus(`Thème 2021 inconnu : ${inconnus.map((t) => `« ${t} »`).join(', ')}.`);
  const ages: Record<string, number> = {};
  for (const a of AGES) {
    const n = r[a] ?? 0;
    if (!estCompte(n)) return refus(`« ${a} » n’est pas un nombre entier positif (${JSON.stringify(n)}).`);
    ages[a] = n;
  }
  return {
    ok: true,
    ligne: {
      departementCode: code,
      usagers: r.usagers as number,
      accompagnements: r.accompagnements as number,
      themes: groupes.themes!,
      themesActuels: themesActuels(groupes.themes!),
      statut: groupes.statut!,
      accompagnement: groupes.accompagnement!,
      activite: groupes.activite!,
      ages,
    },
  };
}

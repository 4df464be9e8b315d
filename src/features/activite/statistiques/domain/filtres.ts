import { fail, ok, type Result } from '../../../../platform/result.ts';
import { estUuid } from '../../../../platform/valeurs/identifiants.ts';
import { estJourIso } from '../../../../platform/valeurs/jour-paris.ts';
import { codes, THEMATIQUES_NUMERIQUES, TYPES_ACTIVITE } from '../../domain/vocabulaire.ts';
import type { FiltresStatistiques } from './contrat.ts';

/** A query-string value as Fastify gives it (a repeated parameter is an array). */
export type ValeurRequete = string | string[] | undefined;

/** Metropolitan (01–95, 2A, 2B) and overseas (971–978, 984–989) département codes. */
const DEPARTEMENT = /^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-8]|98[4-9])$/;

export const CHAMPS_FILTRES = [
  'du',
  'au',
  'departementCode',
  'structureId',
  'conseillerId',
  'type',
  'thematiquesNumeriques',
] as const;

function premiere(v: ValeurRequete): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  const t = s?.trim();
  return t ? t : undefined;
}

/** Several values: repeated parameters and/or comma-separated ones. */
function plusieurs(v: ValeurRequete): string[] {
  const liste = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return [
    ...new Set(
      liste
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Reads the statistics filters from a query-string object (pages and API). Empty values mean "no
 * filter"; unknown parameters are left to the caller. Errors are French, by field.
 */
export function lireFiltres(requete: Record<string, ValeurRequete>): Result<FiltresStatistiques> {
  const erreurs: Record<string, string> = {};
  const f: FiltresStatistiques = {};
  const du = premiere(requete.du);
  const au = premiere(requete.au);
  if (du !== undefined) {
    if (estJourIso(du)) f.du = du;
    else erreurs.du = 'Saisissez une date de début valide, au format AAAA-MM-JJ (par exemple 2024-01-31).';
  }
  if (au !== undefined) {
    if (estJourIso(au)) f.au = au;
    else erreurs.au = 'Saisissez une date de fin valide, au format AAAA-MM-JJ (par exemple 2024-12-31).';
  }
  if (f.du && f.au && f.du > f.au)
    erreurs.au = 'La date de fin doit être postérieure ou égale à la date de début.';
  const departement = premiere(requete.departementCode);
  if (departement !== undefined) {
    const code = departement.toUpperCase();
    if (DEPARTEMENT.test(code)) f.departementCode = code;
    else erreurs.departementCode = 'Choisissez un département de la liste (par exemple 02, 2A ou 974).';
  }
  for (const champ of ['structureId', 'conseillerId'] as const) {
    const v = premiere(requete[champ]);
    if (v === undefined) continue;
    if (estUuid(v)) f[champ] = v.toLowerCase();
    else
      erreurs[champ] =
        champ === 'structureId'
          ? 'La structure choisie est inconnue : choisissez-la dans la liste.'
          : 'Le conseiller choisi est inconnu : choisissez-le dans la liste.';
  }
  const type = premiere(requete.type);
  if (type !== undefined) {
    if ((codes(TYPES_ACTIVITE) as readonly string[]).includes(type))
      f.type = type as FiltresStatistiques['type'];
    else erreurs.type = 'Choisissez un type d’activité : individuel ou collectif.';
  }
  const themes = plusieurs(requete.thematiquesNumeriques);
  if (themes.length > 0) {
    const connus = codes(THEMATIQUES_NUMERIQUES) as readonly string[];
    const inconnus = themes.filter((t) => !connus.includes(t));
    if (inconnus.length > 0)
      erreurs.thematiquesNumeriques = `Thématique inconnue : ${inconnus.join(', ')}. Choisissez dans la liste.`;
    else f.thematiquesNumeriques = themes;
  }
  if (Object.keys(erreurs).length > 0)
    return fail(
      'filtres_invalides',
      'Les filtres ne sont pas valides : corrigez les champs signalés.',
      400,
      erreurs,
    );
  return ok(f);
}

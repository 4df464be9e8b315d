import type { LieuStandard } from './champs.ts';
import type { Anomalie } from './validation.ts';

/** Longest value kept per field (characters): a place's name is a line, its detailed presentation a page. */
const MAX: Partial<Record<keyof LieuStandard, number>> = {
  id: 200,
  nom: 250,
  commune: 100,
  adresse: 250,
  complement_adresse: 250,
  presentation_detail: 10_000,
  horaires: 2_000,
  structure_parente: 250,
};
const MAX_DEFAUT = 1_000;
const OBLIGATOIRES = new Set(['id', 'nom', 'commune', 'adresse']);

/**
 * Bounds every text of a place (200 KB names were stored): a required field over its limit refuses the
 * row, another one is dropped with an anomaly, a list keeps its values within the limit.
 */
export function bornerLongueurs(
  lieu: LieuStandard,
  erreurs: Anomalie[],
  signaler: (a: Anomalie) => void,
): LieuStandard {
  const propre: Record<string, unknown> = { ...lieu };
  for (const [champ, valeur] of Object.entries(lieu)) {
    const max = MAX[champ as keyof LieuStandard] ?? MAX_DEFAUT;
    const raison = `Plus de ${max.toLocaleString('fr-FR')} caractères`;
    const apercu = (v: string) => `${v.slice(0, 60)}…`;
    if (typeof valeur === 'string' && valeur.length > max) {
      if (OBLIGATOIRES.has(champ))
        erreurs.push({
          champ: champ as Anomalie['champ'],
          valeur: apercu(valeur),
          raison: `${raison} : refusée.`,
        });
      else {
        signaler({
          champ: champ as Anomalie['champ'],
          valeur: apercu(valeur),
          raison: `${raison} : ignorée.`,
        });
        propre[champ] = null;
      }
    } else if (Array.isArray(valeur) && valeur.some((v) => typeof v === 'string' && v.length > max)) {
      signaler({
        champ: champ as Anomalie['champ'],
        valeur: '',
        raison: `${raison} dans une valeur : ignorée.`,
      });
      propre[champ] = valeur.filter((v) => !(typeof v === 'string' && v.length > max));
    }
  }
  return propre as unknown as LieuStandard;
}

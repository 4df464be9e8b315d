import type { LieuStandard } from './champs.ts';
import type { Anomalie } from './validation.ts';

/**
 * A value a spreadsheet would evaluate if it opened the exported CSV: `=` first (after spaces), a tab or
 * carriage return first, or `+`, `-` or `@` followed by a function call, a pipe or a comparison
 * (`+HYPERLINK(…)`, `@SUM(…)`, `-cmd|…`). Real places are not: a telephone number (`+33 3 23 …`), a
 * name with a dash, or the names the field writes with a leading `@` (« @telier connecté »,
 * « @tout Clic », seen in the national data).
 */
export function ressembleAUneFormule(valeur: string): boolean {
  if (/^[\t\r]/.test(valeur)) return true;
  const v = valeur.trimStart();
  if (v.startsWith('=')) return true;
  return /^[+\-@]/.test(v) && /[A-Za-z_]\s*\(|[=|!]/.test(v);
}

const OBLIGATOIRES = new Set(['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse']);
const RAISON = 'Valeur qui commence comme une formule de tableur (=, +, -, @)';

/**
 * Refuses, at entry, what can never be a legitimate place datum and would run as a formula in the
 * exports (ADR 015): a required field is an error, another one is dropped with an anomaly. The
 * exports then stay faithful to the data, cell for cell.
 */
export function retirerFormules(
  lieu: LieuStandard,
  erreurs: Anomalie[],
  signaler: (a: Anomalie) => void,
): LieuStandard {
  const propre: Record<string, unknown> = { ...lieu };
  for (const [champ, valeur] of Object.entries(lieu)) {
    if (typeof valeur === 'string' && ressembleAUneFormule(valeur)) {
      if (OBLIGATOIRES.has(champ)) {
        erreurs.push({ champ: champ as Anomalie['champ'], valeur, raison: `${RAISON} : refusée.` });
      } else {
        signaler({ champ: champ as Anomalie['champ'], valeur, raison: `${RAISON} : ignorée.` });
        propre[champ] = null;
      }
    } else if (Array.isArray(valeur)) {
      const gardees = valeur.filter((v) => !(typeof v === 'string' && ressembleAUneFormule(v)));
      for (const v of valeur)
        if (!gardees.includes(v))
          signaler({ champ: champ as Anomalie['champ'], valeur: String(v), raison: `${RAISON} : ignorée.` });
      propre[champ] = gardees;
    }
  }
  return propre as unknown as LieuStandard;
}

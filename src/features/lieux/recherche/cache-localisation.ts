import type { IndexLieux } from './index-memoire.ts';
import type { DemandeLocalisation, Localisation } from './localiser.ts';

const TAILLE_MAX = 2000;
const DUREE_MS = 10 * 60_000;

interface Entree {
  localisation: Promise<Localisation>;
  expire: number;
}

/**
 * Understanding "Laon" or "02000" costs several queries on the reference geography (7 ms of a 10 ms
 * search page, issue 9), while a handful of communes make most searches. The answers are kept per places
 * index (a commune without a known centre falls back on its places' positions) for ten minutes, the
 * 2,000 most recent only. The reference geography changes only when an operator imports it.
 */
export class CacheLocalisation {
  private readonly parIndex = new WeakMap<IndexLieux, Map<string, Entree>>();

  constructor(private readonly maintenant: () => number = () => Date.now()) {}

  obtenir(
    index: IndexLieux,
    demande: DemandeLocalisation,
    calculer: () => Promise<Localisation>,
  ): Promise<Localisation> {
    // The browser's position needs no lookup: never cached.
    if (!demande.texte?.trim() && !demande.communeCode) return calculer();
    let entrees = this.parIndex.get(index);
    if (!entrees) {
      entrees = new Map();
      this.parIndex.set(index, entrees);
    }
    const cle = `${demande.texte?.trim().toLowerCase() ?? ''}\u0000${demande.communeCode ?? ''}`;
    const t = this.maintenant();
    const connue = entrees.get(cle);
    if (connue && connue.expire > t) {
      // Most recently used last: the oldest are dropped first.
      entrees.delete(cle);
      entrees.set(cle, connue);
      return connue.localisation;
    }
    const localisation = calculer();
    const entree = { localisation, expire: t + DUREE_MS };
    entrees.set(cle, entree);
    // A failed lookup is not kept: the next search tries again.
    localisation.catch(() => {
      if (entrees.get(cle) === entree) entrees.delete(cle);
    });
    while (entrees.size > TAILLE_MAX) entrees.delete(entrees.keys().next().value!);
    return localisation;
  }
}

import { describe, expect, it } from 'vitest';
import { comptesDe, nombreAnonymes, profilsAnonymes } from './participants-anonymes.ts';

function compter(valeurs: string[]) {
  const c: Record<string, number> = {};
  for (const v of valeurs) c[v] = (c[v] ?? 0) + 1;
  return c;
}

describe('participants anonymes d’après les comptes', () => {
  it('respecte les comptes de chaque dimension', () => {
    const profils = profilsAnonymes({
      genre: { feminin: 3, masculin: 2 },
      trancheAge: { soixante_dix_plus: 4, quarante_cinquante_neuf: 1 },
      statutSocial: { retraite: 4, en_emploi: 1 },
    });
    expect(profils).toHaveLength(5);
    expect(compter(profils.map((p) => p.genre))).toEqual({ feminin: 3, masculin: 2 });
    expect(compter(profils.map((p) => p.trancheAge))).toEqual({
      soixante_dix_plus: 4,
      quarante_cinquante_neuf: 1,
    });
    expect(compter(profils.map((p) => p.statutSocial))).toEqual({ retraite: 4, en_emploi: 1 });
  });

  it('des totaux différents : le plus grand est le nombre de personnes, « non communiqué » complète', () => {
    const c = { genre: { feminin: 2 }, trancheAge: { douze_dix_huit: 6 }, statutSocial: {} };
    expect(nombreAnonymes(c)).toBe(6);
    const profils = profilsAnonymes(c);
    expect(compter(profils.map((p) => p.genre))).toEqual({ feminin: 2, non_communique: 4 });
    expect(compter(profils.map((p) => p.statutSocial))).toEqual({ non_communique: 6 });
  });

  it('aucun compte : personne ; et comptesDe est l’inverse', () => {
    expect(profilsAnonymes({ genre: {}, trancheAge: {}, statutSocial: {} })).toEqual([]);
    const c = {
      genre: { feminin: 1, masculin: 1 },
      trancheAge: { retraite: 0 } as never,
      statutSocial: { retraite: 2 },
    };
    expect(comptesDe(profilsAnonymes(c))).toEqual({
      genre: { feminin: 1, masculin: 1 },
      trancheAge: { non_communique: 2 },
      statutSocial: { retraite: 2 },
    });
  });
});

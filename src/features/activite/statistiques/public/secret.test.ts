import { describe, expect, it } from 'vitest';
import type { Statistiques } from '../domain/contrat.ts';
import { appliquerSecret, MOINS_DE_11, SECRET, type StatistiquesPubliees, type Valeur } from './secret.ts';
import { parts, statistiquesVides } from './statistiques-exemple.ts';

/**
 * An independent reader who knows every way the figures add up and tries every possible value for the
 * hidden ones (brute force): a hidden figure is safe when at least two values fit everything published.
 */
function valeursPossibles(brut: Statistiques, pub: StatistiquesPubliees): Map<string, Set<number>> {
  const inconnues: { nom: string; min: number; max: number }[] = [];
  const ref = (nom: string, v: Valeur): string | number => {
    if (typeof v === 'number') return v;
    inconnues.push({ nom, min: v === MOINS_DE_11 ? 1 : 11, max: v === MOINS_DE_11 ? 10 : 50 });
    return nom;
  };
  const t = Object.fromEntries(Object.entries(pub.totaux).map(([k, v]) => [k, ref(`totaux.${k}`, v)]));
  type Terme = string | number;
  const relations: { total: Terme; parts: Terme[] }[] = [
    { total: t.beneficiaires!, parts: [t.beneficiairesNouveaux!, t.beneficiairesSuivis!] },
  ];
  const complets: Record<string, string> = {
    type: 'activites',
    dureeTranche: 'activites',
    typeLieu: 'activites',
    genre: 'accompagnements',
    trancheAge: 'accompagnements',
    statutSocial: 'accompagnements',
  };
  for (const [cle, lignes] of Object.entries(pub.repartitions)) {
    const ps = lignes.map((l) => ref(`${cle}.${l.code}`, l.nombre));
    const vraies = brut.repartitions[cle as keyof Statistiques['repartitions']];
    // Worst case: the reader knows the exact sum as soon as one share is published.
    if (lignes.some((l) => l.pourcentage !== null && typeof l.nombre === 'number' && l.nombre > 0))
      relations.push({ total: vraies.reduce((n, p) => n + p.nombre, 0), parts: ps });
    if (complets[cle] && ps.length) relations.push({ total: t[complets[cle]]!, parts: ps });
  }
  for (const [nom, serie] of [
    ['jour', pub.seriesJour],
    ['mois', pub.seriesMois],
  ] as const) {
    if (!serie.length) continue;
    relations.push({
      total: t.activites!,
      parts: serie.map((p) => ref(`${nom}.${p.periode}.a`, p.activites)),
    });
    relations.push({
      total: t.accompagnements!,
      parts: serie.map((p) => ref(`${nom}.${p.periode}.b`, p.accompagnements)),
    });
  }
  for (const m of pub.seriesMois) {
    const jours = pub.seriesJour.filter((j) => j.periode.startsWith(`${m.periode}-`));
    if (!jours.length) continue;
    for (const k of ['a', 'b'] as const) {
      const v = (p: (typeof jours)[number], c: 'mois' | 'jour') =>
        typeof (k === 'a' ? p.activites : p.accompagnements) === 'number'
          ? ((k === 'a' ? p.activites : p.accompagnements) as number)
          : `${c}.${p.periode}.${k}`;
      relations.push({ total: v(m, 'mois'), parts: jours.map((j) => v(j, 'jour')) });
    }
  }
  // Each unknown was pushed once per reference: keep one per name.
  const domaines = new Map(inconnues.map((i) => [i.nom, i]));
  const noms = [...domaines.keys()];
  const vus = new Map(noms.map((n) => [n, new Set<number>()]));
  const valeur = new Map<string, number>();
  const val = (x: Terme) => (typeof x === 'number' ? x : valeur.get(x));
  const coherent = () =>
    relations.every((r) => {
      const total = val(r.total);
      const vs = r.parts.map(val);
      const partiel = vs.reduce((a: number, b) => a + (b ?? 0), 0);
      // Counts are never negative: a partial sum already above the total is a dead end.
      if (total !== undefined && partiel > total) return false;
      if (total === undefined || vs.some((v) => v === undefined)) return true;
      return total === partiel;
    });
  const explorer = (i: number) => {
    if (!coherent()) return;
    if (i === noms.length) {
      for (const n of noms) vus.get(n)!.add(valeur.get(n)!);
      return;
    }
    const d = domaines.get(noms[i]!)!;
    for (let v = d.min; v <= d.max; v++) {
      valeur.set(noms[i]!, v);
      explorer(i + 1);
    }
    valeur.delete(noms[i]!);
  };
  explorer(0);
  return vus;
}

function aucuneRetrouvable(brut: Statistiques) {
  const pub = appliquerSecret(brut);
  const possibles = valeursPossibles(brut, pub);
  for (const [nom, valeurs] of possibles) {
    expect(valeurs.size, `${nom} se retrouve : ${[...valeurs].join(', ')}`).toBeGreaterThan(1);
  }
  return pub;
}

function avec(extra: (s: Statistiques) => void): Statistiques {
  const s = statistiquesVides();
  extra(s);
  return s;
}

describe('secret statistique des chiffres publics', () => {
  it('publie « moins de 11 » de 1 à 10, et zéro ou 11 tels quels', () => {
    const pub = appliquerSecret(
      avec((s) => {
        s.totaux.activites = 11;
        s.totaux.accompagnements = 10;
        s.totaux.beneficiairesAnonymes = 1;
      }),
    );
    expect(pub.totaux.activites).toBe(11);
    expect(pub.totaux.accompagnements).toBe(MOINS_DE_11);
    expect(pub.totaux.beneficiairesAnonymes).toBe(MOINS_DE_11);
    expect(pub.totaux.beneficiaires).toBe(0);
  });

  it('masque aussi la plus petite autre part quand une seule part serait masquée', () => {
    const brut = avec((s) => {
      s.totaux.activites = 30;
      s.repartitions.type = parts({ individuel: 25, collectif: 5 });
    });
    const pub = aucuneRetrouvable(brut);
    expect(pub.totaux.activites).toBe(30);
    expect(pub.repartitions.type).toEqual([
      { code: 'individuel', nombre: SECRET, pourcentage: null },
      { code: 'collectif', nombre: MOINS_DE_11, pourcentage: null },
    ]);
  });

  it('ne laisse pas deux petites parts se déduire de leur somme (1 + 1 = 2)', () => {
    const brut = avec((s) => {
      s.totaux.activites = 42;
      s.repartitions.type = parts({ individuel: 40, collectif: 2 });
      s.repartitions.thematiquesNumeriques = parts({ email: 1, smartphone: 1, internet: 40 });
    });
    const pub = aucuneRetrouvable(brut);
    expect(pub.repartitions.thematiquesNumeriques.find((p) => p.code === 'internet')?.nombre).toBe(SECRET);
  });

  it('garde les parts visibles avec leur pourcentage', () => {
    const pub = aucuneRetrouvable(
      avec((s) => {
        s.totaux.accompagnements = 100;
        s.repartitions.genre = parts({ feminin: 60, masculin: 35, non_communique: 5 });
      }),
    );
    expect(pub.repartitions.genre[0]).toEqual({ code: 'feminin', nombre: 60, pourcentage: 60 });
    expect(pub.repartitions.genre[2]!.pourcentage).toBeNull();
  });

  it('protège les totaux de bénéficiaires (nouveaux + suivis)', () => {
    const pub = aucuneRetrouvable(
      avec((s) => {
        s.totaux.beneficiaires = 50;
        s.totaux.beneficiairesNouveaux = 46;
        s.totaux.beneficiairesSuivis = 4;
      }),
    );
    expect(pub.totaux.beneficiairesSuivis).toBe(MOINS_DE_11);
    expect(pub.totaux.beneficiairesNouveaux).not.toBe(46);
  });

  it('protège un jour masqué par le total de son mois et par le total de la période', () => {
    const brut = avec((s) => {
      s.totaux.activites = 40;
      s.totaux.accompagnements = 40;
      s.seriesJour = [
        { periode: '2024-03-04', activites: 3, accompagnements: 3 },
        { periode: '2024-03-05', activites: 20, accompagnements: 20 },
        { periode: '2024-04-02', activites: 17, accompagnements: 17 },
      ];
      s.seriesMois = [
        { periode: '2024-03', activites: 23, accompagnements: 23 },
        { periode: '2024-04', activites: 17, accompagnements: 17 },
      ];
    });
    const pub = aucuneRetrouvable(brut);
    expect(pub.seriesJour[0]!.activites).toBe(MOINS_DE_11);
  });

  it('ne laisse rien se déduire sur des résultats tirés au hasard', () => {
    let graine = 7;
    const hasard = (n: number) => {
      graine = (graine * 1103515245 + 12345) % 2 ** 31;
      return graine % n;
    };
    for (let essai = 0; essai < 25; essai++) {
      const brut = avec((s) => {
        const ind = hasard(30);
        const col = hasard(14);
        s.totaux.activites = ind + col;
        s.repartitions.type = parts({ individuel: ind, collectif: col });
        const f = hasard(25);
        const m = hasard(12);
        s.totaux.accompagnements = f + m;
        s.repartitions.genre = parts({ feminin: f, masculin: m });
        const nouveaux = hasard(20);
        const suivis = hasard(12);
        s.totaux.beneficiaires = nouveaux + suivis;
        s.totaux.beneficiairesNouveaux = nouveaux;
        s.totaux.beneficiairesSuivis = suivis;
      });
      aucuneRetrouvable(brut);
    }
  });
});

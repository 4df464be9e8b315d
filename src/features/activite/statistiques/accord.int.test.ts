import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saisieActivite } from '../../../../tests/factories/activite.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { systemContext } from '../../../platform/context.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { codes, THEMATIQUES_NUMERIQUES } from '../domain/vocabulaire.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';
import { statistiquesBrutes } from './brutes.ts';
import { calculerStatistiques, viaCompteurs } from './calculer.ts';
import { recalculerCompteurs } from './compteurs/recalculer.ts';
import { verifierCompteurs } from './compteurs/verifier.ts';
import { type FiltresStatistiques, FORMES_REQUETE, type PorteeStatistiques } from './domain/contrat.ts';
import { aleatoire, genererActivites } from './generation.ts';

const AUTEURS = [
  { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id, departementCode: '02' },
  { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('laon').id, departementCode: '02' },
  {
    structureId: DEMO_STRUCTURES.paysDeLaon.id,
    conseillerId: persona('epci').id,
    departementCode: '02',
  },
  {
    structureId: DEMO_STRUCTURES.association.id,
    conseillerId: persona('association').id,
    departementCode: '80',
  },
];
const ANNEE = 2024;

function porteeDe(niveau: PorteeStatistiques['niveau'], i: number): PorteeStatistiques {
  const a = AUTEURS[i % AUTEURS.length]!;
  if (niveau === 'conseiller') return { niveau, structureId: a.structureId, conseillerId: a.conseillerId };
  if (niveau === 'structure') return { niveau, structureId: a.structureId };
  if (niveau === 'departement') return { niveau, departementCode: a.departementCode };
  return { niveau };
}

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2025-02-10T08:00:00Z');
  const g = await genererActivites(t.deps.db, {
    auteurs: AUTEURS,
    activites: 1500,
    beneficiairesParAuteur: 120,
    debut: '2023-11-01',
    jours: 450,
    graine: 11,
    autresDepartements: ['60', null],
  });
  expect(g.accompagnements).toBeGreaterThan(2000);
  await recalculerCompteurs(t.deps.db);
  // Then recordings through the use case: the incremental upkeep on top of the rebuilt tables.
  const ctx = systemContext(t.deps);
  for (let i = 0; i < 12; i++) {
    const a = AUTEURS[i % AUTEURS.length]!;
    const r = await enregistrerActivite(
      ctx,
      a,
      saisieActivite({ date: `2024-0${1 + (i % 9)}-1${i % 10}`, thematiquesNumeriques: ['email', 'sante'] }),
    );
    expect(r.ok).toBe(true);
  }
}, 240_000);
afterAll(() => t.close());

describe('les tables de synthèse et l’agrégation brute donnent les mêmes chiffres', () => {
  it('les compteurs sont égaux au recomptage', async () => {
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
  });

  it.each(FORMES_REQUETE.flatMap((f) => [0, 1].map((i) => ({ ...f, i }))))(
    '$nom (auteur $i)',
    async ({ portee, filtres, i }) => {
      const p = porteeDe(portee, i);
      const f = filtres(ANNEE);
      const rapide = await calculerStatistiques(t.deps.db, p, f);
      expect(rapide).toEqual(await statistiquesBrutes(t.deps.db, p, f));
      expect(rapide.totaux.accompagnements).toBeGreaterThan(0);
    },
  );

  it('les formes nationales et départementales passent par les tables de synthèse', () => {
    for (const f of FORMES_REQUETE.filter((x) => x.portee === 'national' || x.portee === 'departement'))
      expect(viaCompteurs(porteeDe(f.portee, 0), f.filtres(ANNEE))).toBe(true);
  });

  it('des combinaisons de filtres tirées au hasard', async () => {
    const r = aleatoire(5);
    const choisir = <T>(l: readonly T[]): T => l[Math.floor(r() * l.length)]!;
    const niveaux = ['national', 'national', 'departement', 'structure', 'conseiller'] as const;
    const periodes: [string | undefined, string | undefined][] = [
      [undefined, undefined],
      ['2024-01-01', undefined],
      [undefined, '2024-06-30'],
      ['2023-12-01', '2024-02-29'],
      ['2024-02-01', '2024-02-29'],
      ['2024-03-10', '2024-07-20'],
    ];
    const themes = codes(THEMATIQUES_NUMERIQUES).slice(0, 8);
    let rapides = 0;
    for (let k = 0; k < 40; k++) {
      const p = porteeDe(choisir(niveaux), Math.floor(r() * 4));
      const [du, au] = choisir(periodes);
      const f: FiltresStatistiques = {};
      if (du) f.du = du;
      if (au) f.au = au;
      if (r() < 0.4) f.type = choisir(['individuel', 'collectif'] as const);
      const nt = choisir([0, 0, 1, 1, 2]);
      if (nt > 0) f.thematiquesNumeriques = Array.from({ length: nt }, () => choisir(themes));
      if (r() < 0.3) f.departementCode = choisir(['02', '80', '60']);
      if (r() < 0.15) f.structureId = choisir(AUTEURS).structureId;
      if (viaCompteurs(p, f)) rapides++;
      const rapide = await calculerStatistiques(t.deps.db, p, f);
      expect(rapide, JSON.stringify({ p, f })).toEqual(await statistiquesBrutes(t.deps.db, p, f));
    }
    expect(rapides).toBeGreaterThan(10);
  });
});

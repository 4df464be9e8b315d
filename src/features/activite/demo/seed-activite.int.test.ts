import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { lignes } from '../../../db/sql.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/index.ts';
import { seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { statistiquesBrutes } from '../statistiques/brutes.ts';
import { calculerStatistiques } from '../statistiques/calculer.ts';
import { verifierCompteurs } from '../statistiques/compteurs/verifier.ts';
import { type BilanSeed, seedActiviteDemo } from './seed-activite.ts';

const MAINTENANT = new Date('2025-06-11T08:00:00Z');
let t: TestContext;
let bilan: BilanSeed | null;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MAINTENANT;
  await seedLieuxDemo(t.deps.db, MAINTENANT);
  bilan = await seedActiviteDemo(t.database, t.deps.config, MAINTENANT);
  console.log(`[seed activité] ${JSON.stringify(bilan)}`);
}, 120_000);
afterAll(() => t.close());

const requete = <T>(q: ReturnType<typeof sql>) => lignes<T>(t.deps.db, q);
const LEA = persona('conseiller').id;

describe('activité de démonstration', () => {
  it('dix-huit mois pour Léa Petit, jusqu’à aujourd’hui, surtout en semaine', async () => {
    expect(bilan!.conseillers).toBeGreaterThanOrEqual(25);
    const [p] = await requete<{ du: string; au: string; n: number; semaine: number; samedi: number }>(
      sql`select min(date)::text as du, max(date)::text as au, count(*)::int as n,
        count(*) filter (where extract(isodow from date) <= 5)::int as semaine,
        count(*) filter (where extract(isodow from date) = 6)::int as samedi
        from activites where conseiller_id = ${LEA}::uuid and source = 'demo'`,
    );
    expect(p!.du <= '2023-12-20' && p!.du >= '2023-12-11').toBe(true);
    expect(p!.au <= '2025-06-11' && p!.au >= '2025-06-01').toBe(true);
    expect(p!.n).toBeGreaterThan(800);
    expect(p!.semaine / p!.n).toBeGreaterThan(0.95);
    expect(p!.semaine + p!.samedi).toBe(p!.n);
  });

  it('chaque personne nommée d’un conseiller a un nom à elle : pas de faux doublons à fusionner', async () => {
    const [d] = await requete<{ n: number; nommes: number }>(
      sql`select count(*)::int as n, (select count(*)::int from beneficiaires where not anonyme) as nommes from (
        select conseiller_id, lower(immutable_unaccent(prenom || ' ' || nom))
        from beneficiaires where not anonyme
        group by 1, 2 having count(*) > 1) x`,
    );
    expect(d!.nommes).toBeGreaterThan(1000);
    expect(d!.n).toBe(0);
  });

  it('ateliers de 4 à 15 personnes, âges surtout 60 ans et plus, premiers accompagnements exacts', async () => {
    const [a] = await requete<{ min: number; max: number }>(
      sql`select min(n)::int as min, max(n)::int as max from (select count(*) as n from accompagnements
        where type = 'collectif' group by activite_id) x`,
    );
    expect(a!.min).toBe(4);
    expect(a!.max).toBeLessThanOrEqual(15);
    expect(a!.max).toBeGreaterThanOrEqual(12);
    const [i] = await requete<{ n: number }>(
      sql`select count(*)::int as n from (select activite_id from accompagnements where type = 'individuel'
        group by activite_id having count(*) <> 1) x`,
    );
    expect(i!.n).toBe(0);
    const [ages] = await requete<{ seniors: number; total: number; anonymes: number; revenus: number }>(
      sql`select count(*) filter (where b.tranche_age in ('soixante_soixante_neuf', 'soixante_dix_plus'))::int as seniors,
        count(*)::int as total, count(*) filter (where b.anonyme)::int as anonymes,
        count(*) filter (where not a.premier_accompagnement)::int as revenus
        from accompagnements a join beneficiaires b on b.id = a.beneficiaire_id`,
    );
    expect(ages!.seniors / ages!.total).toBeGreaterThan(0.35);
    expect(ages!.anonymes / ages!.total).toBeGreaterThan(0.3);
    expect(ages!.anonymes / ages!.total).toBeLessThan(0.8);
    expect(ages!.revenus / ages!.total).toBeGreaterThan(0.15);
    // Exactly one first accompaniment per person, on their earliest date; last activity = latest date.
    const [faux] = await requete<{ premiers: number; derniere: number; tot: number }>(
      sql`select count(*) filter (where premiers <> 1)::int as premiers,
        count(*) filter (where derniere is distinct from maxi)::int as derniere,
        count(*) filter (where date_premier <> mini)::int as tot
        from (select b.id, b.derniere_activite as derniere, max(a.date) as maxi, min(a.date) as mini,
          count(*) filter (where a.premier_accompagnement) as premiers,
          min(a.date) filter (where a.premier_accompagnement) as date_premier
          from beneficiaires b join accompagnements a on a.beneficiaire_id = b.id group by b.id) x`,
    );
    expect(faux).toEqual({ premiers: 0, derniere: 0, tot: 0 });
  });

  it('chaque rôle a des chiffres : conseillère, structures, départements 02 et 80, national', async () => {
    const lea = await statistiquesBrutes(
      t.deps.db,
      { niveau: 'conseiller', structureId: DEMO_STRUCTURES.laon.id, conseillerId: LEA },
      { du: '2025-03-01', au: '2025-05-31' },
    );
    expect(lea.totaux.beneficiairesSuivis).toBeGreaterThan(0);
    expect(lea.repartitions.thematiquesNumeriques[0]!.code).toBe('aide_aux_demarches_administratives');
    for (const s of Object.values(DEMO_STRUCTURES)) {
      const r = await statistiquesBrutes(t.deps.db, { niveau: 'structure', structureId: s.id }, {});
      expect(r.totaux.activites, s.nom).toBeGreaterThan(100);
    }
    for (const d of ['02', '80', '59', '13', '69', '33', '75']) {
      const r = await statistiquesBrutes(t.deps.db, { niveau: 'departement', departementCode: d }, {});
      expect(r.totaux.accompagnements, d).toBeGreaterThan(100);
    }
    const national = await statistiquesBrutes(t.deps.db, { niveau: 'national' }, {});
    expect(national.totaux.accompagnements).toBe(bilan!.accompagnements);
    expect(national.repartitions.typeLieu.map((p) => p.code).sort()).toEqual(
      ['a_distance', 'autre', 'domicile', 'lieu_activite'].sort(),
    );
  });

  it('les tables de synthèse sont exactes après le chargement : aucune différence, mêmes chiffres', {
    timeout: 180_000,
  }, async () => {
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
    const portee = { niveau: 'departement' as const, departementCode: '02' };
    const filtres = { du: '2024-09-01', au: '2025-02-28' };
    expect(await calculerStatistiques(t.deps.db, portee, filtres)).toEqual(
      await statistiquesBrutes(t.deps.db, portee, filtres),
    );
  });

  it('idempotent : un second démarrage n’ajoute rien', async () => {
    const avant = await requete<{ n: number }>(sql`select count(*)::int as n from accompagnements`);
    expect(await seedActiviteDemo(t.database, t.deps.config, MAINTENANT)).toBeNull();
    expect(await requete<{ n: number }>(sql`select count(*)::int as n from accompagnements`)).toEqual(avant);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { DEMO_STRUCTURES } from '../../comptes/demo/personas.ts';
import { calculerAvancement } from '../programme/avancement.ts';
import { chargerRecrutementDemo } from './charger-demo.ts';

async function valeur(t: TestContext, q: ReturnType<typeof sql>): Promise<number> {
  const res = (await t.deps.db.execute(q)) as unknown as { rows: { n: number }[] };
  return Number(res.rows[0]!.n);
}

describe('données de démonstration du recrutement', () => {
  let t: TestContext;
  let duree = 0;
  beforeAll(async () => {
    t = await createTestApp();
    const t0 = performance.now();
    const b = await chargerRecrutementDemo({
      config: t.deps.config,
      database: t.database,
      now: new Date('2021-04-20T08:00:00Z'),
      registry: t.deps.registry,
    });
    duree = performance.now() - t0;
    expect(b.deja).toBe(false);
  }, 300_000);
  afterAll(() => t.close());

  it('un état plausible : ~150 structures de tous types, ~1 500 candidats, deux sessions', async () => {
    console.info(`chargement de la démonstration : ${Math.round(duree)} ms`);
    expect(
      await valeur(t, sql`select count(*)::int as n from candidatures_structures`),
    ).toBeGreaterThanOrEqual(140);
    expect(
      await valeur(
        t,
        sql`select count(distinct s.type)::int as n from structures s join candidatures_structures c on c.structure_id = s.id`,
      ),
    ).toBe(9);
    expect(
      await valeur(
        t,
        sql`select count(distinct s.departement_code)::int as n from structures s join candidatures_structures c on c.structure_id = s.id`,
      ),
    ).toBeGreaterThanOrEqual(8);
    expect(await valeur(t, sql`select count(*)::int as n from structures where qpv = 'oui'`)).toBeGreaterThan(
      10,
    );
    expect(await valeur(t, sql`select count(*)::int as n from structures where zrr`)).toBeGreaterThan(10);
    expect(await valeur(t, sql`select count(*)::int as n from candidats`)).toBeGreaterThanOrEqual(1400);
    expect(await valeur(t, sql`select count(*)::int as n from sessions_coselec`)).toBe(2);
    expect(
      await valeur(t, sql`select count(distinct statut)::int as n from candidatures_structures`),
    ).toBeGreaterThanOrEqual(5);
    expect(
      await valeur(t, sql`select count(*)::int as n from avis_prefecture where en_retard`),
    ).toBeGreaterThan(0);
    expect(
      await valeur(t, sql`select count(*)::int as n from decisions_coselec where nature = 'avenant'`),
    ).toBeGreaterThan(0);
    expect(await valeur(t, sql`select count(distinct statut)::int as n from conventions`)).toBe(2);
    expect(await valeur(t, sql`select count(*)::int as n from conventions where fichier_id is null`)).toBe(0);
  });

  it('des recrutements à chaque étape, dans la limite des postes attribués', async () => {
    for (const statut of [
      'nouvelle',
      'interessee',
      'non_interessee',
      'recrutee',
      'validee',
      'en_poste',
      'rupture',
      'non_disponible',
    ]) {
      expect(
        await valeur(t, sql`select count(*)::int as n from mises_en_relation where statut = ${statut}`),
        statut,
      ).toBeGreaterThan(0);
    }
    const depassements = await valeur(
      t,
      sql`select count(*)::int as n from (
        select c.structure_id from candidatures_structures c join decisions_coselec d on d.candidature_id = c.id
        group by c.structure_id
        having sum(d.postes) < (select count(*) from mises_en_relation m where m.structure_id = c.structure_id
          and m.statut in ('recrutee', 'validee', 'en_poste'))) x`,
    );
    expect(depassements).toBe(0);
    const doubles = await valeur(
      t,
      sql`select count(*)::int as n from (select candidat_id from mises_en_relation
        where statut in ('recrutee', 'validee', 'en_poste') group by 1 having count(*) > 1) x`,
    );
    expect(doubles).toBe(0);
    const a = await calculerAvancement(t.deps.db);
    expect(a.postes.attribues).toBeGreaterThan(100);
    expect(a.postes.en_poste).toBeGreaterThan(10);
  });

  it('chaque persona trouve du contenu réel', async () => {
    const pages: [string, string, string[]][] = [
      ['laon', '/structure/candidature', ['Validée par le comité de sélection', 'Avenant']],
      ['laon', '/structure/conventions', ['Signée', 'À signer']],
      ['laon', '/structure/candidats', ['Karim B.', 'vous pouvez encore recruter 1 conseiller']],
      ['laon', '/structure/conseillers', ['Léa Petit', 'En poste', 'Recrutement en attente de validation']],
      ['epci', '/structure/candidats', ['Candidats retenus', 'Karim Benali']],
      ['association', '/structure/candidature', ['Modifier la candidature']],
      ['candidat', '/candidat/propositions', ['Commune de Laon', 'Déclinée par le candidat']],
      ['conseiller', '/conseiller/recrutement', ['Commune de Laon', 'Certifié']],
      ['prefecture02', '/recrutement/candidatures', ['Commune de Laon', 'Favorable', 'En retard']],
      ['prefecture02', '/prefecture/tableau-de-bord', ['Quartiers prioritaires (QPV)']],
      ['prefecture80', '/recrutement/candidatures?avis=sans', [DEMO_STRUCTURES.association.nom]],
      ['anct', '/anct/comite', ['Session n° 1 du 24 février 2021', 'Session n° 2 du 17 mars 2021']],
      ['anct', '/anct/recrutements', ['Commune de Laon']],
      ['anct', '/anct/conventions?statut=A_SIGNER', ['CNFS-2021-']],
      ['anct', '/recrutement/avancement', ['Février 2021', 'Mars 2021', 'Par département']],
    ];
    t.clock.now = new Date();
    for (const [p, url, textes] of pages) {
      const cookie = await sessionCookieFor(t, p);
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, `${p} ${url}`).toBe(200);
      for (const texte of textes) expect(res.body, `${p} ${url} : ${texte}`).toContain(texte);
    }
  });

  it('ne recharge rien au démarrage suivant', async () => {
    const avant = await valeur(t, sql`select count(*)::int as n from candidats`);
    const b = await chargerRecrutementDemo({
      config: t.deps.config,
      database: t.database,
      now: new Date(),
      registry: t.deps.registry,
    });
    expect(b.deja).toBe(true);
    expect(await valeur(t, sql`select count(*)::int as n from candidats`)).toBe(avant);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatInscrit, structureValidee } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { enregistrerFormation } from '../mises-en-relation/enregistrer-formation.ts';
import { recruter } from '../mises-en-relation/recruter.ts';
import { selectionnerCandidat } from '../mises-en-relation/selectionner-candidat.ts';

/** A structure of the given commune validated with one post, and an adviser recruited there. */
async function conseillerRecrute(
  t: TestContext,
  lieu: { communeCode: string; latitude: string; longitude: string },
  noms: { structure: string; prenom: string; nom: string },
) {
  const s = await structureValidee(t, 1, { ...lieu, nom: noms.structure });
  const c = await candidatInscrit(t, { ...lieu, prenom: noms.prenom, nom: noms.nom });
  const sel = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, c.candidatId);
  if (!sel.ok) throw new Error(sel.error.message);
  const r = await recruter(contexteDe(t.deps, s.gestionnaire), sel.value.id, {
    type: 'CDD',
    dateDebut: '2021-04-01',
    dateFin: '2023-03-31',
    heuresHebdo: '35',
  });
  if (!r.ok) throw new Error(r.error.message);
  const f = await enregistrerFormation(contexteDe(t.deps, s.gestionnaire), sel.value.id, {
    organisme: 'Organisme de formation Picardie',
    dateDebut: '2021-04-06',
    certification: 'en_cours',
  });
  if (!f.ok) throw new Error(f.error.message);
  return s;
}

describe('préfecture : conseillers et conventions de son département', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-20T09:00:00Z');
    await conseillerRecrute(
      t,
      { communeCode: '02408', latitude: '49.5641', longitude: '3.6199' },
      { structure: 'Commune de Laon liste', prenom: 'Inès', nom: 'Aisnoise' },
    );
    await conseillerRecrute(
      t,
      { communeCode: '80021', latitude: '49.8941', longitude: '2.2958' },
      { structure: 'Commune d’Amiens liste', prenom: 'Hugo', nom: 'Samarien' },
    );
  });
  afterAll(() => t.close());

  it('la préfecture de l’Aisne voit ses conseillers (structure, contrat, formation), pas ceux de la Somme', async () => {
    const p02 = await sessionCookieFor(t, 'prefecture02');
    const res = await t.app.inject({
      method: 'GET',
      url: '/prefecture/conseillers',
      headers: { cookie: p02 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Conseillers numériques — Aisne (02)');
    expect(res.body).toContain('Inès Aisnoise');
    expect(res.body).toContain('Commune de Laon liste');
    expect(res.body).toContain('35 h par semaine');
    expect(res.body).toMatch(/du 1(er)? avril 2021 au 31 mars 2023/);
    expect(res.body).toContain('Organisme de formation Picardie');
    expect(res.body).not.toContain('Samarien');
    // The query string cannot widen the scope.
    const autre = await t.app.inject({
      method: 'GET',
      url: '/prefecture/conseillers?departement=80',
      headers: { cookie: p02 },
    });
    expect(autre.body).not.toContain('Samarien');
    const p80 = await sessionCookieFor(t, 'prefecture80');
    const somme = await t.app.inject({
      method: 'GET',
      url: '/prefecture/conseillers',
      headers: { cookie: p80 },
    });
    expect(somme.body).toContain('Hugo Samarien');
    expect(somme.body).not.toContain('Aisnoise');
  });

  it('la préfecture voit les conventions de son département seulement ; une structure n’y accède pas', async () => {
    const p02 = await sessionCookieFor(t, 'prefecture02');
    const res = await t.app.inject({
      method: 'GET',
      url: '/prefecture/conventions',
      headers: { cookie: p02 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Conventions — Aisne (02)');
    expect(res.body).toContain('Commune de Laon liste');
    expect(res.body).toMatch(/CNFS-2021-\d{6}/);
    expect(res.body).toContain('1 convention de financement pour les structures du département');
    expect(res.body).not.toContain('Amiens liste');
    const p80 = await sessionCookieFor(t, 'prefecture80');
    const somme = await t.app.inject({
      method: 'GET',
      url: '/prefecture/conventions',
      headers: { cookie: p80 },
    });
    expect(somme.body).toContain('Commune d’Amiens liste');
    expect(somme.body).not.toContain('Laon liste');
    const anct = await sessionCookieFor(t, 'anct');
    const refus = await t.app.inject({
      method: 'GET',
      url: '/prefecture/conventions',
      headers: { cookie: anct },
    });
    expect(refus.statusCode).toBe(403);
  });
});

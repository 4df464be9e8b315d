import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nouveauBeneficiaire, PROFIL_ANONYME, saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import type { SaisieActivite } from '../domain/saisie.ts';
import { enregistrerActivite } from './enregistrer-activite.ts';

const MARDI = new Date('2024-10-08T08:00:00Z');
let t: TestContext;
let cookie: string;
const ids: Record<string, string> = {};

async function enregistrer(personaKey: string, structureId: string, s: Partial<SaisieActivite>) {
  const acteur = await acteurPersona(t, personaKey);
  const r = await enregistrerActivite(
    contexteDe(t.deps, acteur),
    { structureId, conseillerId: persona(personaKey).id },
    saisieActivite(s),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MARDI;
  await seedLieuxDemo(t.deps.db, MARDI);
  cookie = await sessionCookieFor(t, 'conseiller');
  const laon = DEMO_STRUCTURES.laon.id;
  ids.ancienne = await enregistrer('conseiller', laon, { date: '2024-09-02', dureeMinutes: 90 });
  ids.nommee = await enregistrer('conseiller', laon, {
    date: '2024-10-01',
    dureeMinutes: 20,
    typeLieu: 'lieu_activite',
    lieuId: LIEUX_DEMO_GERES.laon,
    thematiquesNumeriques: ['sante'],
    thematiquesAdministratives: ['social'],
    orientation: 'medico_social',
    notes: 'Note privée',
    participants: [nouveauBeneficiaire('Jeanne', 'Martin')],
  });
  ids.atelier = await enregistrer('conseiller', laon, {
    type: 'collectif',
    date: '2024-10-07',
    titre: 'Découvrir sa boîte mail',
    niveau: 'debutant',
    autonomie: null,
    participants: Array.from({ length: 4 }, () => ({ sorte: 'anonyme' as const, profil: PROFIL_ANONYME })),
  });
  // The structure manager of the same structure records too: not the adviser's.
  ids.autre = await enregistrer('laon', laon, { date: '2024-10-05', notes: 'Celle de la gestionnaire' });
});
afterAll(() => t.close());

const voir = (url: string, c = cookie) => t.app.inject({ url, headers: { cookie: c } });

describe('mes activités', () => {
  it('liste les miennes seulement, les plus récentes d’abord, avec durée, personnes et thèmes', async () => {
    const res = await voir('/activite');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('3 activités');
    const ordre = [ids.atelier, ids.nommee, ids.ancienne].map((id) =>
      res.body.indexOf(`href="/activite/${id}"`),
    );
    expect(ordre.every((i) => i > 0)).toBe(true);
    expect([...ordre].sort((a, b) => a - b)).toEqual(ordre);
    expect(res.body).not.toContain(ids.autre);
    expect(res.body).toContain('1 h 30');
    expect(res.body).toContain('Santé, Social – Santé');
    expect(res.body).toContain('Découvrir sa boîte mail');
    expect(res.body).toContain('href="/activite/nouvelle"');
    expect(res.body).toContain(`/activite/collective/nouvelle?repeter=${ids.atelier}`);
  });

  it('filtre par période et par type (formulaire GET), et dit une date fausse', async () => {
    const periode = await voir('/activite?du=2024-09-15&au=2024-10-06');
    expect(periode.body).toContain('1 activité correspondant aux filtres');
    expect(periode.body).toContain(`/activite/${ids.nommee}"`);
    const type = await voir('/activite?type=collectif');
    expect(type.body).toContain('1 activité correspondant aux filtres');
    expect(type.body).toContain(`/activite/${ids.atelier}"`);
    const faux = await voir('/activite?du=2024-13-45&type=piratage');
    expect(faux.statusCode).toBe(200);
    expect(faux.body).toContain('Saisissez une date valide');
    expect(faux.body).toContain('Choisissez un type de la liste.');
  });

  it('pagine par 20', async () => {
    const laon = DEMO_STRUCTURES.laon.id;
    for (let i = 0; i < 18; i++) await enregistrer('conseiller', laon, { date: '2024-08-01' });
    const p1 = await voir('/activite');
    expect(p1.body).toContain('21 activités');
    expect(p1.body).toContain('href="/activite?page=2"');
    const p2 = await voir('/activite?page=2');
    expect(p2.body.match(/<tr>/g)?.length).toBe(2); // header + one row
  });

  it('le détail d’une des miennes : lieu, thèmes, personne nommée, bouton Répéter', async () => {
    const res = await voir(`/activite/${ids.nommee}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Jeanne Martin');
    expect(res.body).toContain('Note privée');
    expect(res.body).toContain('Premier accompagnement');
    expect(res.body).toContain(`href="/activite/nouvelle?repeter=${ids.nommee}"`);
  });

  it('l’activité d’une autre personne, même de ma structure : 404, rien ne fuit', async () => {
    for (const url of [
      `/activite/${ids.autre}`,
      '/activite/pas-un-id',
      '/activite/00000000-0000-4000-8000-000000000000',
    ]) {
      const res = await voir(url);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Celle de la gestionnaire');
    }
    const repeter = await voir(`/activite/nouvelle?repeter=${ids.autre}`);
    expect(repeter.body).toContain('introuvable parmi les vôtres');
    expect(repeter.body).not.toContain('Celle de la gestionnaire');
    const notice = await voir(`/activite?enregistree=${ids.autre}`);
    expect(notice.body).not.toContain('Activité enregistrée');
  });

  it.each(['prefecture02', 'anct'])('%s n’y a pas accès (403)', async (p) => {
    const c = await sessionCookieFor(t, p);
    for (const url of [
      '/activite',
      '/activite/nouvelle',
      '/activite/collective/nouvelle',
      `/activite/${ids.nommee}`,
    ]) {
      const res = await voir(url, c);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).not.toContain('Jeanne');
    }
  });

  it('une personne non connectée est renvoyée à la connexion ; la notice est publique', async () => {
    const res = await t.app.inject({ url: '/activite' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toContain('/connexion');
    const post = await t.app.inject({ method: 'POST', url: '/activite/nouvelle', payload: {} });
    expect([302, 403]).toContain(post.statusCode);
    const notice = await t.app.inject({ url: '/activite/notice' });
    expect(notice.statusCode).toBe(200);
    expect(notice.body).toContain('Vos droits');
  });

  it('la gestionnaire de la structure voit les siennes, pas celles du conseiller', async () => {
    const res = await voir('/activite', await sessionCookieFor(t, 'laon'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`/activite/${ids.autre}"`);
    expect(res.body).not.toContain(ids.nommee);
  });

  it('« Répéter » préremplit tout sauf la date (aujourd’hui) et les notes', async () => {
    t.clock.now = new Date('2024-10-08T22:30:00Z'); // already the 9th in Paris (UTC+2)
    const res = await voir(
      `/activite/nouvelle?repeter=${ids.nommee}`,
      await sessionCookieFor(t, 'conseiller'),
    );
    t.clock.now = MARDI;
    expect(res.statusCode, String(res.headers.location)).toBe(200);
    expect(res.body).toContain('value="2024-10-09"');
    expect(res.body).toMatch(/name="duree" value="autre" checked/);
    expect(res.body).toContain('value="20"');
    expect(res.body).toMatch(new RegExp(`name="ou" value="lieu:${LIEUX_DEMO_GERES.laon}" checked`));
    expect(res.body).toMatch(/name="qui" value="existant" checked/);
    expect(res.body).toMatch(/name="beneficiaireId" value="[0-9a-f-]{36}" checked/);
    expect(res.body).toContain('Jeanne Martin');
    expect(res.body).toMatch(/value="sante" checked/);
    expect(res.body).toMatch(/value="social" checked/);
    expect(res.body).toMatch(/value="medico_social" selected/);
    expect(res.body).not.toContain('Note privée');
  });

  it('la recherche sans JavaScript liste les personnes suivies qui correspondent, en boutons radio', async () => {
    const res = await voir('/activite/nouvelle?beneficiaire=martin');
    expect(res.body).toMatch(/name="qui" value="existant" checked/);
    expect(res.body).toMatch(/type="radio" id="[^"]+" name="beneficiaireId"/);
    expect(res.body).toContain('Jeanne Martin');
    const rien = await voir('/activite/nouvelle?beneficiaire=zorglub');
    expect(rien.body).toContain('Aucune personne suivie ne correspond');
    const autre = await voir('/activite/nouvelle?beneficiaire=martin', await sessionCookieFor(t, 'laon'));
    expect(autre.body).not.toContain('Jeanne Martin');
  });
});

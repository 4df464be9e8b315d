import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { accompagnements, activites, beneficiaires, evenementsAudit } from '../../../db/schema/index.ts';
import { persona } from '../../comptes/demo/personas.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';

const MARDI = new Date('2024-10-08T08:00:00Z');
let t: TestContext;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MARDI;
  await seedLieuxDemo(t.deps.db, MARDI);
  cookie = await sessionCookieFor(t, 'conseiller');
});
afterAll(() => t.close());

const PAGE = '/activite/nouvelle';
const valide = (extra: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  date: '2024-10-08',
  duree: '45',
  ou: `lieu:${LIEUX_DEMO_GERES.laon}`,
  qui: 'anonyme',
  genre: 'feminin',
  trancheAge: 'soixante_dix_plus',
  thematiquesNumeriques: ['email', 'navigation_sur_internet'],
  materiel: ['telephone'],
  autonomie: 'partiellement_autonome',
  orientation: '',
  notes: 'Créer une adresse',
  ...extra,
});

const poster = (champs: Record<string, string | string[]>) => posterFormulaire(t, cookie, PAGE, PAGE, champs);
const nombreActivites = async () => (await t.deps.db.select({ id: activites.id }).from(activites)).length;

let avant = 0;
beforeEach(async () => {
  avant = await nombreActivites();
});

describe('le formulaire d’accompagnement individuel', () => {
  it('s’affiche prérempli : date du jour à Paris, 30 min, personne anonyme, lieux de la structure', async () => {
    const res = await t.app.inject({ url: PAGE, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('value="2024-10-08"');
    expect(res.body).toMatch(/name="duree" value="30" checked/);
    expect(res.body).toMatch(/name="qui" value="anonyme" checked/);
    expect(res.body).toContain(`value="lieu:${LIEUX_DEMO_GERES.laon}"`);
    expect(res.body).toContain('autofocus');
    expect(res.body).toContain('href="/activite/notice"');
  });

  it('enregistre un accompagnement valide : une activité, un accompagnement, redirection 303', async () => {
    const res = await poster(valide());
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
    const id = /enregistree=([0-9a-f-]{36})/.exec(res.headers.location as string)?.[1];
    expect(id).toBeTruthy();
    const [a] = await t.deps.db.select().from(activites).where(eq(activites.id, id!));
    expect(a).toMatchObject({
      type: 'individuel',
      date: '2024-10-08',
      dureeMinutes: 45,
      typeLieu: 'lieu_activite',
      lieuId: LIEUX_DEMO_GERES.laon,
      conseillerId: persona('conseiller').id,
      thematiquesNumeriques: ['email', 'navigation_sur_internet'],
      autonomie: 'partiellement_autonome',
      notes: 'Créer une adresse',
    });
    const acc = await t.deps.db.select().from(accompagnements).where(eq(accompagnements.activiteId, id!));
    expect(acc).toHaveLength(1);
    const [b] = await t.deps.db
      .select()
      .from(beneficiaires)
      .where(eq(beneficiaires.id, acc[0]!.beneficiaireId));
    expect(b).toMatchObject({ anonyme: true, genre: 'feminin', trancheAge: 'soixante_dix_plus' });
    const liste = await t.app.inject({ url: res.headers.location as string, headers: { cookie: res.jar } });
    expect(liste.body).toContain('Activité enregistrée');
    expect(liste.body).toContain(`href="/activite/${id}"`);
  });

  it('une nouvelle personne nommée, avec son accord, durée libre et commune d’un autre lieu', async () => {
    const res = await poster(
      valide({
        duree: 'autre',
        dureeAutre: '75',
        ou: 'autre',
        commune: 'Laon (02000)',
        qui: 'nouveau',
        prenom: 'Jeanne',
        nom: 'Martin',
        courriel: 'jeanne@exemple.fr',
        anneeNaissance: '1950',
        consentement: 'oui',
      }),
    );
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
    const [b] = await t.deps.db.select().from(beneficiaires).where(eq(beneficiaires.nom, 'Martin'));
    expect(b).toMatchObject({
      prenom: 'Jeanne',
      anonyme: false,
      anneeNaissance: 1950,
      courriel: 'jeanne@exemple.fr',
    });
    expect(b!.consentementLe).not.toBeNull();
    const [a] = await t.deps.db
      .select()
      .from(activites)
      .where(eq(activites.id, /enregistree=(.+)$/.exec(res.headers.location as string)![1]!));
    expect(a).toMatchObject({ dureeMinutes: 75, typeLieu: 'autre', communeInsee: '02408' });
  });

  it.each([
    ['0 minute', { duree: 'autre', dureeAutre: '0' }, 'Saisissez une durée entre 1 et 720 minutes'],
    ['3 000 minutes', { duree: 'autre', dureeAutre: '3000' }, 'Saisissez une durée entre 1 et 720 minutes'],
    ['une date future', { date: '2024-10-09' }, 'La date ne peut pas être dans le futur.'],
    ['une date impossible', { date: '31/02/2024' }, 'Saisissez une date valide'],
    [
      'un thème forgé',
      { thematiquesNumeriques: ['piratage'] },
      'Une thématique numérique choisie n’existe pas.',
    ],
    ['aucun thème', { thematiquesNumeriques: [] }, 'Choisissez au moins une thématique.'],
    [
      'un lieu d’une autre structure',
      { ou: 'lieu:00000000-0000-4000-8000-00000000dead' },
      'Choisissez un des lieux de votre structure.',
    ],
    [
      'sans consentement',
      { qui: 'nouveau', prenom: 'Paul', nom: 'Durand' },
      'recueillez l’accord de la personne',
    ],
    [
      'un courriel faux',
      { qui: 'nouveau', prenom: 'Paul', nom: 'Durand', consentement: 'oui', courriel: 'paul@' },
      'adresse électronique valide',
    ],
    ['une commune inconnue', { ou: 'autre', commune: 'Zzzyxville' }, 'Aucune commune ne'],
    ['une commune démesurée', { ou: 'autre', commune: 'L'.repeat(5000) }, 'Saisissez le nom de la commune'],
    ['personne choisie', { qui: 'existant' }, 'Choisissez la personne dans la liste'],
    [
      'un suivi d’un autre',
      { qui: 'existant', beneficiaireId: '00000000-0000-4000-8000-00000000beef' },
      'n’est pas dans votre suivi',
    ],
  ])('refuse %s : page en erreur, message en français, rien d’écrit', async (_cas, champs, message) => {
    const res = await poster(valide(champs));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Le formulaire contient');
    expect(res.body).toContain(message);
    expect(await nombreActivites()).toBe(avant);
  });

  it('garde les valeurs saisies quand il y a une erreur', async () => {
    const res = await poster(valide({ date: '2030-01-01', notes: 'À garder' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('value="2030-01-01"');
    expect(res.body).toContain('À garder');
    expect(res.body).toMatch(/value="navigation_sur_internet" checked/);
    expect(res.body).not.toContain('autofocus');
  });

  it.each([
    ['une clé répétée', { duree: ['30', '45'] }, 'envoyé plusieurs fois'],
    ['un caractère de contrôle', { notes: 'a\u0000b' }, 'caractères invisibles'],
    ['un champ trop long', { notes: 'x'.repeat(20_001) }, 'dépasse 20'],
  ])('refuse %s en 400, rien d’écrit', async (_cas, champs, message) => {
    const res = await poster(valide(champs));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(await nombreActivites()).toBe(avant);
  });

  it('refuse un envoi sans jeton CSRF, rien d’écrit', async () => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(valide()))
      for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
    const res = await t.app.inject({
      method: 'POST',
      url: PAGE,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: params.toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(await nombreActivites()).toBe(avant);
  });

  it('le même formulaire envoyé deux fois (double clic) n’enregistre qu’une activité', async () => {
    const page = await t.app.inject({ url: PAGE, headers: { cookie } });
    const jeton = /name="jeton" value="([0-9a-f-]{36})"/.exec(page.body)?.[1];
    expect(jeton).toBeTruthy();
    const premier = await poster(valide({ jeton: jeton! }));
    const second = await poster(valide({ jeton: jeton! }));
    expect(premier.statusCode).toBe(303);
    expect(second.statusCode).toBe(303);
    expect(second.headers.location).toBe(premier.headers.location);
    expect(await nombreActivites()).toBe(avant + 1);
    // A new form is a new activity.
    expect((await poster(valide({ jeton: crypto.randomUUID() }))).statusCode).toBe(303);
    expect(await nombreActivites()).toBe(avant + 2);
  });

  it('le journal d’audit a une entrée par activité enregistrée', async () => {
    const journal = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'activite.enregistrement'));
    expect(journal.length).toBe(await nombreActivites());
  });
});

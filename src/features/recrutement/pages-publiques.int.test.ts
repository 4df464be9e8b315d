import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { donneesCandidat, donneesStructure } from '../../../tests/factories/recrutement.ts';
import { cookiesOf, createTestApp, csrfOf, type TestContext } from '../../../tests/helpers/app.ts';
import { candidats, candidaturesStructures, structures } from '../../db/schema/index.ts';

/** Posts a public form the way a browser does (urlencoded, with the page's CSRF token). */
async function poster(t: TestContext, url: string, champs: Record<string, string | string[]>) {
  const page = await t.app.inject({ method: 'GET', url });
  const cookie = cookiesOf(page);
  const params = new URLSearchParams();
  params.append('_csrf', csrfOf(page.body));
  for (const [k, v] of Object.entries(champs)) {
    for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  }
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: params.toString(),
  });
}

function formulaireStructure(over: Record<string, string> = {}): Record<string, string> {
  const d = donneesStructure() as Record<string, string>;
  const { communeCode: _c, ...reste } = d;
  return { ...reste, commune: 'Laon (02000)', communeCode: '02408', ...over };
}

describe('candidature publique d’une structure', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('affiche le formulaire accessible sans compte, avec le compteur de la motivation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/structures/candidature' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Accueillir des conseillers numériques</h1>');
    expect(res.body).toContain('name="siret"');
    expect(res.body).toContain('Intercommunalité (EPCI)');
    expect(res.body).toMatch(/2\s500 caractères au plus/u);
    expect(res.body).toContain('/static/compteur-caracteres.js');
    expect(res.body).toContain('data-commune-autocomplete');
  });

  it('crée la structure, sa candidature et le compte, ouvre la session et envoie le courriel', async () => {
    const champs = formulaireStructure({ nom: 'Mairie de Test-sur-Serre' });
    const res = await poster(t, '/structures/candidature', champs);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/structures/candidature/confirmation');
    const cookie = cookiesOf(res);
    const confirmation = await t.app.inject({
      method: 'GET',
      url: res.headers.location!,
      headers: { cookie },
    });
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.body).toContain('Mairie de Test-sur-Serre');
    expect(confirmation.body).toContain(champs.contactEmail);
    const [s] = await t.deps.db.select().from(structures).where(eq(structures.siret, champs.siret!));
    expect(s).toMatchObject({ departementCode: '02', communeCode: '02408', qpv: 'oui', zrr: true });
    const [c] = await t.deps.db
      .select()
      .from(candidaturesStructures)
      .where(eq(candidaturesStructures.structureId, s!.id));
    expect(c).toMatchObject({ statut: 'CREEE', postesDemandes: 2 });
    expect(t.mailer.sent.at(-1)).toMatchObject({ to: champs.contactEmail });
    // The new manager reaches its area.
    const espace = await t.app.inject({ method: 'GET', url: '/structure/candidature', headers: { cookie } });
    expect(espace.statusCode).toBe(200);
    expect(espace.body).toContain('Modifier la candidature');
  });

  it('refuse un SIRET dont la clé est fausse, en français, sans rien créer', async () => {
    const avant = await t.deps.db.select().from(structures);
    const res = await poster(t, '/structures/candidature', formulaireStructure({ siret: '21020408700018' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('la clé de contrôle est fausse');
    expect(res.body).toContain('aria-invalid="true"');
    expect(await t.deps.db.select().from(structures)).toHaveLength(avant.length);
  });

  it('signale un SIRET déjà inscrit (doublon)', async () => {
    const premier = formulaireStructure({ nom: 'Association Premier dépôt' });
    expect((await poster(t, '/structures/candidature', premier)).statusCode).toBe(303);
    const res = await poster(t, '/structures/candidature', formulaireStructure({ siret: premier.siret! }));
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Une structure avec ce SIRET est déjà inscrite');
    expect(res.body).toContain('Association Premier dépôt');
  });

  it('liste toutes les erreurs d’un formulaire vide et garde la saisie', async () => {
    const res = await poster(t, '/structures/candidature', {
      nom: 'Ma structure',
      motivation: 'x'.repeat(2501),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Le formulaire contient');
    expect(res.body).toContain('Indiquez le numéro SIRET.');
    expect(res.body).toContain('Choisissez le type de structure.');
    expect(res.body).toContain('2500 caractères au plus');
    expect(res.body).toContain('value="Ma structure"');
  });

  it('propose les communes homonymes quand la saisie est ambiguë (sans JavaScript)', async () => {
    const res = await poster(
      t,
      '/structures/candidature',
      formulaireStructure({ commune: 'Beaulieu', communeCode: '' }),
    );
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.body).toContain('Choisissez la commune');
    expect(res.body).toContain('type="radio"');
  });

  it('refuse un envoi sans jeton CSRF', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/structures/candidature',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(formulaireStructure()).toString(),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('candidature publique d’un conseiller', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  function formulaire(over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
    const d = donneesCandidat() as Record<string, string | string[]>;
    const { communeCode: _c, ...reste } = d;
    return { ...reste, commune: 'Laon (02000)', communeCode: '02408', diplome: 'non', ...over };
  }

  it('affiche le formulaire : rayons de mobilité, situations, consentement', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/candidature' });
    expect(res.statusCode).toBe(200);
    for (const texte of [
      '5 km',
      '100 km',
      'Sans limite',
      'En formation',
      'J’accepte que mes données',
      'niveau Pix',
    ] as const) {
      expect(res.body).toContain(texte);
    }
  });

  it('crée le candidat et son compte puis montre sa candidature', async () => {
    const champs = formulaire({
      situations: ['demandeur_emploi', 'en_formation'],
      rayonMobiliteKm: 'sans_limite',
    });
    const res = await poster(t, '/candidature', champs);
    expect(res.statusCode, res.body.match(/fr-error-text[^>]*>([^<]+)/g)?.join(' ')).toBe(303);
    expect(res.headers.location).toBe('/candidature/confirmation');
    const cookie = cookiesOf(res);
    const [c] = await t.deps.db
      .select()
      .from(candidats)
      .where(eq(candidats.email, champs.email as string));
    expect(c).toMatchObject({
      rayonMobiliteKm: null,
      situations: ['demandeur_emploi', 'en_formation'],
      statut: 'actif',
    });
    const page = await t.app.inject({ method: 'GET', url: '/candidat/candidature', headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sans limite');
    expect(page.body).toContain('Suspendre ma candidature');
  });

  it('exige au moins une situation, le consentement, et le nom du diplôme déclaré', async () => {
    const res = await poster(
      t,
      '/candidature',
      formulaire({ situations: [], consentement: '', diplome: 'oui', diplomeNom: '' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Cochez au moins une situation');
    expect(res.body).toContain('Vous devez accepter le traitement de vos données');
    expect(res.body).toContain('Indiquez le nom de votre diplôme');
  });

  it('refuse un rayon de mobilité hors de la liste', async () => {
    const res = await poster(t, '/candidature', formulaire({ rayonMobiliteKm: '30' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Choisissez un rayon de mobilité');
  });
});

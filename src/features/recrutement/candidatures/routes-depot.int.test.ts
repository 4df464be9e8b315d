import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { donneesStructure } from '../../../../tests/factories/recrutement.ts';
import { cookiesOf, createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulairePublic as poster } from '../../../../tests/helpers/formulaire-public.ts';
import { candidaturesStructures, structures } from '../../../db/schema/index.ts';

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

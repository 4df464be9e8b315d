import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { donneesCandidat } from '../../../../tests/factories/recrutement.ts';
import { cookiesOf, createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulairePublic as poster } from '../../../../tests/helpers/formulaire-public.ts';
import { candidats } from '../../../db/schema/index.ts';

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

  it('refuse un champ envoyé deux fois, sans rien enregistrer (les situations, elles, se répètent)', async () => {
    const champs = formulaire({ situations: ['demandeur_emploi', 'en_formation'] });
    const email = champs.email as string;
    const res = await poster(t, '/candidature', { ...champs, email: [email, `autre.${email}`] });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Ce champ a été envoyé plusieurs fois');
    expect(res.body).toContain('rien n’a été enregistré');
    const lignes = await t.deps.db.select().from(candidats).where(eq(candidats.email, email));
    expect(lignes).toEqual([]);
  });
});

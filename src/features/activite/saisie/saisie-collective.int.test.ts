import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nouveauBeneficiaire, saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { accompagnements, activites, beneficiaires } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { enregistrerActivite } from './enregistrer-activite.ts';

const MARDI = new Date('2024-10-08T08:00:00Z');
const PAGE = '/activite/collective/nouvelle';
let t: TestContext;
let cookie: string;
const suivis: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MARDI;
  await seedLieuxDemo(t.deps.db, MARDI);
  cookie = await sessionCookieFor(t, 'conseiller');
  const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
  for (const [prenom, nom] of [
    ['Jeanne', 'Martin'],
    ['Paul', 'Durand'],
  ]) {
    const r = await enregistrerActivite(
      ctx,
      { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id },
      saisieActivite({ participants: [nouveauBeneficiaire(prenom!, nom!)] }),
    );
    if (!r.ok) throw new Error(r.error.message);
    suivis.push(r.value.accompagnements[0]!.beneficiaireId);
  }
});
afterAll(() => t.close());

const valide = (extra: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  titre: 'Découvrir sa boîte mail',
  niveau: 'debutant',
  date: '2024-10-07',
  duree: '120',
  ou: `lieu:${LIEUX_DEMO_GERES.laon}`,
  thematiquesNumeriques: ['email'],
  materiel: ['ordinateur'],
  beneficiaireIds: suivis,
  genre_feminin: '3',
  genre_masculin: '2',
  age_soixante_dix_plus: '4',
  statut_retraite: '4',
  ...extra,
});
const poster = (champs: Record<string, string | string[]>) => posterFormulaire(t, cookie, PAGE, PAGE, champs);
const nombreActivites = async () => (await t.deps.db.select({ id: activites.id }).from(activites)).length;
let avant = 0;
beforeEach(async () => {
  avant = await nombreActivites();
});

describe('un atelier collectif saisi après coup', () => {
  it('le formulaire propose les personnes suivies à cocher et les comptes anonymes', async () => {
    const res = await t.app.inject({ url: PAGE, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/type="checkbox" id="[^"]+" name="beneficiaireIds"/);
    expect(res.body).toContain('Jeanne Martin');
    expect(res.body).toContain('name="age_soixante_dix_plus"');
  });

  it('écrit un accompagnement par participant : 2 nommés + 5 anonymes (le plus grand total)', async () => {
    const res = await poster(valide());
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
    const id = /enregistree=(.+)$/.exec(res.headers.location as string)![1]!;
    const [a] = await t.deps.db.select().from(activites).where(eq(activites.id, id));
    expect(a).toMatchObject({
      type: 'collectif',
      titre: 'Découvrir sa boîte mail',
      niveau: 'debutant',
      dureeMinutes: 120,
    });
    const gens = await t.deps.db
      .select({ b: beneficiaires })
      .from(accompagnements)
      .innerJoin(beneficiaires, eq(beneficiaires.id, accompagnements.beneficiaireId))
      .where(eq(accompagnements.activiteId, id));
    expect(gens).toHaveLength(7);
    const anonymes = gens.map((g) => g.b).filter((b) => b.anonyme);
    expect(anonymes).toHaveLength(5);
    expect(anonymes.filter((b) => b.genre === 'feminin')).toHaveLength(3);
    expect(anonymes.filter((b) => b.trancheAge === 'soixante_dix_plus')).toHaveLength(4);
    expect(anonymes.filter((b) => b.statutSocial === 'non_communique')).toHaveLength(1);
    // Repeat: the named people checked again, the counts given back.
    const repeter = await t.app.inject({ url: `${PAGE}?repeter=${id}`, headers: { cookie } });
    expect(repeter.body).toContain('value="Découvrir sa boîte mail"');
    for (const s of suivis) expect(repeter.body).toMatch(new RegExp(`value="${s}" checked`));
    expect(repeter.body).toMatch(/name="genre_feminin" type="number" value="3"/);
  });

  it.each([
    [
      '101 participants',
      { genre_feminin: '97' },
      'Un atelier compte au plus 100 participants : vous en indiquez 101.',
    ],
    ['un compte négatif ou faux', { age_douze_dix_huit: '-3' }, 'Saisissez un nombre entier entre 0 et 100.'],
    ['un compte énorme', { genre_masculin: '1000000' }, 'Saisissez un nombre entier entre 0 et 100.'],
    ['sans titre', { titre: ' ' }, 'Donnez un titre à l’atelier.'],
    [
      'sans participant',
      {
        beneficiaireIds: [],
        genre_feminin: '',
        genre_masculin: '',
        age_soixante_dix_plus: '',
        statut_retraite: '',
      },
      'Indiquez au moins un participant.',
    ],
    ['un niveau forgé', { niveau: 'expert' }, 'Choisissez un niveau de la liste.'],
    [
      'une personne d’un autre suivi',
      { beneficiaireIds: ['00000000-0000-4000-8000-00000000beef'] },
      'n’est pas dans votre suivi',
    ],
    ['0 minute', { duree: 'autre', dureeAutre: '0' }, 'Saisissez une durée entre 1 et 720 minutes'],
  ])('refuse %s : message en français, rien d’écrit', async (_cas, champs, message) => {
    const res = await poster(valide(champs));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(message);
    expect(await nombreActivites()).toBe(avant);
  });

  it('refuse un titre répété en 400, rien d’écrit', async () => {
    const res = await poster(valide({ titre: ['A', 'B'] }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('envoyé plusieurs fois');
    expect(await nombreActivites()).toBe(avant);
  });
});

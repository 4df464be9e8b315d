import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { activitePassCheques, activitePassStructures, activites } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES } from '../../comptes/demo/personas.ts';
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
const champs = (cheque: Record<string, string>) => ({
  date: '2024-10-08',
  duree: '30',
  ou: `lieu:${LIEUX_DEMO_GERES.laon}`,
  qui: 'anonyme',
  thematiquesNumeriques: ['email'],
  ...cheque,
});
const CHEQUE = {
  chequeNumero: 'AB 1234 5678',
  chequeEmetteur: 'APTIC',
  chequeValeur: '10',
  chequeValableJusquau: '2025-12-31',
};
const poster = (c: Record<string, string | string[]>) => posterFormulaire(t, cookie, PAGE, PAGE, c);
const compter = async () => ({
  activites: (await t.deps.db.select({ id: activites.id }).from(activites)).length,
  cheques: (await t.deps.db.select({ id: activitePassCheques.id }).from(activitePassCheques)).length,
});

describe('le chèque pass numérique dans le formulaire d’accompagnement', () => {
  it('n’apparaît que pour une structure qui accepte les chèques', async () => {
    expect((await t.app.inject({ url: PAGE, headers: { cookie } })).body).not.toContain(
      'name="chequeNumero"',
    );
    await t.deps.db
      .insert(activitePassStructures)
      .values({ structureId: DEMO_STRUCTURES.laon.id, accepte: true });
    expect((await t.app.inject({ url: PAGE, headers: { cookie } })).body).toContain('name="chequeNumero"');
  });

  it('enregistre l’activité et son chèque ensemble ; un chèque déjà utilisé annule tout', async () => {
    const avant = await compter();
    const res = await poster(champs(CHEQUE));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const id = /enregistree=([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
    const [c] = await t.deps.db
      .select()
      .from(activitePassCheques)
      .where(eq(activitePassCheques.activiteId, id));
    expect(c).toMatchObject({ numero: 'AB12345678', valeurCentimes: 1000 });
    expect(await compter()).toEqual({ activites: avant.activites + 1, cheques: avant.cheques + 1 });

    const encore = await poster(champs(CHEQUE));
    expect(encore.statusCode).toBe(422);
    expect(encore.body).toMatch(/déjà été utilisé|ne sert qu’une fois/);
    expect(encore.body).toContain('value="AB 1234 5678"');
    expect(await compter()).toEqual({ activites: avant.activites + 1, cheques: avant.cheques + 1 });
  });

  it('un chèque expiré ou incomplet : message en français sur son champ, rien d’écrit', async () => {
    const avant = await compter();
    const expire = await poster(
      champs({ ...CHEQUE, chequeNumero: 'ZZ99887766', chequeValableJusquau: '2024-01-31' }),
    );
    expect(expire.statusCode).toBe(422);
    expect(expire.body).toMatch(/n’était plus valable/);
    const incomplet = await poster(champs({ chequeNumero: 'ZZ99887766' }));
    expect(incomplet.statusCode).toBe(422);
    expect(incomplet.body).toContain('Indiquez l’émetteur du chèque');
    expect(await compter()).toEqual(avant);
  });
});

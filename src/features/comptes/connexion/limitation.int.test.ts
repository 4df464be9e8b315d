import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { submitLogin } from '../../../../tests/helpers/comptes.ts';
import { tentativesConnexion } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { DEMO_PASSWORD, persona } from '../demo/personas.ts';
import { purgeStaleAttempts } from './limitation.ts';

const MIN = 60_000;

describe('limitation des tentatives de connexion', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('bloque un compte après 5 échecs, de la même façon qu’il existe ou non', async () => {
    const existing = persona('laon').email;
    const unknown = 'inconnu-du-service@exemple.fr';
    const statuses = { existing: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 6; i++) {
      statuses.existing.push((await submitLogin(t, existing, `mauvais-${i}`)).res.statusCode);
      statuses.unknown.push((await submitLogin(t, unknown, `mauvais-${i}`)).res.statusCode);
    }
    expect(statuses.existing).toEqual([401, 401, 401, 401, 401, 429]);
    expect(statuses.unknown).toEqual(statuses.existing);

    // Locked: even the right password is refused, with a French page and the same message for both.
    const locked = await submitLogin(t, existing, DEMO_PASSWORD);
    const lockedUnknown = await submitLogin(t, unknown, DEMO_PASSWORD);
    expect(locked.res.statusCode).toBe(429);
    expect(locked.res.body).toContain('Trop de tentatives de connexion pour cette adresse');
    expect(locked.res.body).toContain('réessayez dans 15 minutes');
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '');
    expect(strip(locked.res.body)).toBe(strip(lockedUnknown.res.body));

    // The lock is per account: another one still logs in from the same place.
    expect((await submitLogin(t, persona('epci').email, DEMO_PASSWORD)).res.statusCode).toBe(303);

    // The lock is shared through the database (another process would see the same row).
    t.clock.now = new Date(t.clock.now.getTime() + 15 * MIN);
    const after = await submitLogin(t, existing, DEMO_PASSWORD);
    expect(after.res.statusCode).toBe(303);
  });

  it('la tâche de purge ne garde que les compteurs encore utiles', async () => {
    await submitLogin(t, 'purge@exemple.fr', 'mauvais');
    const keys = async () => (await t.deps.db.select().from(tentativesConnexion)).map((r) => r.cle);
    expect(await keys()).toContain('compte:purge@exemple.fr');
    expect(await purgeStaleAttempts(systemContext(t.deps, { now: t.clock.now }))).toBe(0);
    const plusTard = systemContext(t.deps, { now: new Date(t.clock.now.getTime() + 16 * MIN) });
    expect(await purgeStaleAttempts(plusTard)).toBeGreaterThan(0);
    expect(await keys()).not.toContain('compte:purge@exemple.fr');
  });

  it('limite aussi par adresse IP, sans rien révéler des comptes', async () => {
    const ip = '192.0.2.44';
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const { res } = await submitLogin(t, `essai-${i}@exemple.fr`, 'mauvais-mot-de-passe', { ip });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.body).toContain('Trop de tentatives en peu de temps');
        expect(res.body).toContain('lang="fr"');
      }
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Even a right password from that address waits; another address is not affected.
    expect((await submitLogin(t, persona('laon').email, DEMO_PASSWORD, { ip })).res.statusCode).toBe(429);
    expect(
      (await submitLogin(t, persona('laon').email, DEMO_PASSWORD, { ip: '192.0.2.45' })).res.statusCode,
    ).toBe(303);
  });
});

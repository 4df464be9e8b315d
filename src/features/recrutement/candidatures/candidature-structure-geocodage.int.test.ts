import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { donneesStructure } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { demarrerFauxBan, type FauxBan } from '../../../../tests/support/faux-ban.ts';
import { structures } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { candidaterStructure } from './candidater-structure.ts';

let t: TestContext;
let ban: FauxBan;
beforeAll(async () => {
  ban = await demarrerFauxBan();
  t = await createTestApp({ GEOCODAGE_URL: ban.url, GEOCODAGE_DELAI_MS: '300' });
  t.clock.now = new Date('2021-02-10T09:00:00Z');
});
afterAll(async () => {
  await t.close();
  await ban.close();
});
beforeEach(() => {
  ban.mode = 'normal';
  ban.requetes.length = 0;
});

async function position(structureId: string) {
  const [s] = await t.deps.db
    .select({
      latitude: structures.latitude,
      longitude: structures.longitude,
      p: structures.positionPrecision,
    })
    .from(structures)
    .where(eq(structures.id, structureId));
  return s;
}

describe('candidature d’une structure : position de son adresse', () => {
  it('sans coordonnées, l’adresse est géocodée par la BAN dans sa commune', async () => {
    const r = await candidaterStructure(
      systemContext(t.deps),
      donneesStructure({ adresse: '12 rue Sérurier', latitude: '', longitude: '' }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await position(r.value.structureId)).toEqual({
      latitude: 49.5661,
      longitude: 3.6171,
      p: 'adresse',
    });
    expect(ban.requetes[0]).toContain('citycode=02408');
  });

  it('service en panne : centre de la commune, précision « commune »', async () => {
    ban.mode = 'panne';
    const r = await candidaterStructure(
      systemContext(t.deps),
      donneesStructure({ adresse: '12 rue Sérurier', latitude: '', longitude: '' }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await position(r.value.structureId)).toEqual({ latitude: 49.5641, longitude: 3.62, p: 'commune' });
  });

  it('des coordonnées saisies sont gardées, sans appel au service', async () => {
    const r = await candidaterStructure(systemContext(t.deps), donneesStructure());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await position(r.value.structureId)).toEqual({
      latitude: 49.5641,
      longitude: 3.6199,
      p: 'saisie',
    });
    expect(ban.requetes).toHaveLength(0);
  });

  it('le formulaire public propose les adresses pendant la saisie', async () => {
    const res = await t.app.inject('/structures/candidature');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-adresse-autocomplete');
    expect(res.body).toContain('data-champ-code-insee="champ-communeCode"');
  });
});

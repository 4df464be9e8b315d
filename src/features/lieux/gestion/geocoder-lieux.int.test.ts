import { eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { runCli } from '../../../../tests/support/cli.ts';
import { demarrerFauxBan, type FauxBan } from '../../../../tests/support/faux-ban.ts';
import { tempDataDir } from '../../../../tests/support/serveur.ts';
import { evenementsAudit, lieux } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { centreCommune } from '../../territoires/index.ts';
import { geocoderLieux } from './geocoder-lieux.ts';

let t: TestContext;
let ban: FauxBan;
beforeAll(async () => {
  ban = await demarrerFauxBan();
  t = await createTestApp({ GEOCODAGE_URL: ban.url, GEOCODAGE_DELAI_MS: '300' });
});
afterAll(async () => {
  await t.close();
  await ban.close();
});
beforeEach(() => {
  ban.mode = 'normal';
  ban.requetes.length = 0;
});

/** Imported places without a position (as an import leaves them). */
async function importes(
  ...adresses: [adresse: string, codeInsee: string, codePostal: string, commune: string][]
) {
  const rows = await t.deps.db
    .insert(lieux)
    .values(
      adresses.map(([adresse, codeInsee, codePostal, commune], i) => ({
        pivot: '21020408700014',
        nom: `Lieu importé ${adresse} ${i}`,
        adresse,
        codeInsee,
        codePostal,
        commune,
        dateMaj: '2024-10-01',
      })),
    )
    .returning({ id: lieux.id });
  return rows.map((r) => r.id);
}

const positions = async (ids: string[]) =>
  Object.fromEntries(
    (
      await t.deps.db
        .select({ id: lieux.id, lat: lieux.latitude, lon: lieux.longitude, p: lieux.positionPrecision })
        .from(lieux)
        .where(inArray(lieux.id, ids))
    ).map((r) => [r.id, r]),
  );

describe('maillage lieux geocoder : lieux importés sans position, par lots', () => {
  it('géocode par le point CSV, replie sur le centre, compte les échecs ; une seconde passe ne refait rien', async () => {
    expect(await t.deps.db.select({ id: lieux.id }).from(lieux).where(isNull(lieux.latitude))).toEqual([]);
    expect(await centreCommune(t.deps.db, '02001')).toBeNull();
    const [a, b, c] = await importes(
      ['12 rue Sérurier', '02408', '02000', 'Laon'],
      ['Chemin introuvable', '02408', '02000', 'Laon'],
      ['1 rue de l’Église', '02001', '02300', 'Abbécourt'],
    );
    const etapes: [number, number][] = [];
    const bilan = await geocoderLieux(systemContext(t.deps), {
      taille: 2,
      progression: (f, total) => etapes.push([f, total]),
    });
    expect(bilan).toEqual({ total: 3, geocodes: 1, replis: 1, echecs: 1, lotsIndisponibles: 0 });
    expect(etapes).toEqual([
      [2, 3],
      [3, 3],
    ]);
    expect(ban.requetes).toEqual(['/search/csv/', '/search/csv/']);
    const p = await positions([a!, b!, c!]);
    expect(p[a!]).toMatchObject({ lat: 49.5661, lon: 3.6171, p: 'adresse' });
    expect(p[b!]).toMatchObject({ lat: 49.5641, lon: 3.62, p: 'commune' });
    expect(p[c!]).toMatchObject({ lat: null, p: null });
    const audits = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'lieux.geocodage'));
    expect(audits).toHaveLength(2);

    const encore = await geocoderLieux(systemContext(t.deps), { taille: 2 });
    expect(encore).toEqual({ total: 1, geocodes: 0, replis: 0, echecs: 1, lotsIndisponibles: 0 });
    expect(await positions([a!, b!])).toEqual({ [a!]: p[a!], [b!]: p[b!] });
    await t.deps.db.delete(lieux).where(eq(lieux.id, c!));
  });

  it('service en panne : centre de la commune, ou rien avec « sans repli » ; --approximatives reprend ensuite', async () => {
    const [a] = await importes(['2 rue Sérurier', '02408', '02000', 'Laon']);
    ban.mode = 'panne';
    const sansRepli = await geocoderLieux(systemContext(t.deps), { taille: 10, sansRepli: true });
    expect(sansRepli).toEqual({ total: 1, geocodes: 0, replis: 0, echecs: 1, lotsIndisponibles: 1 });
    expect((await positions([a!]))[a!]).toMatchObject({ lat: null });
    const repli = await geocoderLieux(systemContext(t.deps), { taille: 10 });
    expect(repli).toMatchObject({ replis: 1, lotsIndisponibles: 1 });
    expect((await positions([a!]))[a!]).toMatchObject({ p: 'commune' });
    ban.mode = 'normal';
    const reprise = await geocoderLieux(systemContext(t.deps), { taille: 10, approximatives: true });
    expect(reprise.geocodes).toBeGreaterThanOrEqual(1);
    expect((await positions([a!]))[a!]).toMatchObject({ lat: 49.5652, p: 'adresse' });
  });

  it('la commande est déclarée et refuse une taille invalide en français', async () => {
    const dir = tempDataDir('maillage-geocoder-');
    const aide = await runCli(dir, ['lieux', 'geocoder', '--help'], 60_000);
    expect(aide.stdout).toContain('Base Adresse');
    expect(aide.stdout).toContain('--taille');
    const mauvais = await runCli(dir, ['lieux', 'geocoder', '--taille', 'abc'], 60_000);
    expect(mauvais.code).toBe(1);
    expect(mauvais.stderr).toContain('--taille doit être un nombre entier entre 1 et 1000.');
  }, 130_000);
});

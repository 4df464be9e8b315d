import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXEMPLE_OFFICIEL } from '../../../../tests/fixtures/lieux/standard.ts';
import { JSON_V0 } from '../../../../tests/fixtures/lieux/v0.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { multipart } from '../../../../tests/helpers/multipart.ts';
import { lieux, lieuxProvenances } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { executerTachesEnAttente } from '../../../platform/taches/travailleur.ts';
import { resoudreFormat } from './formats.ts';
import { importerLieux } from './importer.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

function importer(contenu: string | Buffer, format: string, source: string, fichier = 'lieux.json') {
  const f = resoudreFormat(format);
  if (!f.ok) throw new Error(f.message);
  return importerLieux(systemContext(t.deps), {
    source,
    fichier,
    contenu: Buffer.isBuffer(contenu) ? contenu : Buffer.from(contenu),
    format: f.format,
    simulation: false,
  });
}

async function servicesDe(source: string) {
  const rows = await t.deps.db
    .select({ services: lieux.services })
    .from(lieux)
    .innerJoin(lieuxProvenances, eq(lieuxProvenances.lieuId, lieux.id))
    .where(eq(lieuxProvenances.source, source));
  return rows.map((r) => r.services);
}

describe('automatic format (issue 8, defect 10)', () => {
  it('imports a v0 file with its services, says which format and why', async () => {
    const r = await importer(JSON_V0(), 'automatique', 'auto-v0');
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    if (!r.ok) return;
    expect(r.value.rapport).toMatchObject({ format: 'v0', crees: 3, rejetes: 0 });
    expect(r.value.rapport.detection).toContain('ancien standard v0');
    expect(r.value.rapport.anomalies.filter((a) => a.champ === 'services')).toEqual([]);
    expect(await servicesDe('auto-v0')).toEqual(
      Array(3).fill([
        'Aide aux démarches administratives',
        'Maîtrise des outils numériques du quotidien',
        'Insertion professionnelle via le numérique',
      ]),
    );
  });

  it('(the defect) the same file read as v1 loses its services', async () => {
    const r = await importer(JSON_V0(), 'v1', 'force-v1');
    expect(r.ok && r.value.rapport.anomalies.some((a) => a.champ === 'services')).toBe(true);
  });

  it('refuses an uncertain file with a French message, importing nothing', async () => {
    const melange = JSON.stringify([{ ...EXEMPLE_OFFICIEL, conditions_acces: 'Gratuit' }]);
    const r = await importer(melange, 'automatique', 'incertain');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'format_incertain' });
    expect(!r.ok && r.error.message).toContain('Choisissez le format');
    expect(await servicesDe('incertain')).toEqual([]);
  });
});

describe('upload page with the automatic format', () => {
  async function envoyer(champs: Record<string, string>, contenu: string) {
    const anct = await sessionCookieFor(t, 'anct');
    const { csrf, cookie } = await formSession(t, anct, '/admin/lieux/import');
    const corps = multipart({ _csrf: csrf, ...champs }, [{ champ: 'fichier', nom: 'lieux.json', contenu }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/lieux/import',
      headers: { cookie, 'content-type': corps['content-type'] },
      payload: corps.payload,
    });
    expect(res.statusCode).toBe(303);
    await executerTachesEnAttente(t.deps, t.deps.registry.taches);
    return t.app.inject({ method: 'GET', url: res.headers.location as string, headers: { cookie: anct } });
  }

  it('offers "automatique" first and selected', async () => {
    const anct = await sessionCookieFor(t, 'anct');
    const page = await t.app.inject({ method: 'GET', url: '/admin/lieux/import', headers: { cookie: anct } });
    expect(page.body).toMatch(/<option value="automatique" selected[^>]*>Automatique/);
  });

  it('shows the detected format and its reasons in the report', async () => {
    const page = await envoyer({ source: 'Hub page' }, JSON_V0());
    expect(page.body).toContain('Rapport d’import');
    expect(page.body).toContain('Format choisi automatiquement : ancien standard v0');
  });

  it('asks for the format on the form when a small file is uncertain (nothing is stored)', async () => {
    const anct = await sessionCookieFor(t, 'anct');
    const { csrf, cookie } = await formSession(t, anct, '/admin/lieux/import');
    const contenu = JSON.stringify([{ ...EXEMPLE_OFFICIEL, conditions_acces: 'Gratuit' }]);
    const corps = multipart({ _csrf: csrf, source: 'Hub incertain', format: 'automatique' }, [
      { champ: 'fichier', nom: 'lieux.json', contenu },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/lieux/import',
      headers: { cookie, 'content-type': corps['content-type'] },
      payload: corps.payload,
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Format incertain');
    expect(res.body).toContain('fr-select--error');
    expect(await executerTachesEnAttente(t.deps, t.deps.registry.taches)).toBe(0);
  });
});

// ../shared beside the repository (or beside the worktrees' folder).
const PACA =
  ['../../../../../shared', '../../../../../../shared']
    .map((d) => path.resolve(import.meta.dirname, d, 'data/client-application/20230516-hub-du-sud-paca.json'))
    .find((f) => existsSync(f)) ?? '';

describe.skipIf(PACA === '')('the PACA hub v0 file of ../shared', () => {
  it('imported with the default format keeps its services', { timeout: 180_000 }, async () => {
    const r = await importer(readFileSync(PACA), 'automatique', 'reel:paca-auto', 'paca.json');
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    if (!r.ok) return;
    expect(r.value.rapport.format).toBe('v0');
    expect(r.value.rapport.anomalies.filter((a) => a.champ === 'services')).toEqual([]);
    const services = await servicesDe('reel:paca-auto');
    expect(services.length).toBeGreaterThan(700);
    expect(services.filter((s) => s.length > 0).length / services.length).toBeGreaterThan(0.95);
  });
});

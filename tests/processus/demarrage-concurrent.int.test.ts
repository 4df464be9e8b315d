/**
 * Several processes on one PostgreSQL start together (rolling deploy, `systemctl start maillage@{1..4}`):
 * the startup tasks (migrations, reference data, demo seed) must run once, not collide. PostgreSQL only.
 */
import { rmSync } from 'node:fs';
import { count } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/client.ts';
import { communes, utilisateurs } from '../../src/db/schema/index.ts';
import { registre } from '../../src/features/index.ts';
import { runStartup } from '../../src/platform/startup.ts';
import { tempDataDir } from '../support/serveur.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const NOM = 'maillage_demarrage_concurrent';

describe.skipIf(!adminUrl)('démarrage simultané de plusieurs processus sur PostgreSQL', () => {
  const url = adminUrl ? Object.assign(new URL(adminUrl), { pathname: `/${NOM}` }).toString() : '';

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${NOM} WITH (FORCE)`);
    await admin.end();
  });

  it('trois démarrages en même temps sur une base vide réussissent et chargent une seule fois', async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${NOM} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${NOM}`);
    await admin.end();

    const dataDir = tempDataDir();
    const config = loadConfig({ MODE: 'demo', DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS: 'off' });
    const bases = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ databaseUrl: url, dataDir: '', role: 'test', poolSize: 3 })),
    );
    try {
      const resultats = await Promise.allSettled(
        bases.map((database) =>
          runStartup({
            config,
            database,
            now: new Date(),
            log: () => {},
            golden: true,
            registry: registre(),
          }),
        ),
      );
      const echecs = resultats.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
      expect(echecs).toEqual([]);
      const [c] = await bases[0]!.db.select({ n: count() }).from(communes);
      expect(c!.n).toBeGreaterThanOrEqual(34_900);
      const [u] = await bases[0]!.db.select({ n: count() }).from(utilisateurs);
      expect(u!.n).toBe(10);
    } finally {
      await Promise.all(bases.map((b) => b.close()));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});

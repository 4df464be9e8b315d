import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/env.ts';
import type { Database } from '../../src/db/client.ts';
import { registre } from '../../src/features/index.ts';
import { buildApp } from '../../src/platform/http/app.tsx';
import type { AppDeps } from '../../src/platform/http/deps.ts';
import { avantDelai, createTestDatabase } from './db.ts';
import { createMemoryMailer } from './mailer.ts';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  deps: AppDeps;
  mailer: ReturnType<typeof createMemoryMailer>;
  /** Moves the test clock. */
  clock: { now: Date };
  close(): Promise<void>;
}

/** An in-process app on a fresh copy of the golden database. */
export async function createTestApp(
  env: Record<string, string> = {},
  /** Registered before the features (e.g. an onRoute hook that lists the routes). */
  avant?: (app: FastifyInstance) => void,
): Promise<TestContext> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'maillage-test-'));
  const config = loadConfig({ MODE: 'demo', DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS: 'off', ...env });
  const mailer = createMemoryMailer();
  const clock = { now: new Date() };
  const deps: AppDeps = {
    config,
    db: database.db,
    engine: database.engine,
    mailer,
    now: () => clock.now,
    registry: registre(),
  };
  const app = await buildApp(deps, avant ? [avant] : []);
  await app.ready();
  return {
    app,
    database,
    deps,
    mailer,
    clock,
    close: async () => {
      // Bounded, like the database's own close (see tests/helpers/db.ts): a teardown never hangs a run.
      if (!(await avantDelai(app.close(), 10_000)))
        console.warn('[tests] le serveur ne se ferme pas en 10 s');
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Cookies set by a response, as a header value for the next request. */
export function cookiesOf(res: LightMyRequestResponse, previous = ''): string {
  const jar = new Map<string, string>();
  for (const part of previous.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k) jar.set(k, v.join('='));
  }
  for (const c of res.cookies) {
    if (c.value === '' || (c.maxAge !== undefined && c.maxAge <= 0)) jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** The CSRF token of the first form in a page. */
export function csrfOf(html: string): string {
  const m = html.match(/name="_csrf" value="([^"]+)"/);
  if (!m) throw new Error('aucun jeton CSRF dans la page');
  return m[1]!;
}

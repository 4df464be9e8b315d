/**
 * The embedded database with real processes: one process at a time, clean shutdown on SIGTERM/SIGINT,
 * recovery after kill -9. Slow (each first start builds the database); PGlite only.
 */
import { existsSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { communes, departements, epcis, utilisateurs } from '../../src/db/schema/index.ts';
import { DEMO_PASSWORD } from '../../src/features/comptes/demo/personas.ts';
import { runCli } from '../support/cli.ts';
import { Navigateur } from '../support/http.ts';
import {
  childEnv,
  freePort,
  type RunningServer,
  spawnNode,
  spawnServer,
  startServer,
  tempDataDir,
} from '../support/serveur.ts';

const LONG = 300_000;
const require = createRequire(import.meta.url);
const cog = (file: string) => require(`@etalab/decoupage-administratif/data/${file}`) as { type?: string }[];

function lockOf(dataDir: string): { pid: number; role: string } | null {
  const file = path.join(dataDir, 'maillage.lock');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { pid: number; role: string }) : null;
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string, everyMs = 50) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`délai dépassé : ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

async function laonFound(server: RunningServer): Promise<boolean> {
  const res = await fetch(`${server.url}/api/v1/communes?q=laon`);
  const body = (await res.json()) as { data: { code: string }[] };
  return body.data[0]?.code === '02408';
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('base embarquée avec de vrais processus', () => {
  const dataDir = tempDataDir('maillage-processus-');
  let server: RunningServer | undefined;

  afterAll(async () => {
    await server?.stop(5000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'redémarre après un kill -9 pendant la création de la base puis pendant le chargement de la géographie',
    async () => {
      // 1. Killed while PGlite writes the new cluster's files (PG_VERSION is among the first written).
      const creating = spawnNode(['tests/support/ouvrir-base.ts', dataDir], childEnv(dataDir));
      await new Promise<void>((resolve, reject) => {
        // fs.watch reacts within the copy itself; polling usually wakes up too late to catch it.
        const watcher = watch(dataDir, { recursive: true }, (_event, name) => {
          if (name?.endsWith('PG_VERSION')) {
            creating.child.kill('SIGKILL');
            watcher.close();
            resolve();
          }
        });
        void creating.exited.then(() => reject(new Error(`arrêté trop tôt :\n${creating.output()}`)));
      });
      creating.child.kill('SIGKILL');
      expect(await creating.exited).toBe('SIGKILL');

      // 2. Killed while the reference geography loads.
      const first = spawnServer(dataDir, { port: await freePort() });
      await waitFor(() => first.output().includes('migrations :'), LONG, 'fin des migrations');
      await new Promise((r) => setTimeout(r, 800));
      const pid = first.child.pid!;
      expect(lockOf(dataDir)?.pid).toBe(pid);
      first.child.kill('SIGKILL');
      expect(await first.exited, first.output()).toBe('SIGKILL');
      // The lock of the dead process is still on disk: the next start must take it over.
      expect(lockOf(dataDir)?.pid).toBe(pid);

      server = await startServer(dataDir, { timeoutMs: LONG });
      expect(lockOf(dataDir)?.pid).toBe(server.child.pid);
      expect(await laonFound(server)).toBe(true);
      expect(readdirSync(dataDir).filter((n) => n.startsWith('pgdata.creation-'))).toEqual([]);
    },
    LONG * 3,
  );

  it(
    'refuse clairement une commande maillage pendant que le serveur tient la base, sans attendre',
    async () => {
      const result = await runCli(dataDir, ['db', 'migrate'], 60_000);
      expect(result.timedOut).toBe(false);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('est déjà utilisée par un autre processus Maillage');
      expect(result.stderr).toContain(`PID ${server!.child.pid}`);
      expect(result.stderr).toContain('DATABASE_URL');
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      // The server is untouched.
      expect((await fetch(`${server!.url}/readyz`)).status).toBe(200);
      expect(lockOf(dataDir)?.pid).toBe(server!.child.pid);
    },
    LONG,
  );

  it(
    'repart après un kill -9 du serveur en service, données intactes (y compris la session ouverte juste avant)',
    async () => {
      // A write made by the live server: the session row of a login through the form.
      const navigateur = new Navigateur(server!.url);
      await navigateur.login('anct@demo.maillage.fr', DEMO_PASSWORD);
      expect((await navigateur.get('/espace')).status).toBe(200);

      server!.child.kill('SIGKILL');
      expect(await server!.exited).toBe('SIGKILL');
      server = await startServer(dataDir, { timeoutMs: LONG });
      const apres = new Navigateur(server.url);
      for (const [k, v] of navigateur.cookies) apres.cookies.set(k, v);
      const espace = await apres.get('/espace');
      expect(espace.status).toBe(200);
      expect(await espace.text()).toContain('Claire');
      expect(await laonFound(server)).toBe(true);
      const res = await fetch(`${server.url}/api/v1/communes?q=saint%20etienne`);
      expect(((await res.json()) as { data: { code: string }[] }).data[0]?.code).toBe('42218');
    },
    LONG,
  );

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s arrête le serveur proprement (code 0, verrou libéré)',
    async (signal) => {
      server ??= await startServer(dataDir, { timeoutMs: LONG });
      const running = server;
      running.child.kill(signal);
      const code = await Promise.race([
        running.exited,
        new Promise((r) => setTimeout(() => r('toujours en cours après 30 s'), 30_000)),
      ]);
      expect(code, running.output()).toBe(0);
      expect(running.output()).toContain(`${signal} reçu : arrêt propre`);
      expect(running.output()).toContain('arrêté.');
      expect(lockOf(dataDir)).toBeNull();
      server = undefined;
    },
    LONG,
  );

  it(
    'après l’arrêt, la commande maillage prend la base et les données sont complètes',
    async () => {
      const result = await runCli(dataDir, ['db', 'migrate'], LONG);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Base de données à jour.');
      expect(lockOf(dataDir)).toBeNull();

      const database = await openDatabase({ dataDir, role: 'tests' });
      try {
        const [c] = await database.db.select({ n: count() }).from(communes);
        const [d] = await database.db.select({ n: count() }).from(departements);
        const [e] = await database.db.select({ n: count() }).from(epcis);
        const [u] = await database.db.select({ n: count() }).from(utilisateurs);
        // Exactly the reference dataset: nothing lost, nothing duplicated by the interrupted first load.
        const actuelles = cog('communes.json').filter((x) => x.type === 'commune-actuelle').length;
        expect(actuelles).toBeGreaterThanOrEqual(34_900);
        expect(c!.n).toBe(actuelles);
        expect(d!.n).toBe(cog('departements.json').length);
        expect(e!.n).toBe(cog('epci.json').length);
        expect(u!.n).toBeGreaterThanOrEqual(10);
      } finally {
        await database.close();
      }
      expect(lockOf(dataDir)).toBeNull();
    },
    LONG,
  );
});

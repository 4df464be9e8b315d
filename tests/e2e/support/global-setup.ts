import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { demarrerFauxBan } from '../../support/faux-ban.ts';
import { startServer, tempDataDir } from '../../support/serveur.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's DATA_DIR: journeys read the e-mails it wrote in DATA_DIR/outbox. */
    dataDir: string;
  }
}

/**
 * One real server for every browser test: `node --import tsx src/main.ts` in demo mode, on a free port,
 * with a fresh DATA_DIR (the first start builds the database, geography and personas included), and a
 * local server in the BAN's format as its address service (tests/support/faux-ban.ts).
 */
export default async function setup(project: TestProject) {
  const dataDir = tempDataDir('maillage-e2e-');
  const started = Date.now();
  // The national address service, played by a local server speaking its format (nothing leaves).
  const ban = await demarrerFauxBan();
  // Every journey logs in from 127.0.0.1: the per-IP login limit would stop the later ones.
  const server = await startServer(dataDir, {
    timeoutMs: 600_000,
    env: { LIMITE_CONNEXIONS_IP: '1000', GEOCODAGE_URL: ban.url },
  });
  console.log(
    `[e2e] serveur prêt en ${Math.round((Date.now() - started) / 1000)} s sur ${server.url} (${dataDir})`,
  );
  project.provide('baseUrl', server.url);
  project.provide('dataDir', dataDir);
  return async () => {
    const code = await server.stop();
    if (code !== 0) console.error(`[e2e] arrêt du serveur : code ${code}\n${server.output()}`);
    await ban.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

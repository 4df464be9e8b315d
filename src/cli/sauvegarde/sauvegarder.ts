import { statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/env.ts';
import { sauvegarderEmbarquee } from './base-embarquee.ts';
import { sauvegarderPostgres } from './base-postgres.ts';
import { ecrireAtomiquement } from './ecriture-atomique.ts';
import type { FormatSauvegarde } from './format-sauvegarde.ts';

export interface BilanSauvegarde {
  fichier: string;
  moteur: FormatSauvegarde;
  octets: number;
  ms: number;
}

/**
 * `maillage db sauvegarder FICHIER`: a complete, consistent backup of the configured database —
 * `pg_dump --format=custom` on PostgreSQL, PGlite's data dir tarball on the embedded one.
 */
export async function sauvegarder(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'pgBin'>,
  fichier: string,
  options: { ecraser?: boolean } = {},
): Promise<BilanSauvegarde> {
  const cible = path.resolve(fichier);
  const debut = performance.now();
  const { databaseUrl } = config;
  await ecrireAtomiquement(cible, options.ecraser ?? false, (temporaire) =>
    databaseUrl
      ? sauvegarderPostgres(databaseUrl, config.pgBin, temporaire)
      : sauvegarderEmbarquee(config.dataDir, temporaire),
  );
  return {
    fichier: cible,
    moteur: databaseUrl ? 'postgres' : 'pglite',
    octets: statSync(cible).size,
    ms: performance.now() - debut,
  };
}

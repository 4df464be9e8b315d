/**
 * Import and export benchmark of the places registry (part of npm run bench:lieux): generates N rows of
 * the national standard (30,000 by default), imports them into an in-memory PGlite (or DATABASE_URL),
 * imports them again (nothing must change), then exports the registry as standard CSV.
 * Targets (issue 3): import < 15 s, CSV export < 5 s.
 *
 * LIEUX=30000 node --import tsx tests/bench/lieux-import.ts
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config/env.ts';
import { type Database, openDatabase, openMemoryDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { exporter } from '../../src/features/lieux/export/formats.ts';
import { lieuxPublies } from '../../src/features/lieux/export/repo.ts';
import { resoudreFormat } from '../../src/features/lieux/import/formats.ts';
import { importerLieux } from '../../src/features/lieux/import/importer.ts';
import { systemContext } from '../../src/platform/context.ts';
import { buildRegistry } from '../../src/platform/module/registry.ts';
import { csvStandard, lignesGenerees } from '../fixtures/lieux/standard.ts';
import { createMemoryMailer } from '../helpers/mailer.ts';

export interface ChiffresImportExport {
  lieux: number;
  importS: number;
  /** CPU time of the process during the import: what the wall time would be on an idle machine. */
  importCpuS: number;
  reimportS: number;
  exportCsvS: number;
  exportCsvCpuS: number;
  exportMo: number;
}

export const CIBLE_IMPORT_S = 15;
export const CIBLE_EXPORT_S = 5;

async function base(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    const database = await openDatabase({
      databaseUrl: process.env.DATABASE_URL,
      dataDir: '',
      role: 'bench',
    });
    await migrateDatabase(database);
    await database.db.execute(sql`delete from lieux`);
    return database;
  }
  const database = await openMemoryDatabase();
  await migrateDatabase(database);
  return database;
}

function secondes(debut: number): number {
  return (performance.now() - debut) / 1000;
}

function cpu(debut: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(debut);
  return (d.user + d.system) / 1e6;
}

/** Runs the import/export benchmark, prints the figures and returns them. */
export async function benchImportExport(
  nombre = Number(process.env.LIEUX ?? 30_000),
): Promise<ChiffresImportExport> {
  const database = await base();
  try {
    const format = resoudreFormat('v1');
    if (!format.ok) throw new Error(format.message);
    const contenu = Buffer.from(csvStandard(lignesGenerees(nombre, 'bench')));
    console.log(
      `Import et export de lieux : ${nombre.toLocaleString('fr-FR')} lignes au standard v1.0.2 (${(contenu.length / 1024 / 1024).toFixed(1)} Mo, base ${database.engine})`,
    );
    const deps = {
      config: loadConfig({
        MODE: 'demo',
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-')),
        LOG_LEVEL: 'silent',
        JOBS: 'off',
      }),
      db: database.db,
      engine: database.engine,
      mailer: createMemoryMailer(),
      now: () => new Date(),
      registry: buildRegistry([]),
    };
    const importer = () =>
      importerLieux(systemContext(deps), {
        source: 'bench',
        fichier: 'bench.csv',
        contenu,
        format: format.format,
        simulation: false,
      });

    let debut = performance.now();
    let debutCpu = process.cpuUsage();
    const premier = await importer();
    const importS = secondes(debut);
    const importCpuS = cpu(debutCpu);
    if (!premier.ok) throw new Error(premier.error.message);
    const r = premier.value.rapport;
    if (r.crees !== nombre || r.rejetes !== 0)
      throw new Error(`import inattendu : ${JSON.stringify({ ...r, rejets: r.rejets.slice(0, 3) })}`);

    debut = performance.now();
    const second = await importer();
    const reimportS = secondes(debut);
    if (!second.ok || second.value.rapport.inchanges !== nombre)
      throw new Error('le second import a modifié des lieux');

    debut = performance.now();
    debutCpu = process.cpuUsage();
    let octets = 0;
    let lignes = 0;
    for await (const morceau of exporter(lieuxPublies(database.db), 'csv')) {
      octets += Buffer.byteLength(morceau);
      lignes += morceau.split('\n').length - 1;
    }
    const exportCsvS = secondes(debut);
    const exportCsvCpuS = cpu(debutCpu);
    if (lignes !== nombre + 1) throw new Error(`export inattendu : ${lignes} lignes`);

    const chiffres = {
      lieux: nombre,
      importS,
      importCpuS,
      reimportS,
      exportCsvS,
      exportCsvCpuS,
      exportMo: octets / 1024 / 1024,
    };
    const verdict = (v: number, cible: number) =>
      v < cible ? `OK (< ${cible} s)` : `TROP LENT (cible ${cible} s)`;
    console.log(
      `  import (validation, upsert par lots, doublons) : ${importS.toFixed(1)} s (CPU ${importCpuS.toFixed(1)} s)   ${verdict(importS, CIBLE_IMPORT_S)}`,
    );
    console.log(`  second import identique (0 modification)      : ${reimportS.toFixed(1)} s`);
    console.log(
      `  export CSV (${chiffres.exportMo.toFixed(1)} Mo)                          : ${exportCsvS.toFixed(1)} s (CPU ${exportCsvCpuS.toFixed(1)} s)   ${verdict(exportCsvS, CIBLE_EXPORT_S)}`,
    );
    const [charge] = os.loadavg();
    if ((charge ?? 0) > os.availableParallelism()) {
      console.log(
        `  attention : machine chargée (charge ${charge?.toFixed(1)} pour ${os.availableParallelism()} cœurs) ; le temps CPU indique le temps sur une machine libre`,
      );
    }
    if (importS >= CIBLE_IMPORT_S || exportCsvS >= CIBLE_EXPORT_S) process.exitCode = 1;
    return chiffres;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchImportExport();
}

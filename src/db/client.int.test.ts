import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedDatabaseExists, openDatabase, PREFIXE_AVANT_RESTAURATION } from './client.ts';
import { DatabaseBusyError } from './lock.ts';

const dossiers: string[] = [];
function dossier(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'maillage-client-'));
  dossiers.push(d);
  return d;
}

describe('base embarquée : création atomique et verrou', () => {
  afterAll(() => {
    for (const d of dossiers) rmSync(d, { recursive: true, force: true });
  });

  it('ignore les restes d’une création interrompue (kill -9) et crée une base utilisable', async () => {
    const dataDir = dossier();
    // What a kill -9 during the first start used to leave: PG_VERSION written, the rest missing.
    mkdirSync(path.join(dataDir, 'pgdata.creation-4242', 'base'), { recursive: true });
    writeFileSync(path.join(dataDir, 'pgdata.creation-4242', 'PG_VERSION'), '17\n');
    mkdirSync(path.join(dataDir, 'pgdata', 'base'), { recursive: true });
    writeFileSync(path.join(dataDir, 'pgdata', 'base', 'fichier'), 'x');
    expect(embeddedDatabaseExists(dataDir)).toBe(false);

    const database = await openDatabase({ dataDir, role: 'test' });
    try {
      const res = await database.db.execute(sql`select 1 as un`);
      expect((res as unknown as { rows: { un: number }[] }).rows[0]?.un).toBe(1);
    } finally {
      await database.close();
    }
    const names = readdirSync(dataDir);
    expect(names.filter((n) => n.startsWith('pgdata.creation-'))).toEqual([]);
    expect(names.some((n) => n.startsWith('pgdata.incomplet-'))).toBe(true);
    expect(embeddedDatabaseExists(dataDir)).toBe(true);
    expect(existsSync(path.join(dataDir, 'maillage.lock'))).toBe(false);
  }, 120_000);

  it('remet en place la base mise de côté par une restauration interrompue entre ses deux renommages', async () => {
    const dataDir = dossier();
    let database = await openDatabase({ dataDir, role: 'test' });
    try {
      await database.db.execute(sql`create table avant_restauration (x int)`);
      await database.db.execute(sql`insert into avant_restauration values (42)`);
    } finally {
      await database.close();
    }
    // `maillage db restaurer` killed after moving pgdata aside, before moving the restored one in.
    renameSync(
      path.join(dataDir, 'pgdata'),
      path.join(dataDir, `${PREFIXE_AVANT_RESTAURATION}20261204-093000`),
    );
    mkdirSync(path.join(dataDir, 'pgdata.restauration-4242'));

    database = await openDatabase({ dataDir, role: 'test' });
    try {
      const res = await database.db.execute(sql`select x from avant_restauration`);
      expect((res as unknown as { rows: { x: number }[] }).rows).toEqual([{ x: 42 }]);
    } finally {
      await database.close();
    }
    expect(readdirSync(dataDir).filter((n) => n.startsWith(PREFIXE_AVANT_RESTAURATION))).toEqual([]);
  }, 120_000);

  it('refuse une seconde ouverture du même DATA_DIR dans un processus vivant, avec un message en français', async () => {
    const dataDir = dossier();
    writeFileSync(
      path.join(dataDir, 'maillage.lock'),
      JSON.stringify({ pid: process.ppid, role: 'serveur', since: '2021-02-04T10:00:00.000Z' }),
    );
    await expect(openDatabase({ dataDir, role: 'commande maillage' })).rejects.toThrow(DatabaseBusyError);
    await expect(openDatabase({ dataDir, role: 'commande maillage' })).rejects.toThrow(
      /déjà utilisée par un autre processus Maillage \(serveur, PID \d+/,
    );
    expect(existsSync(path.join(dataDir, 'pgdata'))).toBe(false);
  });

  it.skipIf(!existsSync('/proc/self/cmdline'))(
    'reprend le verrou d’un PID réattribué à un autre programme (après un kill -9 et un redémarrage)',
    async () => {
      const dataDir = dossier();
      const other = spawn('sleep', ['60'], { stdio: 'ignore' });
      try {
        writeFileSync(
          path.join(dataDir, 'maillage.lock'),
          JSON.stringify({ pid: other.pid, role: 'serveur', since: '2021-02-04T10:00:00.000Z' }),
        );
        const database = await openDatabase({ dataDir, role: 'test' });
        await database.close();
        expect(existsSync(path.join(dataDir, 'maillage.lock'))).toBe(false);
      } finally {
        other.kill();
      }
    },
    120_000,
  );
});

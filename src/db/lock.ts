import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The embedded database is single-process: another process holding DATA_DIR is reported, never waited for. */
export class DatabaseBusyError extends Error {}

interface LockInfo {
  pid: number;
  role: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // After a kill -9 and a reboot or container restart, the PID may now belong to another program.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true; // no /proc (macOS): trust the PID
  }
}

/** Takes DATA_DIR/maillage.lock; a lock left by a dead process (kill -9) is taken over. */
export function acquireDataDirLock(dataDir: string, role: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'maillage.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      const info: LockInfo = { pid: process.pid, role, since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: LockInfo | undefined;
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
      } catch {
        holder = undefined;
      }
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DatabaseBusyError(
          `La base de données embarquée (${dataDir}) est déjà utilisée par un autre processus Maillage ` +
            `(${holder.role}, PID ${holder.pid}, depuis ${holder.since}). La base embarquée ne peut servir qu’un ` +
            'processus à la fois : arrêtez ce processus avant de relancer la commande, ou utilisez PostgreSQL ' +
            `avec la variable DATABASE_URL. Si aucun processus Maillage ne tourne, supprimez le fichier ${file}.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DatabaseBusyError(`Impossible de prendre le verrou de la base embarquée dans ${dataDir}.`);
}

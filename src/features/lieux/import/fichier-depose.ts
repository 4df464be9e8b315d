import { and, eq, lt, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieuxImports, lieuxImportsFichiers } from '../../../db/schema/index.ts';

/** 48 KB of file per piece: 64 KB of base64, a few milliseconds for the embedded database. */
export const TAILLE_MORCEAU = 48 * 1024;

type Ceder = () => Promise<void>;
const sansPause: Ceder = async () => {};

/**
 * Stores the uploaded file of an import, piece by piece with a pause between two (the server answers
 * other requests meanwhile). Written before the import's record, under the id it will have.
 */
export async function deposerFichier(db: Db, importId: string, contenu: Buffer, ceder: Ceder = sansPause) {
  for (let rang = 0; rang * TAILLE_MORCEAU < contenu.length; rang++) {
    const morceau = contenu.subarray(rang * TAILLE_MORCEAU, (rang + 1) * TAILLE_MORCEAU).toString('base64');
    await db.insert(lieuxImportsFichiers).values({ importId, rang, morceau });
    await ceder();
  }
}

/** The file of an import, read back one piece at a time; null when it is gone. */
export async function lireFichierDepose(db: Db, importId: string, ceder: Ceder = sansPause) {
  const morceaux: Buffer[] = [];
  for (let rang = 0; ; rang++) {
    const [ligne] = await db
      .select({ morceau: lieuxImportsFichiers.morceau })
      .from(lieuxImportsFichiers)
      .where(and(eq(lieuxImportsFichiers.importId, importId), eq(lieuxImportsFichiers.rang, rang)));
    if (!ligne) break;
    morceaux.push(Buffer.from(ligne.morceau, 'base64'));
    await ceder();
  }
  return morceaux.length > 0 ? Buffer.concat(morceaux) : null;
}

export async function supprimerFichierDepose(db: Db, importId: string): Promise<void> {
  await db.delete(lieuxImportsFichiers).where(eq(lieuxImportsFichiers.importId, importId));
}

/**
 * Pieces of an upload whose import was never recorded (the server stopped between the pieces and the
 * record, or the record's transaction failed), older than `avant`.
 */
export async function purgerDepotsOrphelins(db: Db, avant: Date): Promise<void> {
  await db
    .delete(lieuxImportsFichiers)
    .where(
      and(
        lt(lieuxImportsFichiers.recuLe, avant),
        notExists(
          db
            .select({ un: sql`1` })
            .from(lieuxImports)
            .where(eq(lieuxImports.id, lieuxImportsFichiers.importId)),
        ),
      ),
    );
}

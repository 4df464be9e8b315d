import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { fichiersRecrutement } from '../../db/schema/index.ts';

/**
 * Where the feature keeps its files (generated and signed conventions): in the database, so every
 * process of a multi-process deployment sees them. One small interface, to move to S3 later.
 */
export interface FichierStocke {
  id: string;
  nom: string;
  typeMime: string;
  taille: number;
  sha256: string;
  contenu: Buffer;
}

export async function stockerFichier(
  db: Db,
  f: { nom: string; typeMime: string; contenu: Buffer; now: Date },
): Promise<string> {
  const sha256 = createHash('sha256').update(f.contenu).digest('hex');
  const [row] = await db
    .insert(fichiersRecrutement)
    .values({
      nom: f.nom,
      typeMime: f.typeMime,
      taille: f.contenu.length,
      sha256,
      contenu: f.contenu,
      creeLe: f.now,
    })
    .returning({ id: fichiersRecrutement.id });
  return row!.id;
}

export async function lireFichier(db: Db, id: string): Promise<FichierStocke | null> {
  const [row] = await db.select().from(fichiersRecrutement).where(eq(fichiersRecrutement.id, id));
  return row ?? null;
}

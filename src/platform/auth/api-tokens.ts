import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jetonsApi } from '../../db/schema/index.ts';
import type { ApiActor } from './actor.ts';
import { hashToken } from './tokens.ts';

/** Every API token starts with this, so a leaked one is easy to recognise in logs and scanners. */
export const API_TOKEN_PREFIX = 'mlg_';
const LAST_USE_PRECISION_MS = 60 * 1000;

export async function loadApiActor(db: Db, token: string, now: Date): Promise<ApiActor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select()
    .from(jetonsApi)
    .where(and(eq(jetonsApi.hash, hashToken(token)), isNull(jetonsApi.revoqueLe)))
    .limit(1);
  if (!row) return null;
  if (
    !row.derniereUtilisationLe ||
    now.getTime() - row.derniereUtilisationLe.getTime() > LAST_USE_PRECISION_MS
  ) {
    await db.update(jetonsApi).set({ derniereUtilisationLe: now }).where(eq(jetonsApi.id, row.id));
  }
  return {
    kind: 'api',
    tokenId: row.id,
    nom: row.nom,
    scopes: row.portees,
    departementCode: row.departementCode,
    structureId: row.structureId,
  };
}

import { z } from 'zod';

/**
 * The one keyset cursor of every list endpoint: the sort key of the last row served, opaque to clients
 * (base64url of a versioned JSON array). A page asks for rows strictly after that key, so pages stay
 * stable while rows are added, and a cursor can never select rows outside the caller's scope: the scope
 * is in the query, not in the cursor.
 */
const VERSION = 'c1';
const LONGUEUR_MAX = 400;

export type CleCurseur = readonly (string | number)[];

export function encoderCurseur(cle: CleCurseur): string {
  return Buffer.from(JSON.stringify([VERSION, ...cle]), 'utf8').toString('base64url');
}

/** The key of a cursor, checked against its expected shape; null when it is malformed or forged. */
export function decoderCurseur<T extends CleCurseur>(valeur: string, forme: z.ZodType<T>): T | null {
  if (!valeur || valeur.length > LONGUEUR_MAX || !/^[A-Za-z0-9_-]+$/.test(valeur)) return null;
  try {
    const brut: unknown = JSON.parse(Buffer.from(valeur, 'base64url').toString('utf8'));
    if (!Array.isArray(brut) || brut[0] !== VERSION) return null;
    const r = forme.safeParse(brut.slice(1));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Common key shapes. */
export const cleIdEntier = z.tuple([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)]);
export const cleIdTexte = z.tuple([z.string().min(1).max(200)]);
export const cleDecalage = z.tuple([z.number().int().nonnegative().max(1_000_000)]);

export const CURSEUR_INVALIDE = 'Curseur invalide : reprenez la valeur next_cursor de la page précédente.';

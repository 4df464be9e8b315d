import { createHmac, timingSafeEqual } from 'node:crypto';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';

function signature(secret: string, id: string): string {
  return createHmac('sha256', secret).update(`atelier-inscription:${id.toLowerCase()}`).digest('base64url');
}

/** The cancellation link's token of a registration: its id signed with the server's secret. */
export function jetonAnnulation(secret: string, inscriptionId: string): string {
  return `${inscriptionId}.${signature(secret, inscriptionId)}`;
}

/** The registration a token names, or null when it was forged or altered. */
export function lireJeton(secret: string, jeton: string): string | null {
  const [id, sig, reste] = jeton.split('.');
  if (!id || !sig || reste !== undefined || !estUuid(id)) return null;
  const attendu = Buffer.from(signature(secret, id));
  const recu = Buffer.from(sig);
  return attendu.length === recu.length && timingSafeEqual(attendu, recu) ? id.toLowerCase() : null;
}

import { Secret, TOTP } from 'otpauth';

/** RFC 6238 defaults every authenticator app understands. */
const PERIOD = 30;
const DIGITS = 6;
/** One step before and after: tolerates 30 s of clock drift between phone and server. */
const WINDOW = 1;
export const TOTP_ISSUER = 'Maillage';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** The otpauth:// URI an authenticator app scans. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The time step a timestamp falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD);
}

/** Groups of four characters, easier to type by hand. */
export function formatSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** Keeps the digits people type with spaces ("123 456"). */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export type TotpCheck =
  | { ok: true; step: number }
  | { ok: false; reason: 'format' | 'invalide' | 'deja_utilise' };

/**
 * Checks a code against the secret at `now` (±1 step) and refuses a step already used
 * (lastStep: the last accepted step for this user).
 */
export function checkTotpCode(secret: string, input: string, now: Date, lastStep: number | null): TotpCheck {
  const token = normaliseCode(input);
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'format' };
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return { ok: false, reason: 'invalide' };
  const step = totpStep(now) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'deja_utilise' };
  return { ok: true, step };
}

/** The code of a step (demo hints and tests). */
export function totpCodeAt(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

export const TOTP_MESSAGES: Record<'format' | 'invalide' | 'deja_utilise', string> = {
  format: 'Saisissez les 6 chiffres affichés par votre application d’authentification.',
  invalide: 'Ce code est incorrect ou a expiré. Saisissez le code affiché en ce moment.',
  deja_utilise: 'Ce code a déjà été utilisé. Attendez le code suivant (il change toutes les 30 secondes).',
};

/**
 * Failed-attempt counting for login (per account), TOTP codes (per user) and reset e-mails (per address).
 * Pure rules: the repository stores the state, these functions decide.
 */
export interface TentativesState {
  echecs: number;
  debutFenetre: Date;
  bloqueJusquA: Date | null;
}

export interface LimitationRule {
  /** Failures allowed in the window before the key is locked. */
  max: number;
  windowMs: number;
  lockMs: number;
}

const QUINZE_MINUTES = 15 * 60 * 1000;

/** 5 wrong passwords in 15 minutes lock the account key for 15 minutes. */
export const REGLE_CONNEXION: LimitationRule = { max: 5, windowMs: QUINZE_MINUTES, lockMs: QUINZE_MINUTES };
/** 5 wrong codes in 15 minutes lock the second factor for 15 minutes. */
export const REGLE_TOTP: LimitationRule = { max: 5, windowMs: QUINZE_MINUTES, lockMs: QUINZE_MINUTES };
/** At most 3 reset e-mails per address in 15 minutes (against mail bombing). */
export const REGLE_REINITIALISATION: LimitationRule = {
  max: 3,
  windowMs: QUINZE_MINUTES,
  lockMs: QUINZE_MINUTES,
};

/** Until when the key is locked, or null when attempts are allowed now. */
export function lockedUntil(state: TentativesState | null, now: Date): Date | null {
  if (!state?.bloqueJusquA) return null;
  return state.bloqueJusquA > now ? state.bloqueJusquA : null;
}

/** The state after one more failure (a new window starts when the previous one is over). */
export function afterFailure(
  state: TentativesState | null,
  now: Date,
  rule: LimitationRule,
): TentativesState {
  const windowOver = !state || now.getTime() - state.debutFenetre.getTime() >= rule.windowMs;
  const base = windowOver
    ? { echecs: 0, debutFenetre: now }
    : { echecs: state.echecs, debutFenetre: state.debutFenetre };
  const echecs = base.echecs + 1;
  if (echecs >= rule.max) {
    // Locked: the count restarts once the lock is over.
    return { echecs: 0, debutFenetre: now, bloqueJusquA: new Date(now.getTime() + rule.lockMs) };
  }
  return { echecs, debutFenetre: base.debutFenetre, bloqueJusquA: state?.bloqueJusquA ?? null };
}

/** Minutes to wait, rounded up, for the French message. */
export function minutesToWait(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000));
}

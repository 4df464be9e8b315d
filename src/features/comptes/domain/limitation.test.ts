import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  lockedUntil,
  minutesToWait,
  REGLE_CONNEXION,
  type TentativesState,
} from './limitation.ts';

const t0 = new Date('2021-03-01T09:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe('limitation des tentatives', () => {
  it('verrouille au 5e échec dans la fenêtre de 15 minutes, pour 15 minutes', () => {
    let state: TentativesState | null = null;
    for (let i = 0; i < 4; i++) {
      state = afterFailure(state, plus(i * MIN), REGLE_CONNEXION);
      expect(lockedUntil(state, plus(i * MIN))).toBeNull();
    }
    state = afterFailure(state, plus(4 * MIN), REGLE_CONNEXION);
    expect(lockedUntil(state, plus(4 * MIN))).toEqual(plus(19 * MIN));
    expect(lockedUntil(state, plus(18 * MIN))).not.toBeNull();
    expect(lockedUntil(state, plus(19 * MIN))).toBeNull();
  });

  it('repart de zéro quand la fenêtre est passée', () => {
    let state: TentativesState | null = null;
    for (let i = 0; i < 4; i++) state = afterFailure(state, plus(i * MIN), REGLE_CONNEXION);
    // 16 minutes after the first failure: a new window, so one failure is not a lock.
    state = afterFailure(state, plus(16 * MIN), REGLE_CONNEXION);
    expect(state.echecs).toBe(1);
    expect(lockedUntil(state, plus(16 * MIN))).toBeNull();
  });

  it('recompte après la fin du verrou', () => {
    let state: TentativesState | null = null;
    for (let i = 0; i < 5; i++) state = afterFailure(state, plus(i * MIN), REGLE_CONNEXION);
    state = afterFailure(state, plus(20 * MIN), REGLE_CONNEXION);
    expect(state.echecs).toBe(1);
    expect(lockedUntil(state, plus(20 * MIN))).toBeNull();
  });

  it('arrondit l’attente à la minute supérieure', () => {
    expect(minutesToWait(plus(61_000), t0)).toBe(2);
    expect(minutesToWait(plus(1000), t0)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { postesOuverts, verifierPosteDisponible, verifierRetraitPostes } from './quota.ts';

describe('quota de la structure (recrutés + validés + en poste ≤ postes attribués)', () => {
  it('autorise un recrutement tant qu’un poste est libre', () => {
    expect(verifierPosteDisponible({ attribues: 2, occupes: 1 })).toEqual({
      ok: true,
      value: { attribues: 2, occupes: 2 },
    });
    expect(postesOuverts({ attribues: 2, occupes: 1 })).toBe(1);
  });

  it('refuse le recrutement de trop avec un message clair', () => {
    const r = verifierPosteDisponible({ attribues: 2, occupes: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('quota_structure_atteint');
      expect(r.error.message).toContain('les 2 postes attribués à cette structure sont déjà pourvus');
    }
  });

  it('refuse tout recrutement sans poste attribué', () => {
    const r = verifierPosteDisponible({ attribues: 0, occupes: 0 });
    expect(!r.ok && r.error.code).toBe('aucun_poste_attribue');
  });

  it('n’autorise pas à retirer des postes pourvus', () => {
    expect(verifierRetraitPostes({ attribues: 3, occupes: 1 }, 2).ok).toBe(true);
    const r = verifierRetraitPostes({ attribues: 3, occupes: 2 }, 2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('au plus 1');
    expect(verifierRetraitPostes({ attribues: 3, occupes: 0 }, 0).ok).toBe(false);
    expect(postesOuverts({ attribues: 1, occupes: 3 })).toBe(0);
  });
});

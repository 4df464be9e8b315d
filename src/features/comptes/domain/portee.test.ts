import { describe, expect, it } from 'vitest';
import { scopeProblem } from './portee.ts';

describe('périmètre d’un rôle', () => {
  it('exige un département pour la préfecture et rien d’autre', () => {
    expect(scopeProblem('prefecture', { departementCode: '02' })).toBeNull();
    expect(scopeProblem('prefecture', {})).toMatch(/département/);
    expect(scopeProblem('prefecture', { departementCode: '02', structureId: 'x' })).toMatch(
      /pas sur une structure/,
    );
  });

  it('exige une structure pour structure, conseiller et aidant', () => {
    for (const role of ['structure', 'conseiller', 'aidant'] as const) {
      expect(scopeProblem(role, { structureId: 'x' })).toBeNull();
      expect(scopeProblem(role, {})).toMatch(/structure/);
      expect(scopeProblem(role, { structureId: 'x', departementCode: '02' })).not.toBeNull();
    }
  });

  it('refuse un périmètre pour l’ANCT et le candidat', () => {
    expect(scopeProblem('anct', {})).toBeNull();
    expect(scopeProblem('candidat', {})).toBeNull();
    expect(scopeProblem('anct', { departementCode: '02' })).toMatch(/national/);
    expect(scopeProblem('candidat', { structureId: 'x' })).toMatch(/personnel/);
  });
});

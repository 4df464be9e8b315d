import { describe, expect, it } from 'vitest';
import { criteres } from './criteres.ts';

const S = '00000000-0000-4000-8000-000000000101';
const C = '00000000-0000-4000-8000-000000000008';
const AUTRE = '00000000-0000-4000-8000-000000000999';

describe('portée puis filtres', () => {
  it('un filtre ne peut pas élargir une portée conseiller', () => {
    expect(
      criteres(
        { niveau: 'conseiller', structureId: S, conseillerId: C },
        { structureId: AUTRE, conseillerId: AUTRE, departementCode: '80' },
      ),
    ).toEqual({ structureId: S, conseillerId: C });
  });

  it('structure : le conseiller filtre, la structure et le département sont ceux de la portée', () => {
    expect(
      criteres({ niveau: 'structure', structureId: S }, { structureId: AUTRE, conseillerId: C }),
    ).toEqual({
      structureId: S,
      conseillerId: C,
    });
  });

  it('département : son propre code, structure et conseiller resserrent', () => {
    expect(
      criteres({ niveau: 'departement', departementCode: '02' }, { departementCode: '80', structureId: S }),
    ).toEqual({ departementCode: '02', structureId: S });
  });

  it('national : tous les filtres, thématiques dédoublonnées et triées', () => {
    expect(
      criteres(
        { niveau: 'national' },
        { departementCode: '80', thematiquesNumeriques: ['sante', 'email', 'sante'] },
      ),
    ).toEqual({ departementCode: '80', thematiquesNumeriques: ['email', 'sante'] });
  });
});

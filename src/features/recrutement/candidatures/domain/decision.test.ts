import { describe, expect, it } from 'vitest';
import { calculerDecision } from './decision.ts';

const creee = { statut: 'CREEE' as const, postesAttribues: 0, postesOccupes: 0 };
const validee = { statut: 'VALIDATION_COSELEC' as const, postesAttribues: 3, postesOccupes: 1 };

describe('décisions du comité de sélection', () => {
  it('un avis positif attribue N postes et valide la candidature', () => {
    expect(calculerDecision(creee, { type: 'positif', postes: 2 }, 50_000)).toEqual({
      ok: true,
      value: {
        nature: 'initiale',
        avis: 'POSITIF',
        postes: 2,
        financementParPosteEur: 50_000,
        montantEur: 100_000,
        statut: 'VALIDATION_COSELEC',
      },
    });
  });

  it('un avis négatif ou un examen complémentaire n’attribue rien', () => {
    const n = calculerDecision(creee, { type: 'negatif' }, 50_000);
    expect(n.ok && n.value).toMatchObject({
      avis: 'NEGATIF',
      postes: 0,
      montantEur: 0,
      statut: 'REFUS_COSELEC',
    });
    const e = calculerDecision(creee, { type: 'examen_complementaire' }, 40_000);
    expect(e.ok && e.value.statut).toBe('EXAMEN_COMPLEMENTAIRE_COSELEC');
  });

  it('un positif sur une candidature validée est un avenant d’ajout', () => {
    const r = calculerDecision(validee, { type: 'positif', postes: 1 }, 40_000);
    expect(r.ok && r.value).toMatchObject({ nature: 'avenant', postes: 1, montantEur: 40_000 });
  });

  it('un avenant de retrait enlève des postes sans toucher aux postes pourvus', () => {
    const r = calculerDecision(validee, { type: 'retrait', postes: 2 }, 50_000);
    expect(r.ok && r.value).toMatchObject({ nature: 'avenant', postes: -2, montantEur: -100_000 });
    const trop = calculerDecision(validee, { type: 'retrait', postes: 3 }, 50_000);
    expect(!trop.ok && trop.error.code).toBe('retrait_impossible');
  });

  it('refuse les décisions incohérentes', () => {
    expect(calculerDecision(validee, { type: 'negatif' }, 50_000).ok).toBe(false);
    expect(calculerDecision(creee, { type: 'ajout', postes: 1 }, 50_000).ok).toBe(false);
    expect(calculerDecision(creee, { type: 'retrait', postes: 1 }, 50_000).ok).toBe(false);
    expect(calculerDecision(creee, { type: 'positif', postes: 0 }, 50_000).ok).toBe(false);
    expect(calculerDecision({ ...creee, statut: 'ABANDON' }, { type: 'positif', postes: 1 }, 50_000).ok).toBe(
      false,
    );
    const r = calculerDecision({ ...creee, statut: 'DOUBLON' }, { type: 'negatif' }, 50_000);
    expect(!r.ok && r.error.message).toBe(
      'Impossible de passer de « Doublon » à « Refusée par le comité de sélection ».',
    );
  });

  it('une candidature refusée peut être validée à une session ultérieure', () => {
    const r = calculerDecision({ ...creee, statut: 'REFUS_COSELEC' }, { type: 'positif', postes: 1 }, 50_000);
    expect(r.ok && r.value.nature).toBe('initiale');
  });
});

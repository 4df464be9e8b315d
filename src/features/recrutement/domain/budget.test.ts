import { describe, expect, it } from 'vitest';
import { montantPostes, verifierQuotaEtEnveloppe } from './budget.ts';
import { PARAMETRES_2021 } from './parametres.ts';

describe('quota national et enveloppe', () => {
  it('accepte une décision qui reste dans l’objectif et l’enveloppe, et renvoie les nouveaux totaux', () => {
    const r = verifierQuotaEtEnveloppe(
      PARAMETRES_2021,
      { postesAttribues: 3998, engageEur: 190_000_000 },
      {
        postes: 2,
        montantEur: 100_000,
      },
    );
    expect(r).toEqual({ ok: true, value: { postesAttribues: 4000, engageEur: 190_100_000 } });
  });

  it('refuse de dépasser l’objectif national de postes, en disant combien il en reste', () => {
    const r = verifierQuotaEtEnveloppe(
      PARAMETRES_2021,
      { postesAttribues: 3999, engageEur: 0 },
      {
        postes: 2,
        montantEur: 100_000,
      },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('quota_national_depasse');
      expect(r.error.message.replace(/\s/g, ' ')).toContain('4 001');
      expect(r.error.message).toContain('Il reste 1 poste à attribuer');
    }
  });

  it('refuse de dépasser l’enveloppe', () => {
    const r = verifierQuotaEtEnveloppe(
      PARAMETRES_2021,
      { postesAttribues: 10, engageEur: 199_960_000 },
      {
        postes: 1,
        montantEur: 50_000,
      },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('enveloppe_depassee');
      expect(r.error.message.replace(/\s/g, ' ')).toContain('Il reste 40 000 € à engager');
    }
  });

  it('laisse toujours passer un retrait, même au-delà (après une baisse des paramètres)', () => {
    const r = verifierQuotaEtEnveloppe(
      { ...PARAMETRES_2021, postesCibles: 10 },
      { postesAttribues: 12, engageEur: 0 },
      {
        postes: -1,
        montantEur: -50_000,
      },
    );
    expect(r.ok).toBe(true);
  });

  it('montant = postes × financement par poste', () => {
    expect(montantPostes(3, 40_000)).toBe(120_000);
    expect(montantPostes(-2, 50_000)).toBe(-100_000);
  });
});

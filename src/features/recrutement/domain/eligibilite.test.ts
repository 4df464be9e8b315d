import { describe, expect, it } from 'vitest';
import { type CandidatAApparier, eligibilite, type StructureAApparier, territoire } from './eligibilite.ts';

// Laon (02) and a candidate in Soissons (~32 km away).
const laon: StructureAApparier = {
  latitude: 49.5641,
  longitude: 3.6199,
  departementCode: '02',
  dateDebutMission: '2021-05-01',
};
const soissons: CandidatAApparier = {
  latitude: 49.3817,
  longitude: 3.3236,
  departementCode: '02',
  rayonMobiliteKm: 40,
  dateDisponibilite: '2021-04-01',
  statut: 'actif',
  recruteAilleurs: false,
};
const aujourdhui = '2021-03-15';

describe('éligibilité d’un candidat pour une structure', () => {
  it('retient un candidat dans son propre rayon, disponible à temps', () => {
    const r = eligibilite(laon, soissons, aujourdhui);
    expect(r.eligible).toBe(true);
    if (r.eligible) expect(r.distanceKm).toBeGreaterThan(28);
  });

  it('c’est le rayon du candidat qui compte', () => {
    expect(eligibilite(laon, { ...soissons, rayonMobiliteKm: 20 }, aujourdhui)).toEqual({
      eligible: false,
      raison: 'trop_loin',
    });
    expect(eligibilite(laon, { ...soissons, rayonMobiliteKm: null }, aujourdhui).eligible).toBe(true);
  });

  it('écarte un candidat disponible après le début de la mission', () => {
    expect(eligibilite(laon, { ...soissons, dateDisponibilite: '2021-06-01' }, aujourdhui)).toEqual({
      eligible: false,
      raison: 'disponible_trop_tard',
    });
    // Mission start already past: compared with today.
    expect(
      eligibilite(
        { ...laon, dateDebutMission: '2021-01-01' },
        { ...soissons, dateDisponibilite: '2021-03-15' },
        aujourdhui,
      ).eligible,
    ).toBe(true);
    expect(
      eligibilite(
        { ...laon, dateDebutMission: null },
        { ...soissons, dateDisponibilite: '2021-03-16' },
        aujourdhui,
      ).eligible,
    ).toBe(false);
  });

  it('écarte un candidat recruté ailleurs, en pause ou retiré', () => {
    expect(eligibilite(laon, { ...soissons, recruteAilleurs: true }, aujourdhui)).toEqual({
      eligible: false,
      raison: 'deja_recrute',
    });
    expect(eligibilite(laon, { ...soissons, statut: 'en_pause' }, aujourdhui).eligible).toBe(false);
    expect(eligibilite(laon, { ...soissons, statut: 'retire' }, aujourdhui).eligible).toBe(false);
  });

  it('outre-mer : seulement au sein du même territoire, même sans limite de distance', () => {
    expect(territoire('974')).toBe('974');
    expect(territoire('988')).toBe('988');
    expect(territoire('2A')).toBe('metro');
    expect(territoire('75')).toBe('metro');
    const reunion = { ...laon, latitude: -20.88, longitude: 55.45, departementCode: '974' };
    expect(eligibilite(reunion, { ...soissons, rayonMobiliteKm: null }, aujourdhui)).toEqual({
      eligible: false,
      raison: 'autre_territoire',
    });
    const mayotte = {
      ...soissons,
      latitude: -12.78,
      longitude: 45.23,
      departementCode: '976',
      rayonMobiliteKm: null,
    };
    expect(eligibilite(reunion, mayotte, aujourdhui).eligible).toBe(false);
    expect(
      eligibilite(
        reunion,
        { ...mayotte, departementCode: '974', latitude: -21.1, longitude: 55.5 },
        aujourdhui,
      ).eligible,
    ).toBe(true);
  });
});

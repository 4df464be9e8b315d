import { describe, expect, it } from 'vitest';
import { STATUTS_CANDIDATURE_STRUCTURE } from '../../domain/types.ts';
import { additionner, avancementVide } from './avancement.ts';

describe('avancement', () => {
  it('additionne les départements sans additionner l’enveloppe nationale', () => {
    const a = avancementVide(200, STATUTS_CANDIDATURE_STRUCTURE);
    a.structures.total = 2;
    a.structures.par_statut.CREEE = 2;
    a.postes.demandes = 3;
    a.financement.engage_eur = 50;
    const b = avancementVide(200, STATUTS_CANDIDATURE_STRUCTURE);
    b.structures.total = 1;
    b.structures.par_statut.VALIDATION_COSELEC = 1;
    b.postes.attribues = 1;
    b.financement.engage_eur = 40;
    const t = additionner([a, b], 200, STATUTS_CANDIDATURE_STRUCTURE);
    expect(t.structures).toMatchObject({
      total: 3,
      par_statut: { CREEE: 2, VALIDATION_COSELEC: 1, ABANDON: 0 },
    });
    expect(t.postes).toMatchObject({ demandes: 3, attribues: 1 });
    expect(t.financement).toEqual({ engage_eur: 90, enveloppe_eur: 200 });
  });
});

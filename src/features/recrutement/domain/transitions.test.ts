import { describe, expect, it } from 'vitest';
import {
  TRANSITIONS_CANDIDAT,
  TRANSITIONS_CANDIDATURE_STRUCTURE,
  TRANSITIONS_CONVENTION,
  TRANSITIONS_MISE_EN_RELATION,
  transitionPermise,
  verifierTransition,
} from './transitions.ts';
import {
  STATUT_MISE_EN_RELATION_LABELS,
  STATUTS_CANDIDAT,
  STATUTS_CANDIDATURE_STRUCTURE,
  STATUTS_CONVENTION,
  STATUTS_MISE_EN_RELATION,
} from './types.ts';

describe('machines à états', () => {
  it('chaque table couvre tous les statuts et ne cible que des statuts connus', () => {
    const cases = [
      [TRANSITIONS_CANDIDATURE_STRUCTURE, STATUTS_CANDIDATURE_STRUCTURE],
      [TRANSITIONS_MISE_EN_RELATION, STATUTS_MISE_EN_RELATION],
      [TRANSITIONS_CONVENTION, STATUTS_CONVENTION],
      [TRANSITIONS_CANDIDAT, STATUTS_CANDIDAT],
    ] as const;
    for (const [table, statuts] of cases) {
      expect(Object.keys(table).sort()).toEqual([...statuts].sort());
      for (const targets of Object.values(table) as string[][]) {
        for (const t of targets) expect(statuts as readonly string[]).toContain(t);
      }
    }
  });

  it('candidature de structure : décisions du comité, retrait, statuts terminaux', () => {
    const t = TRANSITIONS_CANDIDATURE_STRUCTURE;
    expect(transitionPermise(t, 'CREEE', 'VALIDATION_COSELEC')).toBe(true);
    expect(transitionPermise(t, 'CREEE', 'ABANDON')).toBe(true);
    expect(transitionPermise(t, 'EXAMEN_COMPLEMENTAIRE_COSELEC', 'VALIDATION_COSELEC')).toBe(true);
    expect(transitionPermise(t, 'VALIDATION_COSELEC', 'REFUS_COSELEC')).toBe(false);
    expect(transitionPermise(t, 'ABANDON', 'CREEE')).toBe(false);
    expect(transitionPermise(t, 'DOUBLON', 'VALIDATION_COSELEC')).toBe(false);
  });

  it('mise en relation : on ne recrute qu’un candidat intéressé, la rupture est terminale', () => {
    const t = TRANSITIONS_MISE_EN_RELATION;
    expect(transitionPermise(t, 'nouvelle', 'recrutee')).toBe(false);
    expect(transitionPermise(t, 'interessee', 'recrutee')).toBe(false);
    expect(transitionPermise(t, 'interessee', 'a_confirmer')).toBe(true);
    expect(transitionPermise(t, 'a_confirmer', 'validee')).toBe(false);
    expect(transitionPermise(t, 'a_confirmer', 'recrutee')).toBe(true);
    expect(transitionPermise(t, 'a_confirmer', 'declinee')).toBe(true);
    expect(transitionPermise(t, 'recrutee', 'validee')).toBe(true);
    expect(transitionPermise(t, 'recrutee', 'refusee')).toBe(true);
    expect(transitionPermise(t, 'recrutee', 'renvoyee')).toBe(true);
    expect(transitionPermise(t, 'renvoyee', 'validee')).toBe(false);
    expect(transitionPermise(t, 'renvoyee', 'a_confirmer')).toBe(true);
    expect(transitionPermise(t, 'refusee', 'recrutee')).toBe(false);
    expect(transitionPermise(t, 'validee', 'en_poste')).toBe(true);
    expect(transitionPermise(t, 'en_poste', 'rupture')).toBe(true);
    expect(transitionPermise(t, 'rupture', 'en_poste')).toBe(false);
    expect(transitionPermise(t, 'non_disponible', 'nouvelle')).toBe(true);
  });

  it('convention : la signature déposée attend la vérification de l’ANCT', () => {
    const t = TRANSITIONS_CONVENTION;
    expect(transitionPermise(t, 'A_SIGNER', 'SIGNATURE_A_VERIFIER')).toBe(true);
    expect(transitionPermise(t, 'SIGNATURE_A_VERIFIER', 'SIGNEE')).toBe(true);
    expect(transitionPermise(t, 'SIGNATURE_A_VERIFIER', 'A_SIGNER')).toBe(true);
    expect(transitionPermise(t, 'SIGNEE', 'SIGNATURE_A_VERIFIER')).toBe(false);
    expect(transitionPermise(t, 'RESILIEE', 'SIGNEE')).toBe(false);
  });

  it('explique une transition refusée en français', () => {
    const r = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      'nouvelle',
      'validee',
      STATUT_MISE_EN_RELATION_LABELS,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('transition_interdite');
      expect(r.error.message).toBe(
        'Impossible de passer de « Proposée » à « Recrutement validé par l’ANCT ».',
      );
    }
  });

  it('convention et candidat', () => {
    expect(transitionPermise(TRANSITIONS_CONVENTION, 'A_SIGNER', 'SIGNEE')).toBe(true);
    expect(transitionPermise(TRANSITIONS_CONVENTION, 'RESILIEE', 'SIGNEE')).toBe(false);
    expect(transitionPermise(TRANSITIONS_CANDIDAT, 'en_pause', 'actif')).toBe(true);
    expect(transitionPermise(TRANSITIONS_CANDIDAT, 'retire', 'actif')).toBe(false);
  });
});

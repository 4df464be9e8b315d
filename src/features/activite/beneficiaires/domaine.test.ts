import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config/env.ts';
import { limiteConservation } from './conservation.ts';
import { cellule } from './csv.ts';
import { type ValeursBeneficiaire, verifierModification } from './formulaire.ts';
import { duree } from './presenter.ts';

const valeurs = (extra: Partial<ValeursBeneficiaire> = {}): ValeursBeneficiaire => ({
  prenom: 'Jeanne',
  nom: 'Martin',
  telephone: '',
  courriel: '',
  anneeNaissance: '',
  genre: 'feminin',
  trancheAge: 'soixante_dix_plus',
  statutSocial: 'retraite',
  commune: '',
  communeCode: '',
  notes: '',
  ...extra,
});

describe('modification d’un bénéficiaire', () => {
  it('accepte des valeurs valides et vide les champs facultatifs', () => {
    const r = verifierModification(valeurs({ prenom: ' Jeanne ', courriel: ' j@exemple.fr ' }), 2025);
    expect(r).toEqual({
      ok: true,
      valeur: expect.objectContaining({
        prenom: 'Jeanne',
        courriel: 'j@exemple.fr',
        telephone: null,
        anneeNaissance: null,
        notes: null,
      }),
    });
  });

  it('signale chaque champ invalide en français', () => {
    const r = verifierModification(
      valeurs({
        prenom: '',
        nom: 'x'.repeat(101),
        telephone: 'appelez-moi',
        courriel: 'pas-une-adresse',
        anneeNaissance: '1850',
        genre: 'autre',
        trancheAge: '?',
        statutSocial: '?',
        notes: 'n'.repeat(2001),
      }),
      2025,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.erreurs).sort()).toEqual(
      [
        'anneeNaissance',
        'courriel',
        'genre',
        'nom',
        'notes',
        'prenom',
        'statutSocial',
        'telephone',
        'trancheAge',
      ].sort(),
    );
    expect(r.erreurs.courriel).toMatch(/adresse électronique valide/);
    expect(r.erreurs.nom).toMatch(/100 caractères/);
  });

  it('refuse une année future ou qui n’a pas quatre chiffres', () => {
    expect(verifierModification(valeurs({ anneeNaissance: '2026' }), 2025).ok).toBe(false);
    expect(verifierModification(valeurs({ anneeNaissance: '1958.5' }), 2025).ok).toBe(false);
    expect(verifierModification(valeurs({ anneeNaissance: '1958' }), 2025).ok).toBe(true);
  });
});

describe('durée de conservation', () => {
  it('retire les mois au jour près, le jour ramené à la fin d’un mois plus court', () => {
    expect(limiteConservation('2026-10-01', 24)).toBe('2024-10-01');
    expect(limiteConservation('2026-03-31', 1)).toBe('2026-02-28');
    expect(limiteConservation('2024-03-31', 1)).toBe('2024-02-29');
    expect(limiteConservation('2026-01-15', 13)).toBe('2024-12-15');
  });
});

describe('export CSV et présentation', () => {
  it('protège les cellules (guillemets, séparateur, formules)', () => {
    expect(cellule('a;b')).toBe('"a;b"');
    expect(cellule('=1+1')).toBe("'=1+1");
    expect(cellule(['Courriel', 'Internet'])).toBe('Courriel, Internet');
    expect(cellule(null)).toBe('');
  });

  it('écrit une durée lisible', () => {
    expect(duree(45)).toBe('45 min');
    expect(duree(90)).toBe('1 h 30');
    expect(duree(120)).toBe('2 h');
  });
});

describe('ACTIVITE_CONSERVATION_MOIS', () => {
  it('vaut 24 mois par défaut et refuse une valeur absurde avec un message en français', () => {
    const base = { MODE: 'demo', DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'maillage-conf-')) };
    expect(loadConfig(base).activiteConservationMois).toBe(24);
    expect(loadConfig({ ...base, ACTIVITE_CONSERVATION_MOIS: '36' }).activiteConservationMois).toBe(36);
    expect(() => loadConfig({ ...base, ACTIVITE_CONSERVATION_MOIS: '0' })).toThrow(
      /ACTIVITE_CONSERVATION_MOIS doit être/,
    );
    rmSync(base.DATA_DIR, { recursive: true, force: true });
  });
});

import { describe, expect, it } from 'vitest';
import { luhnValide, parseSiret, sirenDe } from './siret.ts';

describe('SIRET', () => {
  it('accepte un SIRET valide (clé de Luhn), avec espaces', () => {
    const r = parseSiret('213 105 554 00017');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toBe('21310555400017');
      expect(sirenDe(r.value)).toBe('213105554');
    }
  });

  it('refuse une clé fausse avec un message en français', () => {
    const r = parseSiret('21310555400018');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('siret_invalide');
      expect(r.error.fields?.siret).toContain('clé de contrôle');
    }
  });

  it('refuse une longueur ou des caractères incorrects', () => {
    for (const bad of ['', '1234567890123', '123456789012345', '2131055540001A']) {
      const r = parseSiret(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('siret_format');
    }
  });

  it('applique l’exception de La Poste (somme des chiffres multiple de 5)', () => {
    // 35600000049837: digit sum 45, Luhn fails.
    expect(luhnValide('35600000049837')).toBe(false);
    expect(parseSiret('35600000049837').ok).toBe(true);
    // Same SIREN, digit sum 46: refused although the rest looks fine.
    expect(parseSiret('35600000049838').ok).toBe(false);
  });

  it('vérifie la clé de Luhn sur des cas connus', () => {
    expect(luhnValide('732829320')).toBe(true);
    expect(luhnValide('73282932000074')).toBe(true);
    expect(luhnValide('73282932000075')).toBe(false);
  });
});

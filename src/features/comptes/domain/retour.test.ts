import { describe, expect, it } from 'vitest';
import { afterFirstFactor, safeReturnPath } from './retour.ts';

describe('adresse de retour après connexion', () => {
  it('garde un chemin relatif du site', () => {
    expect(safeReturnPath('/compte')).toBe('/compte');
    expect(safeReturnPath('/admin/utilisateurs?q=laon#x')).toBe('/admin/utilisateurs?q=laon#x');
  });

  it.each([
    'https://exemple.com/',
    '//exemple.com/',
    '/\\exemple.com',
    '\\\\exemple.com',
    'javascript:alert(1)',
    '/\t/exemple.com',
    'compte',
    '',
    '/connexion',
    '/connexion/code',
    undefined,
    42,
  ])('refuse %s', (value) => {
    expect(safeReturnPath(value)).toBe('/espace');
  });

  it('envoie vers le code, l’enrôlement ou la destination', () => {
    expect(afterFirstFactor('aucun', '/compte')).toBe('/compte');
    expect(afterFirstFactor('code', '/espace')).toBe('/connexion/code');
    expect(afterFirstFactor('code', '/compte')).toBe('/connexion/code?retour=%2Fcompte');
    expect(afterFirstFactor('enrolement', '/compte')).toBe('/compte/2fa?obligatoire=1');
  });
});

import { describe, expect, it } from 'vitest';
import { lireFichier } from './lecture.ts';

const ENTETE = 'id;nom;adresse;code_postal;commune\n';
const ligne = (i: number) => `${i};Lieu ${i};1 rue de la Gare;02000;Laon\n`;

describe('lecture d’un fichier importé', () => {
  it('lit un CSV texte', () => {
    const r = lireFichier(Buffer.from(ENTETE + ligne(1) + ligne(2)), 'lieux.csv');
    expect(r.ok && r.lignes.length).toBe(2);
  });

  it('refuse un contenu binaire même quand l’octet nul est loin du début, et dit la ligne', () => {
    const debut = ENTETE + Array.from({ length: 400 }, (_, i) => ligne(i + 1)).join('');
    expect(Buffer.byteLength(debut)).toBeGreaterThan(8192);
    const contenu = Buffer.concat([Buffer.from(debut), Buffer.from([0x41, 0x00, 0x42, 0x0a])]);
    const r = lireFichier(contenu, 'lieux.csv');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe(
      'Ce fichier n’est pas un fichier texte (octet nul à la ligne 402) : seuls les fichiers CSV et JSON peuvent être importés.',
    );
  });

  it('un octet nul au début : refus sans numéro de ligne', () => {
    const r = lireFichier(Buffer.from([0x00, 0x01, 0x02]), 'lieux.csv');
    expect(!r.ok && r.message).toBe(
      'Ce fichier n’est pas un fichier texte : seuls les fichiers CSV et JSON peuvent être importés.',
    );
  });
});

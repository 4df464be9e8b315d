import { describe, expect, it } from 'vitest';
import { lireFichier, lireFichierParTranches } from './lecture.ts';

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

describe('lecture par tranches (import en arrière-plan)', () => {
  it('donne les mêmes lignes que la lecture d’un seul tenant, en rendant la main entre les tranches', async () => {
    const texte = ENTETE + Array.from({ length: 5000 }, (_, i) => ligne(i + 1)).join('');
    let pauses = 0;
    const ceder = async () => {
      pauses++;
    };
    const d = lireFichier(Buffer.from(texte), 'lieux.csv');
    const t = await lireFichierParTranches(Buffer.from(texte), 'lieux.csv', {}, ceder);
    expect(t).toEqual(d);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(texte.length / (64 * 1024)));
  });

  it('les mêmes refus : guillemet jamais fermé, ligne au mauvais nombre de colonnes', async () => {
    const ceder = async () => {};
    for (const texte of [
      `${ENTETE}1;"Lieu;1 rue;02000;Laon\n${ligne(2)}`,
      `${ENTETE}${ligne(1)}2;Lieu;02000\n${ligne(3)}`,
    ]) {
      const d = lireFichier(Buffer.from(texte), 'lieux.csv');
      expect(await lireFichierParTranches(Buffer.from(texte), 'lieux.csv', {}, ceder)).toEqual(d);
    }
  });
});

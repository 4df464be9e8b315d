import { describe, expect, it } from 'vitest';
import { segmenterLiens } from './liens.ts';

describe('liens des courriels de démonstration', () => {
  it('rend les liens du site relatifs et garde la ponctuation hors du lien', () => {
    const segments = segmenterLiens(
      'Ouvrez http://127.0.0.1:3000/invitation/abc_DEF-1. Ou https://exemple.fr/x, merci',
      'http://127.0.0.1:3000',
    );
    expect(segments).toEqual([
      { texte: 'Ouvrez ' },
      { lien: '/invitation/abc_DEF-1', texte: 'http://127.0.0.1:3000/invitation/abc_DEF-1' },
      { texte: '. Ou ' },
      { lien: 'https://exemple.fr/x', texte: 'https://exemple.fr/x' },
      { texte: ', merci' },
    ]);
  });
  it('laisse un texte sans lien tel quel', () => {
    expect(segmenterLiens('Bonjour,\nà bientôt', 'http://x')).toEqual([{ texte: 'Bonjour,\nà bientôt' }]);
  });
});

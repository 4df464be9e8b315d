import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Chiffre, Chiffres } from './chiffres.tsx';

describe('Chiffres', () => {
  it('des tuiles de chiffres clés sur une grille', () => {
    const html = renderToString(
      <Chiffres>
        <Chiffre valeur="1 234" libelle="structures" />
        <Chiffre valeur="12" libelle="départements" titre="fr-h3" />
      </Chiffres>,
    );
    expect(html).toMatch(/^<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-6 fr-col-md-3">/);
    expect(html).toContain(
      '<div class="fr-tile fr-tile--sm"><div class="fr-tile__body"><div class="fr-tile__content"><p class="fr-tile__title fr-h4 fr-mb-0">1 234</p><p class="fr-tile__desc">structures</p>',
    );
    expect(html).toContain('<p class="fr-tile__title fr-h3 fr-mb-0">12</p>');
  });
});

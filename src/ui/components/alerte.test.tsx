import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Alerte, MiseEnAvant } from './alerte.tsx';

describe('Alerte', () => {
  it('titre, message et rôle annoncé', () => {
    expect(
      renderToString(
        <Alerte type="error" titre="Échec" role="alert">
          Réessayez.
        </Alerte>,
      ),
    ).toBe(
      '<div class="fr-alert fr-alert--error fr-mb-3w" role="alert"><h2 class="fr-alert__title">Échec</h2><p>Réessayez.</p></div>',
    );
  });

  it('petite, marges choisies, contenu déjà en blocs', () => {
    expect(
      renderToString(
        <Alerte type="warning" petite class="fr-mb-2w" blocs>
          <p>Un.</p>
          <p>Deux.</p>
        </Alerte>,
      ),
    ).toBe('<div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w"><p>Un.</p><p>Deux.</p></div>');
  });
});

describe('MiseEnAvant', () => {
  it('une mise en avant DSFR', () => {
    expect(renderToString(<MiseEnAvant class="fr-mb-4w">Bon à savoir.</MiseEnAvant>)).toBe(
      '<div class="fr-callout fr-mb-4w"><p class="fr-callout__text">Bon à savoir.</p></div>',
    );
    expect(renderToString(<MiseEnAvant titre="Titre">Texte.</MiseEnAvant>)).toContain(
      '<h2 class="fr-callout__title">Titre</h2>',
    );
  });
});

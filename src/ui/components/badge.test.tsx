import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Badge, Tag, Tags } from './badge.tsx';

describe('Badge', () => {
  it('petit et sans icône par défaut ; neutre sans couleur', () => {
    expect(renderToString(<Badge ton="success">Actif</Badge>)).toBe(
      '<span class="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--success">Actif</span>',
    );
    expect(renderToString(<Badge ton="neutre">Brouillon</Badge>)).toBe(
      '<span class="fr-badge fr-badge--sm fr-badge--no-icon">Brouillon</span>',
    );
  });

  it('grand, avec icône, couleur d’illustration et marges', () => {
    expect(
      renderToString(
        <Badge ton="warning" grand icone class="fr-ml-1w">
          Non activée
        </Badge>,
      ),
    ).toBe('<span class="fr-badge fr-badge--warning fr-ml-1w">Non activée</span>');
    expect(renderToString(<Badge ton="blue-ecume">GET</Badge>)).toContain('fr-badge--blue-ecume');
  });
});

describe('Tags', () => {
  it('une liste nommée de mots-clés', () => {
    expect(
      renderToString(
        <Tags label="Services" class="fr-mt-1w">
          {[
            <Tag petit>Démarches</Tag>,
            <Tag petit couleur="blue-ecume">
              Gratuit
            </Tag>,
          ]}
        </Tags>,
      ),
    ).toBe(
      '<ul class="fr-tags-group fr-mt-1w" aria-label="Services"><li><p class="fr-tag fr-tag--sm">Démarches</p></li><li><p class="fr-tag fr-tag--sm fr-tag--blue-ecume">Gratuit</p></li></ul>',
    );
  });
});

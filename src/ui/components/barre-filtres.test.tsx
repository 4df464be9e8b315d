import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { BarreFiltres } from './barre-filtres.tsx';
import { Input } from './form.tsx';
import { ElementSection } from './section-formulaire.tsx';

describe('BarreFiltres', () => {
  it('un formulaire GET avec ses filtres, son bouton et le lien qui les efface', () => {
    const html = renderToString(
      <BarreFiltres
        action="/admin/audit"
        legend="Filtrer le journal"
        effacer="/admin/audit"
        actions={
          <li>
            <a href="/export">Exporter</a>
          </li>
        }
      >
        <ElementSection inline>
          <Input name="acteur" label="Auteur" />
        </ElementSection>
      </BarreFiltres>,
    );
    expect(html).toMatch(
      /^<form method="get" action="\/admin\/audit" class="fr-mb-4w"><fieldset class="fr-fieldset">/,
    );
    expect(html).toContain('<legend class="fr-fieldset__legend">Filtrer le journal</legend>');
    expect(html).toContain('name="acteur"');
    expect(html).toContain('<button type="submit" class="fr-btn">Filtrer</button>');
    expect(html).toContain('<a class="fr-btn fr-btn--secondary" href="/admin/audit">Effacer les filtres</a>');
    expect(html).toContain('<li><a href="/export">Exporter</a></li></ul>');
  });

  it('le libellé du bouton se choisit ; sans lien pour effacer', () => {
    const html = renderToString(
      <BarreFiltres action="/admin/utilisateurs" legend="Rechercher" bouton="Rechercher">
        {null}
      </BarreFiltres>,
    );
    expect(html).toContain('>Rechercher</button>');
    expect(html).not.toContain('Effacer');
  });
});

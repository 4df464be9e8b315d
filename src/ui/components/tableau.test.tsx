import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Tableau } from './tableau.tsx';

const lignes = [
  { nom: 'Laon', population: 24000 },
  { nom: 'Soissons', population: 28000 },
];

describe('Tableau', () => {
  it('rend le balisage DSFR qui défile horizontalement, avec légende et en-têtes de colonne', () => {
    const html = renderToString(
      <Tableau
        titre="Communes"
        class="fr-table--sm"
        colonnes={['Commune', { libelle: 'Habitants', class: 'fr-cell--right' }, false]}
        lignes={lignes}
        ligne={(c) => (
          <tr>
            <th scope="row">{c.nom}</th>
            <td>{c.population}</td>
          </tr>
        )}
      />,
    );
    expect(html).toMatch(
      /^<div class="fr-table fr-table--sm"><div class="fr-table__wrapper"><div class="fr-table__container" tabindex="0"><div class="fr-table__content"><table><caption>Communes<\/caption>/,
    );
    expect(html).toContain(
      '<thead><tr><th scope="col">Commune</th><th scope="col" class="fr-cell--right">Habitants</th></tr></thead>',
    );
    expect(html).toContain('<tr><th scope="row">Laon</th><td>24000</td></tr>');
    expect(html).not.toContain('colspan');
  });

  it('dit quand il n’y a rien, sur toute la largeur ; la légende peut être masquée', () => {
    const html = renderToString(
      <Tableau
        titre="Jetons"
        titreMasque
        colonnes={['Nom', 'État']}
        lignes={[] as string[]}
        ligne={(n) => (
          <tr>
            <td>{n}</td>
          </tr>
        )}
        vide="Aucun jeton pour l’instant."
      />,
    );
    expect(html).toContain('<div class="fr-table fr-table--no-caption">');
    expect(html).toContain('<caption>Jetons</caption>');
    expect(html).toContain('<tbody><tr><td colspan="2">Aucun jeton pour l’instant.</td></tr></tbody>');
  });

  it('sans en-têtes de colonne : un tableau de lignes titrées', () => {
    const html = renderToString(
      <Tableau
        titre="Résumé"
        colonnes={[]}
        lignes={[['Lignes lues', 3] as const]}
        ligne={([libelle, valeur]) => (
          <tr>
            <th scope="row">{libelle}</th>
            <td>{valeur}</td>
          </tr>
        )}
      />,
    );
    expect(html).not.toContain('<thead>');
    expect(html).toContain(
      '<caption>Résumé</caption><tbody><tr><th scope="row">Lignes lues</th><td>3</td></tr></tbody>',
    );
  });
});

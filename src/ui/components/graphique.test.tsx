import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { echelle, Graphique } from './graphique.tsx';

describe('Graphique', () => {
  it('arrondit le haut de l’échelle à une valeur lisible', () => {
    expect(echelle(0)).toBe(4);
    expect(echelle(7)).toBe(10);
    expect(echelle(148)).toBe(200);
    expect(echelle(71)).toBe(100);
    expect(echelle(22)).toBe(25);
    expect(echelle(1000)).toBe(1000);
  });

  it('une figure avec sa légende, une image SVG nommée et le tableau de ses valeurs', () => {
    const html = renderToString(
      <Graphique
        id="g"
        titre="Recrutements"
        resume="Deux mois : 3 puis 5."
        type="courbes"
        abscisses={['janv. 21', 'févr. 21']}
        series={[
          { nom: 'Enregistrés', valeurs: [3, 5] },
          { nom: 'Validés', valeurs: [1, 4] },
        ]}
      >
        <table>
          <caption>Valeurs</caption>
        </table>
      </Graphique>,
    );
    expect(html).toMatch(/^<figure class="maillage-graphique fr-mb-3w" id="g"><figcaption>/);
    expect(html).toContain('role="img" aria-labelledby="g-titre g-resume"');
    expect(html).toContain(
      '<title id="g-titre">Recrutements</title><desc id="g-resume">Deux mois : 3 puis 5.</desc>',
    );
    expect(html.match(/<polyline/g)).toHaveLength(2);
    // Series differ by dash pattern too, not by colour alone.
    expect(html).toContain('stroke-dasharray="6 3"');
    expect(html).toContain('<li>');
    expect(html).toContain('Validés');
    expect(html).toContain('<table><caption>Valeurs</caption></table></figure>');
    // No inline style: the CSP forbids it.
    expect(html).not.toContain('style=');
  });

  it('des barres qui restent dans le cadre, même toutes à zéro', () => {
    const html = renderToString(
      <Graphique
        id="b"
        titre="Candidatures"
        resume="Rien."
        type="barres"
        abscisses={['mars 21']}
        series={[{ nom: 'Déposées', valeurs: [0] }]}
      />,
    );
    expect(html).toContain('<rect');
    expect(html).not.toContain('NaN');
    expect(html).not.toContain('height="-');
  });
});

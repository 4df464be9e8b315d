import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { CasesACocher, Radios } from './choix.tsx';

const options = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];

describe('Radios', () => {
  it('un bouton radio étiqueté par option, la valeur cochée, l’erreur reliée au groupe', () => {
    const html = renderToString(
      <Radios
        name="accord"
        legend="Êtes-vous d’accord ?"
        options={options}
        value="non"
        error="Répondez."
        inline
        required
      />,
    );
    expect(html).toContain('aria-labelledby="champ-accord-legende champ-accord-erreur"');
    expect(html).toContain('<span class="fr-sr-only"> (obligatoire)</span>');
    expect(html.match(/fr-fieldset__element fr-fieldset__element--inline/g)).toHaveLength(2);
    expect(html).toContain('<input type="radio" id="champ-accord-oui" name="accord" value="oui"/>');
    expect(html).toContain('<input type="radio" id="champ-accord-non" name="accord" value="non" checked/>');
    expect(html).toContain('<label class="fr-label" for="champ-accord-non">Non</label>');
  });
});

describe('CasesACocher', () => {
  it('des cases partageant un nom, cochées selon les valeurs, avec leur aide', () => {
    const html = renderToString(
      <CasesACocher
        name="jours"
        legend="Jours"
        options={[...options, { value: 'peut-etre', label: 'Peut-être', hint: 'À confirmer.' }]}
        values={['oui', 'peut-etre']}
      />,
    );
    expect(html).toContain(
      '<fieldset class="fr-fieldset" id="champ-jours" aria-labelledby="champ-jours-legende">',
    );
    expect(html.match(/<input type="checkbox"[^>]*>/g)).toEqual([
      '<input type="checkbox" id="champ-jours-oui" name="jours" value="oui" checked/>',
      '<input type="checkbox" id="champ-jours-non" name="jours" value="non"/>',
      '<input type="checkbox" id="champ-jours-peut-etre" name="jours" value="peut-etre" checked/>',
    ]);
    expect(html).toContain('Peut-être<span class="fr-hint-text">À confirmer.</span></label>');
  });
});

import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { COMMUNE_AUTOCOMPLETE_SCRIPT, CommuneField } from './commune-field.tsx';

const attr = (html: string, tag: RegExp) => html.match(tag)?.[0] ?? '';

describe('CommuneField', () => {
  it('rend un champ texte DSFR étiqueté, avec le code INSEE caché et le script en module', () => {
    const html = renderToString(
      <CommuneField name="commune" label="Commune" value="Laon (02000)" code="02408" required />,
    );
    const texte = attr(html, /<input class="fr-input"[^>]*>/);
    expect(texte).toContain('id="champ-commune"');
    expect(texte).toContain('name="commune"');
    expect(texte).toContain('type="text"');
    expect(texte).toContain('value="Laon (02000)"');
    expect(texte).toContain('aria-describedby="champ-commune-aide"');
    // Without JavaScript it is a plain text field: no combobox role until the script adds it.
    expect(texte).not.toContain('role=');
    expect(html).toContain('<label class="fr-label" for="champ-commune">Commune');
    expect(html).toContain('(obligatoire)');
    const cache = attr(html, /<input type="hidden"[^>]*>/);
    expect(cache).toContain('name="commune_code"');
    expect(cache).toContain('value="02408"');
    expect(cache).not.toContain('disabled');
    expect(html).toContain('data-champ-code="champ-commune_code"');
    expect(html).toContain(`<script type="module" src="${COMMUNE_AUTOCOMPLETE_SCRIPT}"></script>`);
    expect(html).not.toContain('type="radio"');
  });

  it('montre l’erreur reliée au champ', () => {
    const html = renderToString(
      <CommuneField name="ville" codeName="ville_insee" label="Ville" error="Indiquez une commune." />,
    );
    expect(html).toContain('fr-input-group--error');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="champ-ville-aide champ-ville-erreur"');
    expect(html).toContain('<p class="fr-error-text" id="champ-ville-erreur">Indiquez une commune.</p>');
    expect(html).toContain('name="ville_insee"');
  });

  it('propose les communes candidates en boutons radio et neutralise le code caché', () => {
    const html = renderToString(
      <CommuneField
        name="commune"
        label="Commune"
        value="Saint-Denis"
        code="93066"
        error="Plusieurs communes s’appellent « Saint-Denis » : choisissez la vôtre."
        candidates={[
          { code: '97411', libelle: 'Saint-Denis (97400)', departementNom: 'La Réunion', population: 155634 },
          {
            code: '93066',
            libelle: 'Saint-Denis (93200)',
            departementNom: 'Seine-Saint-Denis',
            population: null,
          },
        ]}
      />,
    );
    expect(attr(html, /<input type="hidden"[^>]*>/)).toContain('disabled');
    expect(html).toContain('<fieldset class="fr-fieldset" id="champ-commune-choix"');
    expect(html).toContain('Choisissez la commune');
    const radios = html.match(/<input type="radio"[^>]*>/g) ?? [];
    expect(radios).toHaveLength(2);
    expect(radios[0]).toContain('name="commune_code"');
    expect(radios[0]).toContain('value="97411"');
    expect(radios[0]).not.toContain('checked');
    expect(radios[1]).toContain('checked');
    expect(html).toContain('<label class="fr-label" for="champ-commune-choix-97411">Saint-Denis (97400)');
    expect(html).toMatch(/La Réunion · 155\s?634 habitants/);
    expect(html).toContain('data-choix="champ-commune-choix"');
  });

  it('échappe le texte saisi', () => {
    const html = renderToString(
      <CommuneField name="commune" label="Commune" value={'"><script>x</script>'} />,
    );
    expect(html).not.toContain('<script>x</script>');
  });
});

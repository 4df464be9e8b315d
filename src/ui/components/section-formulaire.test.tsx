import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ElementSection, SectionFormulaire } from './section-formulaire.tsx';

describe('SectionFormulaire', () => {
  it('nomme le groupe par sa légende et son erreur', () => {
    const html = renderToString(
      <SectionFormulaire
        id="champ-portees"
        legend="Portées"
        hint="Au moins une."
        error="Choisissez-en une."
        required
      >
        <ElementSection>contenu</ElementSection>
      </SectionFormulaire>,
    );
    expect(html).toContain(
      '<fieldset class="fr-fieldset fr-fieldset--error" id="champ-portees" aria-labelledby="champ-portees-legende champ-portees-erreur">',
    );
    expect(html).toContain(
      '<legend class="fr-fieldset__legend" id="champ-portees-legende">Portées<span class="fr-sr-only"> (obligatoire)</span><span class="fr-hint-text">Au moins une.</span></legend>',
    );
    expect(html).toMatch(
      /<div class="fr-fieldset__element">contenu<\/div><div class="fr-messages-group" id="champ-portees-erreur" aria-live="polite"><p class="fr-message fr-message--error">Choisissez-en une\.<\/p><\/div><\/fieldset>$/,
    );
  });

  it('sans identifiant ni erreur : un simple fieldset, l’erreur peut suivre la légende', () => {
    expect(
      renderToString(
        <SectionFormulaire legend="Adresse">
          <ElementSection inline>x</ElementSection>
        </SectionFormulaire>,
      ),
    ).toBe(
      '<fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Adresse</legend><div class="fr-fieldset__element fr-fieldset__element--inline">x</div></fieldset>',
    );
    const html = renderToString(
      <SectionFormulaire legend="Restriction" error="Pas les deux." errorPlacement="debut" regular>
        <ElementSection>x</ElementSection>
      </SectionFormulaire>,
    );
    expect(html).toContain('<legend class="fr-fieldset__legend fr-fieldset__legend--regular">');
    expect(html).toMatch(
      /<\/legend><div class="fr-messages-group">.*<\/div><div class="fr-fieldset__element">x/,
    );
  });
});

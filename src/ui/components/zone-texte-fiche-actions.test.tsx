import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { BoutonAction } from './bouton-action.tsx';
import { ChampId, ChoixId } from './champ-id.tsx';
import { Fiche } from './fiche.tsx';
import { ZoneTexte } from './zone-texte.tsx';

describe('ZoneTexte', () => {
  it('dit sa limite, relie aide, compteur et erreur, et compte les caractères déjà saisis', () => {
    const html = renderToString(
      <ZoneTexte
        name="motivation"
        label="Motivation"
        max={2000}
        min={50}
        value="Bonjour"
        error="Trop court."
        required
      />,
    );
    expect(html).toContain('Entre 50 et 2\u202f000 caractères.');
    expect(html).toContain('<span class="fr-sr-only"> (obligatoire)</span>');
    expect(html).toContain(
      'aria-describedby="champ-motivation-aide champ-motivation-compteur champ-motivation-erreur"',
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('maxlength="2000"');
    expect(html).toContain('7 / 2\u202f000 caractères');
    expect(html).toContain('<p class="fr-error-text" id="champ-motivation-erreur">Trop court.</p>');
  });
});

describe('Fiche', () => {
  it('rend une liste de définitions libellé → valeur', () => {
    expect(
      renderToString(
        <Fiche
          lignes={[
            ['SIRET', '123'],
            ['Commune', <strong>Laon</strong>],
          ]}
        />,
      ),
    ).toBe(
      '<dl class="maillage-fiche"><dt class="fr-text--bold fr-mb-0">SIRET</dt><dd class="fr-mb-2w fr-ml-0">123</dd><dt class="fr-text--bold fr-mb-0">Commune</dt><dd class="fr-mb-2w fr-ml-0"><strong>Laon</strong></dd></dl>',
    );
  });
});

describe('BoutonAction', () => {
  it('un formulaire POST à lui seul, jeton CSRF et champs cachés compris, précision pour les lecteurs d’écran', () => {
    const html = renderToString(
      <BoutonAction
        action="/x/valider"
        csrf="jeton"
        libelle="Valider"
        champs={{ id: '42' }}
        precision="de Marie Dupont"
        secondaire
      />,
    );
    expect(html).toContain('<form method="post" action="/x/valider" class="fr-mb-0">');
    expect(html).toContain('<input type="hidden" name="_csrf" value="jeton"/>');
    expect(html).toContain('<input type="hidden" name="id" value="42"/>');
    expect(html).toContain('class="fr-btn fr-btn--sm fr-btn--secondary"');
    expect(html).toContain('<span class="fr-sr-only"> de Marie Dupont</span>');
  });
});

describe('ChampId et ChoixId', () => {
  it('un champ et une liste à identifiant explicite, l’étiquette reliée', () => {
    const champ = renderToString(
      <ChampId id="date-1" name="date" label="Date" type="date" value="2026-01-02" />,
    );
    expect(champ).toContain('<label class="fr-label" for="date-1">Date</label>');
    expect(champ).toContain('id="date-1" name="date" type="date" value="2026-01-02"');
    const choix = renderToString(
      <ChoixId
        id="motif-1"
        name="motif"
        label="Motif"
        placeholder="Choisir"
        value="b"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
      />,
    );
    expect(choix).toContain('<option value>Choisir</option>');
    expect(choix).toContain('<option value="b" selected>B</option>');
  });
});

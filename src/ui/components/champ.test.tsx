import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ariaErreur, Champ } from './champ.tsx';
import { Input, Select, Textarea } from './form.tsx';

describe('Champ', () => {
  it('étiquette le contrôle, dit qu’il est obligatoire et relie l’erreur par aria-describedby', () => {
    const html = renderToString(
      <Champ id="champ-nom" label="Nom" hint="Tel qu’écrit sur la pièce." error="Indiquez le nom." required>
        <input class="fr-input" id="champ-nom" {...ariaErreur('champ-nom', 'Indiquez le nom.')} />
      </Champ>,
    );
    expect(html).toContain('<div class="fr-input-group fr-input-group--error">');
    expect(html).toContain(
      '<label class="fr-label" for="champ-nom">Nom<span class="fr-sr-only"> (obligatoire)</span><span class="fr-hint-text">Tel qu’écrit sur la pièce.</span></label>',
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="champ-nom-erreur"');
    expect(html).toContain('<p class="fr-error-text" id="champ-nom-erreur">Indiquez le nom.</p>');
  });

  it('sans erreur, ni état d’erreur ni attribut aria', () => {
    const html = renderToString(
      <Champ id="champ-role" label="Rôle" groupe="select">
        <select class="fr-select" id="champ-role" {...ariaErreur('champ-role', undefined)} />
      </Champ>,
    );
    expect(html).toBe(
      '<div class="fr-select-group"><label class="fr-label" for="champ-role">Rôle</label><select class="fr-select" id="champ-role"></select></div>',
    );
  });

  it('sert aux champs texte, zones de texte et listes', () => {
    for (const html of [
      renderToString(<Input name="a" label="A" error="Erreur." />),
      renderToString(<Textarea name="a" label="A" error="Erreur." />),
      renderToString(<Select name="a" label="A" options={[]} error="Erreur." />),
    ]) {
      expect(html).toContain('for="champ-a"');
      expect(html).toContain('aria-describedby="champ-a-erreur"');
      expect(html).toContain('<p class="fr-error-text" id="champ-a-erreur">Erreur.</p>');
    }
  });
});

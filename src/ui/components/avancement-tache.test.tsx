import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AvancementTache, texteAvancement } from './avancement-tache.tsx';

describe('avancement d’une tâche de fond', () => {
  it('dit l’étape et la part faite, en français', () => {
    expect(texteAvancement({ fait: 0, total: null, etape: 'En attente de démarrage' })).toBe(
      'En attente de démarrage…',
    );
    expect(texteAvancement({ fait: 0, total: null, etape: null })).toBe('En préparation…');
    expect(texteAvancement({ fait: 1250, total: 20000, etape: 'Écriture des lieux' })).toBe(
      'Écriture des lieux : 1\u202f250 sur 20\u202f000 (6 %)',
    );
  });

  it('barre native étiquetée, texte annoncé poliment, lien d’actualisation sans JavaScript', () => {
    const html = renderToString(
      <AvancementTache
        id="a"
        libelle="Avancement"
        fait={5}
        total={10}
        etape={null}
        etatUrl="/x/etat"
        pageUrl="/x"
      />,
    );
    expect(html).toContain('<label for="a"');
    expect(html).toMatch(/<progress id="a"[^>]*max="10"[^>]*value="5"/);
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('data-suivi-tache="/x/etat"');
    expect(html).toContain('href="/x"');
  });
});

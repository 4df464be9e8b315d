import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ERRORS, ErrorPage, PagePasTrouvee } from './errors.tsx';

describe('PagePasTrouvee', () => {
  it('est la page d’erreur 404, avec ses liens vers l’accueil et le plan du site', () => {
    const html = renderToString(<PagePasTrouvee />);
    expect(html).toBe(renderToString(<ErrorPage status={404} {...ERRORS[404]} />));
    expect(html).toContain('<h1>Page non trouvée</h1>');
    expect(html).toContain('Erreur 404');
    expect(html).toContain('href="/plan-du-site"');
  });
});

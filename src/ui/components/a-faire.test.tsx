import { renderToString as render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ListeAFaire } from './a-faire.tsx';

describe('ListeAFaire', () => {
  it('links each waiting item to the page where the action is, with its count in French format', () => {
    const html = render(
      <ListeAFaire
        elements={[
          { nombre: 1234, libelle: 'recrutements attendent votre validation', href: '/anct/recrutements' },
        ]}
      />,
    );
    expect(html).toContain('<h2 id="titre-a-faire">À faire</h2>');
    expect(html).toMatch(/<a class="fr-link" href="\/anct\/recrutements"><strong>1\u202f234<\/strong>/);
    expect(html).toContain('recrutements attendent votre validation');
  });

  it('says plainly when nothing waits', () => {
    expect(render(<ListeAFaire elements={[]} />)).toContain('Rien ne vous attend pour le moment.');
  });
});

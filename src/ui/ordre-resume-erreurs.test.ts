import { describe, expect, it } from 'vitest';
import { ordonnerResumeErreurs } from './ordre-resume-erreurs.ts';

const resume = (...ids: string[]) =>
  `<div id="resume-erreurs"><ul>${ids.map((id) => `<li><a href="#${id}">${id}</a></li>`).join('')}</ul></div>`;

describe('ordonnerResumeErreurs', () => {
  it('lists the messages in the order of the fields on the page', () => {
    const html = `${resume('champ-commune', 'champ-email', 'champ-prenom')}<form><input id="champ-prenom"><input id="champ-email"><div id="champ-commune"></div></form>`;
    const ids = [...ordonnerResumeErreurs(html).matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['champ-prenom', 'champ-email', 'champ-commune']);
  });

  it('keeps a message without a field on the page at the end, and leaves a page without summary alone', () => {
    const html = `${resume('champ-absent', 'champ-b', 'champ-a')}<input id="champ-a"><input id="champ-b">`;
    const ids = [...ordonnerResumeErreurs(html).matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['champ-a', 'champ-b', 'champ-absent']);
    expect(ordonnerResumeErreurs('<p>rien</p>')).toBe('<p>rien</p>');
  });
});

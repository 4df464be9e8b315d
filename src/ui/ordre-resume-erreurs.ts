/**
 * The error summary lists each message in the order the form shows its fields (RGAA 11.10, issue 8):
 * a schema's key order, or the order its checks ran in, says nothing of the page. Applied to the
 * rendered page, so every form gets it whatever builds its errors; a message whose field is not on the
 * page keeps its place at the end.
 */
export function ordonnerResumeErreurs(html: string): string {
  const debut = html.indexOf('id="resume-erreurs"');
  if (debut < 0) return html;
  const ouvreListe = html.indexOf('<ul>', debut);
  const fermeListe = html.indexOf('</ul>', ouvreListe);
  if (ouvreListe < 0 || fermeListe < 0) return html;
  const liste = html.slice(ouvreListe + 4, fermeListe);
  const elements = liste.match(/<li>[\s\S]*?<\/li>/g);
  if (!elements || elements.length < 2 || elements.join('') !== liste) return html;
  const suite = html.slice(fermeListe);
  const position = (li: string) => {
    const id = li.match(/href="#([^"]+)"/)?.[1];
    const p = id ? suite.indexOf(`id="${id}"`) : -1;
    return p < 0 ? Number.MAX_SAFE_INTEGER : p;
  };
  const tries = elements
    .map((li, rang) => ({ li, rang, pos: position(li) }))
    .sort((a, b) => a.pos - b.pos || a.rang - b.rang)
    .map((e) => e.li)
    .join('');
  return `${html.slice(0, ouvreListe + 4)}${tries}${suite}`;
}

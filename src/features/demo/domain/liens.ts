export type Segment = { texte: string } | { lien: string; texte: string };

const URL = /https?:\/\/[^\s<>"']+/g;

/**
 * Splits a plain-text mail into text and links. Links to this site become relative, so they work from
 * whatever address the demo is opened with; trailing punctuation stays outside the link.
 */
export function segmenterLiens(texte: string, baseUrl: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of texte.matchAll(URL)) {
    let url = m[0];
    const trailing = url.match(/[.,;:!?)\]]+$/)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    const start = m.index;
    if (start > last) out.push({ texte: texte.slice(last, start) });
    const lien = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
    out.push({ lien, texte: url });
    last = start + url.length;
  }
  if (last < texte.length) out.push({ texte: texte.slice(last) });
  return out;
}

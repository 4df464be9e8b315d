/**
 * A web address a page may link to: `http:` or `https:` only, with a host. `javascript:`, `data:`,
 * `vbscript:`, `file:` and anything unparsable give null — at entry (forms, imports, API) the value is
 * refused, and a page or an API answer never renders a stored one that slipped in before.
 */
export function urlWeb(valeur: string | null | undefined): string | null {
  const v = valeur?.trim();
  if (!v) return null;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname.includes('.')) return null;
  return v;
}

/** The web addresses of a list that may be linked to (the others left out). */
export function urlsWeb(valeurs: readonly string[]): string[] {
  return valeurs.flatMap((v) => urlWeb(v) ?? []);
}

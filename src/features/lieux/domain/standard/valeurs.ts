/** Reading raw cell values (strings, numbers, arrays, nulls) the same way for every input format. */

/** One trimmed string, or null when empty. Arrays give their first non-empty item. */
export function texte(valeur: unknown): string | null {
  if (valeur === null || valeur === undefined) return null;
  if (Array.isArray(valeur)) {
    for (const v of valeur) {
      const t = texte(v);
      if (t) return t;
    }
    return null;
  }
  if (typeof valeur === 'object') return null;
  const s = String(valeur).trim();
  return s === '' ? null : s;
}

/** Whitespace (including line breaks) collapsed to single spaces. */
export function ligneUnique(valeur: string | null): string | null {
  if (valeur === null) return null;
  const s = valeur.replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/**
 * Values of a multi-valued cell: an array is taken item by item, a string is split on `separateur`.
 * Items are trimmed, empty ones dropped, duplicates removed (first kept).
 */
export function liste(valeur: unknown, separateur: string | RegExp): string[] {
  if (valeur === null || valeur === undefined) return [];
  const bruts: string[] = Array.isArray(valeur)
    ? valeur.flatMap((v) => (v === null || v === undefined || typeof v === 'object' ? [] : [String(v)]))
    : typeof valeur === 'object'
      ? []
      : String(valeur).split(separateur);
  const vus = new Set<string>();
  const out: string[] = [];
  for (const b of bruts) {
    const v = b.trim();
    if (v && !vus.has(v)) {
      vus.add(v);
      out.push(v);
    }
  }
  return out;
}

/** A number from 43.52, "43.52" or "43,52"; null when empty or not a number. */
export function nombre(valeur: unknown): number | null {
  if (typeof valeur === 'number') return Number.isFinite(valeur) ? valeur : null;
  const t = texte(valeur);
  if (t === null) return null;
  const s = t.replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** How a value is shown in a report: lists joined with `|`, long texts cut. */
export function apercu(valeur: unknown): string {
  if (valeur === null || valeur === undefined) return '';
  const s = Array.isArray(valeur)
    ? valeur.map(String).join('|')
    : typeof valeur === 'object'
      ? ''
      : String(valeur);
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

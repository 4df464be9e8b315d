import { CLES_FILTRES, lireSelection, RAYON_DEFAUT_KM, RAYONS_KM, type SelectionFiltres } from './filtres.ts';

/**
 * The public search form (GET /lieux) as submitted, tolerant: a wrong value falls back to its default
 * (a person never gets an error page for a tampered link).
 */
export interface ValeursRecherche {
  q: string;
  commune: string;
  position: { latitude: number; longitude: number } | undefined;
  rayon: number;
  filtres: SelectionFiltres;
  ouvert: boolean;
  samedi: boolean;
  vue: 'liste' | 'carte';
  page: number;
}

function un(v: unknown): string {
  if (Array.isArray(v)) return un(v[0]);
  return typeof v === 'string' ? v : '';
}

export function lireValeursRecherche(query: Record<string, unknown>): ValeursRecherche {
  const lat = Number(un(query.lat));
  const lon = Number(un(query.lon));
  const position =
    un(query.lat) !== '' && un(query.lon) !== '' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
      ? { latitude: lat, longitude: lon }
      : undefined;
  const rayon = Number(un(query.rayon));
  const page = Number(un(query.page));
  const brut = Object.fromEntries(
    CLES_FILTRES.map((c) => {
      const v = query[c];
      return [
        c,
        Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? v : undefined,
      ];
    }),
  );
  const commune = un(query.commune).trim().toUpperCase();
  return {
    q: un(query.q).trim().slice(0, 100),
    commune: /^(\d{5}|2[AB]\d{3})$/.test(commune) ? commune : '',
    position,
    rayon: (RAYONS_KM as readonly number[]).includes(rayon) ? rayon : RAYON_DEFAUT_KM,
    filtres: lireSelection(brut).selection,
    ouvert: ['1', 'true', 'on'].includes(un(query.ouvert)),
    samedi: ['1', 'true', 'on'].includes(un(query.samedi)),
    vue: un(query.vue) === 'carte' ? 'carte' : 'liste',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The query string of a search (to link pages, views and choices while keeping every filter). */
export function queryRecherche(v: ValeursRecherche, changements: Partial<ValeursRecherche> = {}): string {
  const x = { ...v, ...changements };
  const p = new URLSearchParams();
  if (x.q) p.set('q', x.q);
  if (x.commune) p.set('commune', x.commune);
  if (x.position) {
    p.set('lat', String(x.position.latitude));
    p.set('lon', String(x.position.longitude));
  }
  p.set('rayon', String(x.rayon));
  for (const c of CLES_FILTRES) for (const valeur of x.filtres[c] ?? []) p.append(c, valeur);
  if (x.ouvert) p.set('ouvert', '1');
  if (x.samedi) p.set('samedi', '1');
  if (x.vue !== 'liste') p.set('vue', x.vue);
  if (x.page > 1) p.set('page', String(x.page));
  return p.toString();
}

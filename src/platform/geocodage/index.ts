import { geocodeurBan } from './ban.ts';
import { type Geocodeur, geocodeurDesactive } from './geocodeur.ts';

export { geocodeurBan } from './ban.ts';
export * from './geocodeur.ts';
export * from './selection.ts';

const instances = new Map<string, Geocodeur>();

/**
 * The geocoder a configuration names: the BAN adapter when GEOCODAGE_URL is set, else the disabled one
 * (every caller then falls back to the commune's centre). One instance per address and timeout.
 */
export function geocodeurPour(config: {
  geocodageUrl?: string | undefined;
  geocodageDelaiMs: number;
}): Geocodeur {
  if (!config.geocodageUrl) return geocodeurDesactive;
  const cle = `${config.geocodageUrl} ${config.geocodageDelaiMs}`;
  let g = instances.get(cle);
  if (!g) {
    g = geocodeurBan({ url: config.geocodageUrl, delaiMs: config.geocodageDelaiMs });
    instances.set(cle, g);
  }
  return g;
}

import type { DemandeGeocodage, Geocodeur, LigneLot, ReponseGeocodage, ReponseLot } from './geocodeur.ts';
import { csvDemandeLot, lireReponseLot, lireReponseRecherche } from './reponse-ban.ts';

/**
 * The BAN adapter (`api-adresse.data.gouv.fr`, or any server speaking its format): each call is
 * bounded by a timeout and retried a bounded number of times on network errors, 429 and 5xx. Anything
 * else — a slow or broken service, a body that is not the expected format — answers `indisponible`,
 * never an exception: geocoding helps, it must never stop a save.
 */

export interface OptionsBan {
  /** Base address, e.g. https://api-adresse.data.gouv.fr (no trailing /search). */
  url: string;
  /** Per attempt, in milliseconds. */
  delaiMs: number;
  /** Retries after the first attempt (0 to 3). */
  essais?: number;
  /** Waited between attempts, in milliseconds. */
  pauseMs?: number;
}

async function appeler(
  options: OptionsBan,
  faire: (signal: AbortSignal) => Promise<Response>,
  delaiMs: number,
): Promise<Response | null> {
  const essais = Math.min(Math.max(options.essais ?? 1, 0), 3);
  for (let i = 0; i <= essais; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, (options.pauseMs ?? 200) * i));
    try {
      const res = await faire(AbortSignal.timeout(delaiMs));
      if (res.ok) return res;
      await res.body?.cancel();
      if (res.status !== 429 && res.status < 500) return null;
    } catch {
      // Network error or timeout: retried below, then `indisponible`.
    }
  }
  return null;
}

const COMMUNES_A_ARRONDISSEMENTS = new Set(['75056', '69123', '13055']);

export function geocodeurBan(options: OptionsBan): Geocodeur {
  const base = options.url.replace(/\/+$/, '');
  return {
    actif: true,
    async rechercher(d: DemandeGeocodage): Promise<ReponseGeocodage> {
      const params = new URLSearchParams({ q: d.q.trim().slice(0, 200) });
      params.set('limit', String(Math.min(Math.max(d.limite ?? 5, 1), 10)));
      // Paris, Lyon, Marseille: the BAN knows only arrondissements' codes; narrowed afterwards.
      if (d.codeInsee && !COMMUNES_A_ARRONDISSEMENTS.has(d.codeInsee)) params.set('citycode', d.codeInsee);
      else if (d.codePostal) params.set('postcode', d.codePostal);
      params.set('autocomplete', d.autocompletion ? '1' : '0');
      const res = await appeler(
        options,
        (signal) => fetch(`${base}/search/?${params}`, { signal, headers: { accept: 'application/json' } }),
        options.delaiMs,
      );
      if (!res) return { ok: false, raison: 'indisponible' };
      try {
        const adresses = lireReponseRecherche(await res.json());
        return adresses ? { ok: true, adresses } : { ok: false, raison: 'indisponible' };
      } catch {
        return { ok: false, raison: 'indisponible' };
      }
    },
    async geocoderLot(lignes: readonly LigneLot[]): Promise<ReponseLot> {
      if (lignes.length === 0) return { ok: true, resultats: new Map() };
      const csv = csvDemandeLot(
        lignes.map((l) =>
          l.codeInsee && COMMUNES_A_ARRONDISSEMENTS.has(l.codeInsee) ? { ...l, codeInsee: undefined } : l,
        ),
      );
      const res = await appeler(
        options,
        (signal) => {
          const form = new FormData();
          form.append('data', new Blob([csv], { type: 'text/csv' }), 'adresses.csv');
          form.append('columns', 'adresse');
          form.append('citycode', 'code_insee');
          form.append('postcode', 'code_postal');
          return fetch(`${base}/search/csv/`, { method: 'POST', body: form, signal });
        },
        // A batch takes longer than one search (the service geocodes each line): 5 s at least per 100.
        Math.max(options.delaiMs * 5, 5000) * Math.max(1, Math.ceil(lignes.length / 100)),
      );
      if (!res) return { ok: false, raison: 'indisponible' };
      try {
        const resultats = lireReponseLot(await res.text());
        return resultats ? { ok: true, resultats } : { ok: false, raison: 'indisponible' };
      } catch {
        return { ok: false, raison: 'indisponible' };
      }
    },
  };
}

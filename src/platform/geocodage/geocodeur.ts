/**
 * The geocoding port: an address (free text, optionally narrowed to a commune) becomes positions.
 * One adapter speaks the national address service (BAN, `api-adresse`); another answers nothing when
 * geocoding is disabled. Callers fall back to the commune's centre (territoires) when it answers nothing.
 */

/** The BAN's result types, from the most precise to the least. */
export type TypeAdresse = 'housenumber' | 'street' | 'locality' | 'municipality';

/** How precise a geocoded position is. */
export type PrecisionGeocodage = 'adresse' | 'rue' | 'lieu_dit' | 'commune';

/** How far a stored position can be trusted (`saisie`: typed by the person). */
export type PrecisionPosition = PrecisionGeocodage | 'saisie';

export interface AdresseTrouvee {
  /** The full label, e.g. « 20 Avenue de Ségur 75007 Paris ». */
  label: string;
  /** Number and street (or locality) without the commune, e.g. « 20 Avenue de Ségur ». */
  nom: string;
  latitude: number;
  longitude: number;
  /** 0 to 1: how well the address matches the query. */
  score: number;
  type: TypeAdresse;
  codePostal: string;
  codeInsee: string;
  commune: string;
}

export interface DemandeGeocodage {
  q: string;
  /** Narrows to one commune (INSEE code). */
  codeInsee?: string | undefined;
  codePostal?: string | undefined;
  /** 1 to 10. */
  limite?: number | undefined;
  /** Autocompletion (a prefix being typed) rather than a full address. */
  autocompletion?: boolean | undefined;
}

/** `indisponible`: the service is down, slow or disabled; the caller falls back. */
export type ReponseGeocodage =
  | { ok: true; adresses: AdresseTrouvee[] }
  | { ok: false; raison: 'indisponible' | 'desactive' };

export interface LigneLot {
  /** The caller's identifier, returned with the result. */
  id: string;
  adresse: string;
  codeInsee?: string | undefined;
  codePostal?: string | undefined;
}

export type ReponseLot =
  | { ok: true; resultats: Map<string, AdresseTrouvee | null> }
  | { ok: false; raison: 'indisponible' | 'desactive' };

export interface Geocodeur {
  /** Whether a real service is configured (false: every answer is `desactive`). */
  readonly actif: boolean;
  rechercher(demande: DemandeGeocodage): Promise<ReponseGeocodage>;
  /** Many addresses in one request (the BAN's CSV endpoint); the best match of each, or null. */
  geocoderLot(lignes: readonly LigneLot[]): Promise<ReponseLot>;
}

export const geocodeurDesactive: Geocodeur = {
  actif: false,
  rechercher: async () => ({ ok: false, raison: 'desactive' }),
  geocoderLot: async () => ({ ok: false, raison: 'desactive' }),
};

import { urlsWeb, urlWeb } from '../../../platform/valeurs/url-web.ts';
import { ouvertureDuLieu } from '../domain/horaires-texte.ts';
import type { LieuIndexe, Resultat } from './index-memoire.ts';

/** "à 650 m", "à 3,2 km", "à 12 km". */
/** One formatter for every distance (`toLocaleString` built a new one per call: 20 % of a search page). */
const KILOMETRES = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function distanceEnFrancais(km: number): string {
  if (km < 1) return `à ${Math.max(10, Math.round((km * 1000) / 10) * 10)} m`;
  const valeur = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `à ${KILOMETRES.format(valeur)} km`;
}

/** "+33323016717" → "03 23 01 67 17"; "+590590123456" → "05 90 12 34 56"; other forms as given. */
export function telephoneEnFrancais(e164: string | null): string | null {
  if (!e164) return null;
  const m = e164.match(/^\+(33|590|594|262|596|269)(\d{9})$/);
  if (!m) return e164;
  const national = `0${m[2]!}`;
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** Typologies of data·inclusion most used by places, named for a person. */
const TYPOLOGIES: Record<string, string> = {
  ASSO: 'Association',
  BIB: 'Bibliothèque, médiathèque',
  CCAS: 'Centre communal d’action sociale (CCAS)',
  CS: 'Centre social',
  CSC: 'Centre socio-culturel',
  EPN: 'Espace public numérique',
  MJC: 'Maison des jeunes et de la culture',
  MQ: 'Maison de quartier',
  MUNI: 'Mairie',
  RFS: 'France Services',
  TIERS_LIEUX: 'Tiers-lieu',
};

export function typologieEnFrancais(code: string): string {
  return TYPOLOGIES[code] ?? code;
}

/** A place in API lists: the standard's field names, plus its state now and its distance. */
export function presenterLieuApi(r: Resultat, instant: Date) {
  const l = r.lieu;
  const ouverture = ouvertureDuLieu(l.horaires, l, instant);
  return {
    id: l.id,
    nom: l.nom,
    adresse: l.adresse,
    complement_adresse: l.complementAdresse,
    code_postal: l.codePostal,
    commune: l.commune,
    code_insee: l.codeInsee,
    departement: l.departementCode,
    latitude: l.latitude,
    longitude: l.longitude,
    telephone: l.telephone,
    courriels: l.courriels,
    site_web: urlsWeb(l.siteWeb),
    horaires: l.horaires,
    ouvert_maintenant: ouverture.statut === 'ouvert' ? true : ouverture.statut === 'ferme' ? false : null,
    typologie: l.typologie,
    services: l.services,
    publics_specifiquement_adresses: l.publicsSpecifiquementAdresses,
    prise_en_charge_specifique: l.priseEnChargeSpecifique,
    frais_a_charge: l.fraisACharge,
    dispositif_programmes_nationaux: l.dispositifProgrammesNationaux,
    modalites_acces: l.modalitesAcces,
    modalites_accompagnement: l.modalitesAccompagnement,
    prise_rdv: urlWeb(l.priseRdv),
    date_maj: l.dateMaj,
    ...(r.distanceKm !== undefined ? { distance_km: Math.round(r.distanceKm * 1000) / 1000 } : {}),
  };
}

/** A place in the public result list. */
export function presenterLieuListe(r: Resultat, instant: Date) {
  const l: LieuIndexe = r.lieu;
  return {
    id: l.id,
    nom: l.nom,
    adresse: [l.adresse, l.complementAdresse].filter(Boolean).join(', '),
    commune: `${l.codePostal} ${l.commune}`,
    telephone: l.telephone,
    telephoneAffiche: telephoneEnFrancais(l.telephone),
    services: l.services,
    frais: l.fraisACharge,
    ouverture: ouvertureDuLieu(l.horaires, l, instant),
    distance: r.distanceKm !== undefined ? distanceEnFrancais(r.distanceKm) : null,
  };
}

export type LieuListe = ReturnType<typeof presenterLieuListe>;

/** Cursor of the API lists: an opaque offset. */
export function encoderCurseur(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decoderCurseur(curseur: string): number | null {
  try {
    const v = JSON.parse(Buffer.from(curseur, 'base64url').toString('utf8')) as { o?: unknown };
    return typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0 && v.o <= 1_000_000 ? v.o : null;
  } catch {
    return null;
  }
}

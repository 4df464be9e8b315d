import type { UseCaseContext } from '../../../platform/context.ts';
import type { AdresseTrouvee, PrecisionPosition } from '../../../platform/geocodage/index.ts';
import { centreCommune, localiserAdresse } from '../../territoires/index.ts';
import type { LieuStandard } from '../domain/standard/champs.ts';
import type { ValeursLieu } from './formulaire.ts';

/**
 * The position of a place being saved. Typed coordinates win; else the address chosen among the
 * proposals; else the national address service geocodes the address; when it is unsure, the form
 * proposes its answers (works without JavaScript); when it is down, slow or not configured, the
 * commune's centre (flagged approximate). Runs before the transaction: no network call holds a lock.
 */

export type Positionnement =
  | {
      ok: true;
      latitude: number | null;
      longitude: number | null;
      precision: PrecisionPosition | null;
      adresse: string;
    }
  | { ok: false; erreurs: Record<string, string>; propositions: AdresseTrouvee[] };

const GEOCODEES = new Set<PrecisionPosition>(['adresse', 'rue', 'lieu_dit']);

/** Value of a proposal's radio button: the position travels with the form (it needs no second lookup). */
export function valeurProposition(a: AdresseTrouvee, precision: PrecisionPosition): string {
  return [a.latitude, a.longitude, precision, a.nom].join('|');
}

export const CHOIX_CENTRE = 'centre';

function lireProposition(
  v: string,
): { latitude: number; longitude: number; precision: PrecisionPosition; nom: string } | null {
  const [lat, lon, precision, ...nom] = v.split('|');
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!lat || !lon || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  if (!GEOCODEES.has(precision as PrecisionPosition)) return null;
  const n = nom.join('|').trim();
  return n ? { latitude, longitude, precision: precision as PrecisionPosition, nom: n.slice(0, 200) } : null;
}

export async function positionnerLieu(
  ctx: Pick<UseCaseContext, 'db' | 'config'>,
  valeurs: ValeursLieu,
  lieu: LieuStandard,
  avant?: {
    adresse: string;
    codeInsee: string | null;
    latitude: number | null;
    longitude: number | null;
    precision: string | null;
  },
): Promise<Positionnement> {
  const choix = valeurs.position.choix;
  const codeInsee = lieu.code_insee ?? '';
  if (choix && choix !== CHOIX_CENTRE) {
    const p = lireProposition(choix);
    if (p)
      return {
        ok: true,
        latitude: p.latitude,
        longitude: p.longitude,
        precision: p.precision,
        adresse: p.nom,
      };
  }
  // Coordinates left as they were while the address moved: they are the old address's, geocode again.
  const perimees =
    avant &&
    avant.precision !== 'saisie' &&
    lieu.latitude === avant.latitude &&
    lieu.longitude === avant.longitude &&
    (lieu.adresse !== avant.adresse || codeInsee !== (avant.codeInsee ?? ''));
  if (lieu.latitude !== null && lieu.longitude !== null && !perimees) {
    const declaree = valeurs.position.precision as PrecisionPosition;
    const inchangee = avant && lieu.latitude === avant.latitude && lieu.longitude === avant.longitude;
    const precision = GEOCODEES.has(declaree)
      ? declaree
      : inchangee
        ? ((avant.precision as PrecisionPosition | null) ?? 'saisie')
        : 'saisie';
    return { ok: true, latitude: lieu.latitude, longitude: lieu.longitude, precision, adresse: lieu.adresse };
  }
  if (!codeInsee)
    return { ok: true, latitude: null, longitude: null, precision: null, adresse: lieu.adresse };
  if (choix === CHOIX_CENTRE) {
    // The person chose the commune's centre among the proposals: no second lookup may override it.
    const c = await centreCommune(ctx.db, codeInsee);
    return {
      ok: true,
      latitude: c?.latitude ?? null,
      longitude: c?.longitude ?? null,
      precision: c ? 'commune' : null,
      adresse: lieu.adresse,
    };
  }
  const l = await localiserAdresse(
    ctx,
    { adresse: lieu.adresse, codeInsee, codePostal: lieu.code_postal },
    { proposer: true },
  );
  if (l.type === 'trouvee') return { ok: true, ...l.position, adresse: lieu.adresse };
  if (l.type === 'a_choisir') {
    return {
      ok: false,
      erreurs: {
        adresse:
          'Nous ne sommes pas sûrs de la position de cette adresse : choisissez-la parmi les adresses proposées, ou gardez le centre de la commune.',
      },
      propositions: l.propositions,
    };
  }
  const p = l.position;
  return {
    ok: true,
    latitude: p?.latitude ?? null,
    longitude: p?.longitude ?? null,
    precision: p ? 'commune' : null,
    adresse: lieu.adresse,
  };
}

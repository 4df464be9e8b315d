import type { LieuGeolocalise } from '../../lieux/index.ts';
import type { GenreLieu } from './domain/calcul.ts';

/**
 * The kinds a place counts as. Every place of the cartography is a mediation place; France Services
 * are marked by the standard's `dispositif_programmes_nationaux` (or the RFS typology). Conseillers
 * numériques in post and Aidants Connect habilitations are not data yet: added here when they land.
 */
export function genresDuLieu(l: LieuGeolocalise): GenreLieu[] {
  const genres: GenreLieu[] = ['mediation'];
  if (l.dispositifProgrammesNationaux.includes('France Services') || l.typologie.includes('RFS')) {
    genres.push('france_services');
  }
  return genres;
}

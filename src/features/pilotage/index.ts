/** The pilotage feature's public surface. */
export { GENRES_LIEU, type GenreLieu, LIBELLES_GENRES, RAYONS_KM } from './couverture/domain/calcul.ts';
export { couvertureTerritoire, distanceCommune } from './couverture/queries.ts';

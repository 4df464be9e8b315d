import { QueryBuilder } from 'drizzle-orm/pg-core';
import { communes, departements } from '../../db/schema/index.ts';

const qb = new QueryBuilder();

/**
 * The reference geography another feature may join its rows to (a candidate's commune, a structure's
 * département), read-only, through the columns listed here (ADR 013). PostgreSQL inlines the subqueries.
 */
export const communesPubliees = qb
  .select({
    code: communes.code,
    nom: communes.nom,
    departementCode: communes.departementCode,
    regionCode: communes.regionCode,
    epciCode: communes.epciCode,
    codesPostaux: communes.codesPostaux,
    population: communes.population,
    latitude: communes.latitude,
    longitude: communes.longitude,
  })
  .from(communes)
  .as('communes_publiees');

export const departementsPublies = qb
  .select({
    code: departements.code,
    nom: departements.nom,
    regionCode: departements.regionCode,
    zone: departements.zone,
  })
  .from(departements)
  .as('departements_publies');

import { QueryBuilder } from 'drizzle-orm/pg-core';
import { structures } from '../../db/schema/index.ts';

/**
 * The structures a feature may join its own rows to (an application to its structure, a contract to the
 * employer), read-only, through the columns listed here (ADR 013): other features never name the table,
 * never write it (enregistrerStructure does), and this list is the contract the owner keeps. PostgreSQL
 * inlines the subquery: a join on it costs what a join on the table costs.
 */
export const structuresPubliees = new QueryBuilder()
  .select({
    id: structures.id,
    nom: structures.nom,
    siret: structures.siret,
    type: structures.type,
    departementCode: structures.departementCode,
    communeCode: structures.communeCode,
    adresse: structures.adresse,
    codePostal: structures.codePostal,
    latitude: structures.latitude,
    longitude: structures.longitude,
    qpv: structures.qpv,
    zrr: structures.zrr,
    franceServices: structures.franceServices,
    reseauNational: structures.reseauNational,
    creeLe: structures.creeLe,
  })
  .from(structures)
  .as('structures_publiees');

import { QueryBuilder } from 'drizzle-orm/pg-core';
import { utilisateurs } from '../../db/schema/index.ts';

/**
 * Who a person is, for another feature that shows names beside its own rows (the author of an opinion,
 * the agent who decided), read-only (ADR 013). Secrets (password hash, TOTP) are not published.
 */
export const utilisateursPublies = new QueryBuilder()
  .select({
    id: utilisateurs.id,
    email: utilisateurs.email,
    prenom: utilisateurs.prenom,
    nom: utilisateurs.nom,
    actif: utilisateurs.actif,
    demo: utilisateurs.demo,
  })
  .from(utilisateurs)
  .as('utilisateurs_publies');

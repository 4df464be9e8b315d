import type { Role } from '../auth/roles.ts';
import type { ContexteUtilisateur } from '../context.ts';

/** One line of a role's "À faire" list on its home: what waits for this person, and where to act. */
export interface ElementAFaire {
  /** French, read after the count: « candidatures attendent votre avis ». */
  libelle: string;
  nombre: number;
  /** The page where the action is. */
  href: string;
}

/**
 * A feature's contribution to the home's to-do list, for the roles it names. `lister` reads only what
 * the actor's active membership may see (its département, its structure, its own candidacy).
 */
export interface SourceAFaire {
  roles: readonly Role[];
  lister: (ctx: ContexteUtilisateur) => Promise<readonly ElementAFaire[]>;
}

/** Every source of the registry for the actor's active role, in module order; empty counts left out. */
export async function listerAFaire(
  sources: readonly SourceAFaire[],
  ctx: ContexteUtilisateur,
): Promise<ElementAFaire[]> {
  const role = ctx.actor.active?.role;
  if (!role) return [];
  const listes = await Promise.all(sources.filter((s) => s.roles.includes(role)).map((s) => s.lister(ctx)));
  return listes.flat().filter((e) => e.nombre > 0);
}

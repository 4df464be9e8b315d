import { tachesFond } from '../../db/schema/index.ts';
import type { UserActor } from '../auth/actor.ts';
import type { UseCaseContext } from '../context.ts';
import { reveillerTravailleurs } from './reveil.ts';

/**
 * Queues a background task in the caller's transaction (it exists only if the caller commits); the
 * worker of a server process runs it. Returns its id, for the page that follows it.
 */
export async function planifierTache(
  ctx: UseCaseContext,
  type: string,
  parametres: unknown,
): Promise<string> {
  const [row] = await ctx.db
    .insert(tachesFond)
    .values({
      type,
      parametres,
      acteurId: ctx.actor?.kind === 'user' ? ctx.actor.userId : null,
      acteur: ctx.actor?.kind === 'user' ? acteurFige(ctx.actor) : null,
      creeLe: ctx.now,
    })
    .returning({ id: tachesFond.id });
  reveillerTravailleurs();
  return row!.id;
}

/** The person as they act now (their active membership only): what the task needs to act for them. */
function acteurFige(a: UserActor): UserActor {
  return {
    kind: 'user',
    userId: a.userId,
    email: a.email,
    prenom: a.prenom,
    nom: a.nom,
    memberships: a.active ? [a.active] : [],
    active: a.active,
    // No session: the task cannot act as a signed-in session would (no second factor to check).
    sessionIdHash: '',
    totpEnabled: a.totpEnabled,
    totpVerified: a.totpVerified,
  };
}

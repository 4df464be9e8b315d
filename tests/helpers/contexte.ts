import type { UserActor } from '../../src/platform/auth/actor.ts';
import { type ContexteUtilisateur, systemContext, type UseCaseContext } from '../../src/platform/context.ts';
import type { AppDeps } from '../../src/platform/http/deps.ts';

/**
 * The context a route would build for this signed-in person (contexteUtilisateur), for tests that call
 * a use case directly: the test's clock read now, no address unless given.
 */
export function contexteDe(
  deps: AppDeps,
  actor: UserActor,
  autres: Partial<Omit<UseCaseContext, 'actor'>> = {},
): ContexteUtilisateur {
  return { ...systemContext(deps, autres), actor };
}

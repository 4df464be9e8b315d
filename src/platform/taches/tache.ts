import type { z } from 'zod';
import type { UseCaseContext } from '../context.ts';

/** What a running task is given: the system's context, plus progress and cooperative pauses. */
export interface ContexteTache extends UseCaseContext {
  tacheId: string;
  /** Records progress (throttled: at most one write per second), shown on the page that follows it. */
  progression: (fait: number, total?: number | null, etape?: string) => Promise<void>;
  /**
   * Lets the server answer waiting requests (and the embedded database serve them) before the next
   * unit of work. Call it between units (a lot of rows, a batch of duplicates). Throws `ArretDemande`
   * when the process is stopping: the task is left 'interrompue', to be resumed.
   */
  ceder: () => Promise<void>;
}

/** A kind of background task, declared by a feature in its module (`taches`). */
export interface DefinitionTache<P = unknown> {
  /** Unique, `<feature>.<what>`. */
  type: string;
  /** French, shown with the task's progress. */
  libelle: string;
  parametres: z.ZodType<P>;
  /** The work; its result is stored with the task. A thrown error ends it 'echouee'. */
  executer: (ctx: ContexteTache, parametres: P) => Promise<unknown>;
  /** The French sentence that sums up a finished task's result, on the page that followed it. */
  resume?: (resultat: never) => string;
  /** Where the person goes next (the page the task was launched from). */
  retour?: { href: string; libelle: string };
  /** Called when the task ends without success (failure, interruption): the feature marks its own record. */
  apresEchec?: (
    ctx: UseCaseContext,
    parametres: P,
    statut: 'echouee' | 'interrompue',
    erreur: string,
  ) => Promise<void>;
}

/** Thrown by `ceder()` when the server is stopping. */
export class ArretDemande extends Error {
  constructor() {
    super('arrêt du serveur demandé');
  }
}

/** Any declared kind, whatever its parameters (the registry's list). */
// biome-ignore lint/suspicious/noExplicitAny: each kind has its own parameters, checked by its schema
export type TacheDeclaree = DefinitionTache<any>;

export function definirTache<P>(d: DefinitionTache<P>): DefinitionTache<P> {
  return d;
}

/**
 * Runs `traiter` on each item, calling `ceder` whenever about `budgetMs` of work has gone by: a long
 * pure computation (validating 20,000 rows took 2 s) never holds the event loop longer than that.
 */
export async function parTranches<T>(
  items: readonly T[],
  traiter: (item: T, index: number) => void,
  ceder: (() => Promise<void>) | undefined,
  budgetMs = 25,
): Promise<void> {
  let debut = performance.now();
  for (let i = 0; i < items.length; i++) {
    traiter(items[i]!, i);
    if (ceder && (i & 63) === 63 && performance.now() - debut > budgetMs) {
      await ceder();
      debut = performance.now();
    }
  }
}

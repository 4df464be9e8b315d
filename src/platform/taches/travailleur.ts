import os from 'node:os';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { tachesFond } from '../../db/schema/index.ts';
import type { UserActor } from '../auth/actor.ts';
import { toursEquitables } from '../boucle/tours-equitables.ts';
import { systemContext } from '../context.ts';
import type { AppDeps } from '../http/deps.ts';
import { surReveil } from './reveil.ts';
import { ArretDemande, type ContexteTache, type DefinitionTache, type TacheDeclaree } from './tache.ts';

export const MESSAGE_ECHEC_TACHE =
  'La tâche a échoué sur une erreur inattendue ; l’équipe technique en a la trace. Vous pouvez la relancer.';

const BATTEMENT_MS = 5_000;
const PROGRESSION_MS = 1_000;

type Definitions = readonly TacheDeclaree[];

export interface EtatTravailleur {
  identifiant: string;
  arretDemande: boolean;
  log: (message: string, erreur?: unknown) => void;
}

function parType(definitions: Definitions): Map<string, DefinitionTache<unknown>> {
  return new Map(definitions.map((d) => [d.type, d as DefinitionTache<unknown>]));
}

/** Takes the oldest waiting task of a known type; another process never takes the same one. */
async function reserver(deps: AppDeps, types: string[], identifiant: string) {
  if (types.length === 0) return null;
  const maintenant = deps.now();
  const [row] = await deps.db
    .update(tachesFond)
    .set({ statut: 'en_cours', debutLe: maintenant, battementLe: maintenant, travailleur: identifiant })
    .where(
      eq(
        tachesFond.id,
        sql`(select id from ${tachesFond} where ${tachesFond.statut} = 'en_attente' and ${inArray(tachesFond.type, types)} order by ${tachesFond.creeLe} limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return row ?? null;
}

async function terminer(
  deps: AppDeps,
  id: string,
  valeurs: Partial<typeof tachesFond.$inferInsert>,
): Promise<void> {
  await deps.db
    .update(tachesFond)
    .set({ ...valeurs, finLe: deps.now(), battementLe: deps.now() })
    .where(eq(tachesFond.id, id));
}

/** Runs one reserved task to its end, whatever happens; never throws. */
async function executer(
  deps: AppDeps,
  definition: DefinitionTache<unknown>,
  tache: typeof tachesFond.$inferSelect,
  etat: EtatTravailleur,
): Promise<void> {
  const base = systemContext(deps, {
    actor: (tache.acteur as UserActor | null) ?? null,
    log: (e) => etat.log(`tâche ${tache.type} ${tache.id}`, e),
  });
  const parametres = definition.parametres.safeParse(tache.parametres);
  if (!parametres.success) {
    await terminer(deps, tache.id, {
      statut: 'echouee',
      erreur: 'Les paramètres de la tâche sont illisibles.',
    });
    return;
  }
  let dernierBattement = Date.now();
  let derniereProgression = 0;
  const ctx: ContexteTache = {
    ...base,
    tacheId: tache.id,
    async progression(fait, total, etape) {
      const t = Date.now();
      if (t - derniereProgression < PROGRESSION_MS && (total === undefined || fait < (total ?? 0))) return;
      derniereProgression = t;
      dernierBattement = t;
      await deps.db
        .update(tachesFond)
        .set({
          fait,
          ...(total !== undefined ? { total } : {}),
          ...(etape ? { etape } : {}),
          battementLe: deps.now(),
        })
        .where(eq(tachesFond.id, tache.id));
    },
    async ceder() {
      await toursEquitables.cederAuxRequetes();
      if (etat.arretDemande) throw new ArretDemande();
      if (Date.now() - dernierBattement > BATTEMENT_MS) {
        dernierBattement = Date.now();
        await deps.db.update(tachesFond).set({ battementLe: deps.now() }).where(eq(tachesFond.id, tache.id));
      }
    },
  };
  try {
    const resultat = await definition.executer(ctx, parametres.data);
    await terminer(deps, tache.id, { statut: 'terminee', resultat: resultat ?? null, erreur: null });
  } catch (error) {
    const interrompue = error instanceof ArretDemande;
    const statut = interrompue ? 'interrompue' : 'echouee';
    const message = interrompue
      ? 'Le serveur s’est arrêté pendant la tâche : relancez-la.'
      : error instanceof ErreurTache
        ? error.message
        : MESSAGE_ECHEC_TACHE;
    if (!interrompue && !(error instanceof ErreurTache))
      etat.log(`tâche ${tache.type} ${tache.id} en échec`, error);
    await terminer(deps, tache.id, { statut, erreur: message });
    await definition
      .apresEchec?.(base, parametres.data, statut, message)
      .catch((e) => etat.log('apresEchec', e));
  }
}

/** An expected failure whose French message the person who asked should read (a file that cannot be read…). */
export class ErreurTache extends Error {}

/** Runs the next waiting task, if any. Returns whether one ran. */
export async function executerProchaineTache(
  deps: AppDeps,
  definitions: Definitions,
  etat: EtatTravailleur,
): Promise<boolean> {
  const types = parType(definitions);
  const tache = await reserver(deps, [...types.keys()], etat.identifiant);
  if (!tache) return false;
  await executer(deps, types.get(tache.type)!, tache, etat);
  return true;
}

/** Runs every waiting task, one after the other (tests, and the command line). Returns how many ran. */
export async function executerTachesEnAttente(deps: AppDeps, definitions: Definitions): Promise<number> {
  const etat: EtatTravailleur = {
    identifiant: `${os.hostname()}:${process.pid}`,
    arretDemande: false,
    log: (m, e) => console.error(m, e ?? ''),
  };
  let n = 0;
  while (await executerProchaineTache(deps, definitions, etat)) n++;
  return n;
}

/**
 * Tasks left 'en_cours' by a process that died (no beat for `delaiMs`; at the start of the only process
 * of an embedded database, all of them) become 'interrompue', visible and resumable, never silently lost.
 */
export async function recupererTachesOrphelines(
  deps: AppDeps,
  definitions: Definitions,
  delaiMs: number,
): Promise<number> {
  const limite = new Date(deps.now().getTime() - delaiMs);
  const orphelines = await deps.db
    .update(tachesFond)
    .set({
      statut: 'interrompue',
      finLe: deps.now(),
      erreur: 'Le serveur s’est arrêté pendant la tâche : relancez-la.',
    })
    .where(and(eq(tachesFond.statut, 'en_cours'), lt(tachesFond.battementLe, limite)))
    .returning();
  const types = parType(definitions);
  for (const t of orphelines) {
    const d = types.get(t.type);
    const p = d?.parametres.safeParse(t.parametres);
    if (d?.apresEchec && p?.success) {
      await d.apresEchec(systemContext(deps), p.data, 'interrompue', t.erreur ?? '');
    }
  }
  return orphelines.length;
}

/**
 * The background worker of a server process: takes waiting tasks one at a time (woken at once when this
 * process queues one, else every `intervalleMs`). `arreter()` asks the running task to stop at its next
 * pause (it is left 'interrompue') and waits for it.
 */
export function demarrerTravailleur(
  deps: AppDeps,
  definitions: Definitions,
  log: (message: string, erreur?: unknown) => void,
  intervalleMs = 2_000,
): { arreter: () => Promise<void> } {
  const etat: EtatTravailleur = { identifiant: `${os.hostname()}:${process.pid}`, arretDemande: false, log };
  let reveil: (() => void) | null = null;
  const desabonner = surReveil(() => reveil?.());
  let derniereRecuperation = Date.now();
  const boucle = (async () => {
    while (!etat.arretDemande) {
      // Several processes on PostgreSQL: one that died mid-task is noticed by the others within minutes.
      if (deps.engine === 'postgres' && Date.now() - derniereRecuperation > 60_000) {
        derniereRecuperation = Date.now();
        await recupererTachesOrphelines(deps, definitions, 60_000).catch((e) => log('reprise des tâches', e));
      }
      let ran = false;
      try {
        ran = await executerProchaineTache(deps, definitions, etat);
      } catch (error) {
        log('file des tâches indisponible', error);
      }
      if (ran || etat.arretDemande) continue;
      await new Promise<void>((resolve) => {
        const minuteur = setTimeout(resolve, intervalleMs);
        minuteur.unref();
        reveil = () => {
          clearTimeout(minuteur);
          resolve();
        };
      });
      reveil = null;
    }
  })();
  return {
    async arreter() {
      etat.arretDemande = true;
      desabonner();
      reveil?.();
      await boucle;
    },
  };
}

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acteurPersona } from '../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { tachesFond } from '../../db/schema/index.ts';
import { inTransaction, systemContext } from '../context.ts';
import { fail } from '../result.ts';
import { planifierTache } from './planifier.ts';
import { relancerTache, tacheParId } from './queries.ts';
import { definirTache, type TacheDeclaree } from './tache.ts';
import {
  demarrerTravailleur,
  ErreurTache,
  executerProchaineTache,
  executerTachesEnAttente,
  MESSAGE_ECHEC_TACHE,
  recupererTachesOrphelines,
} from './travailleur.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.deps.db.delete(tachesFond);
});

const echecs: { statut: string; n: number }[] = [];
/** Busy work that holds the thread ~10 ms per unit, as parsing or matching would. */
function occuper(ms: number) {
  const fin = performance.now() + ms;
  while (performance.now() < fin) {}
}

const compter = definirTache({
  type: 'test.compter',
  libelle: 'Compter',
  parametres: z.object({ n: z.number().int(), ms: z.number().default(0) }),
  async executer(ctx, p) {
    for (let i = 0; i < p.n; i++) {
      occuper(p.ms);
      await ctx.progression(i + 1, p.n, 'Comptage');
      await ctx.ceder();
    }
    return { compte: p.n, acteur: ctx.actor?.kind === 'user' ? ctx.actor.email : null };
  },
  async apresEchec(_ctx, p, statut) {
    echecs.push({ statut, n: p.n });
  },
});
const casser = definirTache({
  type: 'test.casser',
  libelle: 'Casser',
  parametres: z.object({ attendue: z.boolean() }),
  async executer(_ctx, p) {
    if (p.attendue) throw new ErreurTache('Le fichier est illisible : envoyez-le à nouveau.');
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
});
const DEFINITIONS: TacheDeclaree[] = [compter, casser];
const silencieux = { identifiant: 'test:1', arretDemande: false, log: () => {} };

describe('tâches de fond', () => {
  it('exécute une tâche planifiée une seule fois, avec sa progression, son résultat et son demandeur', async () => {
    const anct = { ...systemContext(t.deps), actor: await acteurAnct() };
    const id = await planifierTache(anct, 'test.compter', { n: 3 });
    expect((await tacheParId(t.deps.db, id))?.statut).toBe('en_attente');
    // Two workers at once (two processes): only one takes it.
    const [a, b] = await Promise.all([
      executerProchaineTache(t.deps, DEFINITIONS, silencieux),
      executerProchaineTache(t.deps, DEFINITIONS, { ...silencieux, identifiant: 'test:2' }),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const fin = await tacheParId(t.deps.db, id);
    expect(fin).toMatchObject({ statut: 'terminee', fait: 3, total: 3, etape: 'Comptage' });
    expect(fin?.resultat).toEqual({ compte: 3, acteur: 'anct@demo.maillage.fr' });
    expect(await executerProchaineTache(t.deps, DEFINITIONS, silencieux)).toBe(false);
  });

  it('ne planifie rien quand la transaction de l’appelant renonce', async () => {
    await inTransaction(systemContext(t.deps), async (tx) => {
      await planifierTache(tx, 'test.compter', { n: 1 });
      return fail('abandon', 'abandon', 409);
    });
    expect(await t.deps.db.select().from(tachesFond)).toEqual([]);
  });

  it('un échec inattendu garde un message français, un échec prévu son propre message', async () => {
    const ctx = systemContext(t.deps);
    const inattendue = await planifierTache(ctx, 'test.casser', { attendue: false });
    const prevue = await planifierTache(ctx, 'test.casser', { attendue: true });
    const illisible = await planifierTache(ctx, 'test.compter', { n: 'trois' });
    expect(await executerTachesEnAttente(t.deps, DEFINITIONS)).toBe(3);
    expect(await tacheParId(t.deps.db, inattendue)).toMatchObject({
      statut: 'echouee',
      erreur: MESSAGE_ECHEC_TACHE,
    });
    expect(await tacheParId(t.deps.db, prevue)).toMatchObject({
      statut: 'echouee',
      erreur: 'Le fichier est illisible : envoyez-le à nouveau.',
    });
    expect(await tacheParId(t.deps.db, illisible)).toMatchObject({
      statut: 'echouee',
      erreur: 'Les paramètres de la tâche sont illisibles.',
    });
    // Failed, it can be queued again; a finished task cannot.
    expect(await relancerTache(t.deps.db, prevue)).toBe(true);
    expect((await tacheParId(t.deps.db, prevue))?.statut).toBe('en_attente');
  });

  it('le serveur répond pendant une tâche longue, et l’arrêt la laisse interrompue', async () => {
    echecs.length = 0;
    const id = await planifierTache(systemContext(t.deps), 'test.compter', { n: 400, ms: 10 });
    const travailleur = demarrerTravailleur(t.deps, DEFINITIONS, () => {}, 20);
    // Wait until it has started, then ask the server meanwhile.
    while ((await tacheParId(t.deps.db, id))?.statut !== 'en_cours')
      await new Promise((r) => setTimeout(r, 10));
    const debut = performance.now();
    const sante = await t.app.inject('/healthz');
    const attente = performance.now() - debut;
    expect(sante.statusCode).toBe(200);
    // 400 units of 10 ms are 4 s of work: the answer came between two units, not after all of them.
    expect(attente).toBeLessThan(1_000);
    const pendant = await tacheParId(t.deps.db, id);
    expect(pendant?.statut).toBe('en_cours');
    await travailleur.arreter();
    const apres = await tacheParId(t.deps.db, id);
    expect(apres?.statut).toBe('interrompue');
    expect(apres?.fait).toBeLessThan(400);
    expect(echecs).toEqual([{ statut: 'interrompue', n: 400 }]);
  });

  it('les tâches d’un processus mort deviennent interrompues, visibles et relançables', async () => {
    echecs.length = 0;
    const vieux = new Date(t.clock.now.getTime() - 5 * 60_000);
    const [orpheline] = await t.deps.db
      .insert(tachesFond)
      .values({
        type: 'test.compter',
        parametres: { n: 2 },
        statut: 'en_cours',
        battementLe: vieux,
        travailleur: 'mort:1',
      })
      .returning({ id: tachesFond.id });
    const [vivante] = await t.deps.db
      .insert(tachesFond)
      .values({
        type: 'test.compter',
        parametres: { n: 2 },
        statut: 'en_cours',
        battementLe: t.clock.now,
        travailleur: 'vif:1',
      })
      .returning({ id: tachesFond.id });
    expect(await recupererTachesOrphelines(t.deps, DEFINITIONS, 60_000)).toBe(1);
    expect((await tacheParId(t.deps.db, orpheline!.id))?.statut).toBe('interrompue');
    expect((await tacheParId(t.deps.db, vivante!.id))?.statut).toBe('en_cours');
    expect(echecs).toEqual([{ statut: 'interrompue', n: 2 }]);
    expect(await relancerTache(t.deps.db, orpheline!.id)).toBe(true);
    await executerTachesEnAttente(t.deps, DEFINITIONS);
    const [fin] = await t.deps.db.select().from(tachesFond).where(eq(tachesFond.id, orpheline!.id));
    expect(fin?.statut).toBe('terminee');
  });
});

const acteurAnct = () => acteurPersona(t, 'anct');

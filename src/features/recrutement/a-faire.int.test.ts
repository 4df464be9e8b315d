import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  type Contexte,
  candidatInscrit,
  creerContexte,
  structureCandidate,
  structureValidee,
} from '../../../tests/factories/recrutement.ts';
import { contexteDe } from '../../../tests/helpers/contexte.ts';
import { misesEnRelation } from '../../db/schema/index.ts';
import type { UserActor } from '../../platform/auth/actor.ts';
import { listerAFaire } from '../../platform/module/a-faire.ts';
import { apparier } from './mises-en-relation/apparier.ts';
import { repondreProposition } from './mises-en-relation/repondre-proposition.ts';

describe('« À faire » du recrutement : ce qui attend chaque rôle, dans son périmètre seulement', () => {
  let t: Contexte;
  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-03-15T09:00:00Z');
  });
  afterAll(() => t?.close());

  const aFaire = async (acteur: UserActor) =>
    Object.fromEntries(
      (await listerAFaire(t.deps.registry.aFaire, { ...contexteDe(t.deps, acteur), actor: acteur })).map(
        (e) => [e.href, e.nombre],
      ),
    );

  it('une candidature de l’Aisne attend l’avis de la préfecture de l’Aisne, pas de la Somme, et la décision de l’ANCT', async () => {
    const [aisne, somme, anct] = await Promise.all([
      acteurPersona(t, 'prefecture02'),
      acteurPersona(t, 'prefecture80'),
      acteurPersona(t, 'anct'),
    ]);
    const avant = { aisne: await aFaire(aisne), somme: await aFaire(somme), anct: await aFaire(anct) };
    await structureCandidate(t, { communeCode: '02408' });
    const apres = { aisne: await aFaire(aisne), somme: await aFaire(somme), anct: await aFaire(anct) };
    const sansAvis = '/recrutement/candidatures?avis=sans';
    expect(apres.aisne[sansAvis] ?? 0).toBe((avant.aisne[sansAvis] ?? 0) + 1);
    expect(apres.somme[sansAvis] ?? 0).toBe(avant.somme[sansAvis] ?? 0);
    expect(apres.anct['/anct/comite'] ?? 0).toBe((avant.anct['/anct/comite'] ?? 0) + 1);
  });

  it('la structure validée a sa convention à signer et ses candidats proposés ; le candidat voit l’intérêt d’une structure', async () => {
    const s = await structureValidee(t, 1);
    const autre = await structureValidee(t, 1);
    const c = await candidatInscrit(t);
    expect(await aFaire(s.gestionnaire)).toMatchObject({ '/structure/conventions': 1 });
    expect(await aFaire(c.acteur)).toEqual({});

    const anct = await acteurPersona(t, 'anct');
    await apparier(contexteDe(t.deps, anct), { structureIds: [s.structureId, autre.structureId] });
    expect((await aFaire(s.gestionnaire))['/structure/candidats']).toBeGreaterThanOrEqual(1);
    const [m] = await t.deps.db
      .select({ id: misesEnRelation.id })
      .from(misesEnRelation)
      .where(
        and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.candidatId, c.candidatId)),
      );
    expect((await repondreProposition(contexteDe(t.deps, s.gestionnaire), m!.id, 'interessee')).ok).toBe(
      true,
    );
    expect(await aFaire(c.acteur)).toEqual({ '/candidat/propositions': 1 });
    // The other structure's list does not move with this one's actions.
    expect((await aFaire(autre.gestionnaire))['/structure/conventions']).toBe(1);
  });
});

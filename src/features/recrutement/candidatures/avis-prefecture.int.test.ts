import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  type Contexte,
  creerContexte,
  structureCandidate,
} from '../../../../tests/factories/recrutement.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { avisPrefecture } from '../../../db/schema/index.ts';
import { modifierJalon } from '../programme/modifier-jalon.ts';
import { donnerAvis } from './donner-avis.ts';

describe('avis de la préfecture (concertation départementale)', () => {
  let t: Contexte;
  let aisne: Awaited<ReturnType<typeof structureCandidate>>;
  let somme: Awaited<ReturnType<typeof structureCandidate>>;
  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-02-10T09:00:00Z');
    aisne = await structureCandidate(t);
    somme = await structureCandidate(t, {
      communeCode: '80021',
      latitude: '49.8941',
      longitude: '2.2958',
      type: 'ASSOCIATION',
    });
  });
  afterAll(() => t?.close());

  it('la préfecture de l’Aisne donne son avis sur une structure de l’Aisne, à temps', async () => {
    const p02 = await acteurPersona(t, 'prefecture02');
    const r = await donnerAvis(contexteDe(t.deps, p02), aisne.candidatureId, {
      avis: 'favorable',
      commentaire: 'Commune-centre, bonne couverture du QPV.',
      rangPriorite: '1',
    });
    expect(r).toMatchObject({ ok: true, value: { enRetard: false } });
    const [a] = await t.deps.db
      .select()
      .from(avisPrefecture)
      .where(eq(avisPrefecture.candidatureId, aisne.candidatureId));
    expect(a).toMatchObject({
      avis: 'favorable',
      rangPriorite: 1,
      departementCode: '02',
      auteurId: p02.userId,
    });
  });

  it('la préfecture de l’Aisne ne voit ni n’agit sur une structure de la Somme', async () => {
    const p02 = await acteurPersona(t, 'prefecture02');
    const r = await donnerAvis(contexteDe(t.deps, p02), somme.candidatureId, {
      avis: 'defavorable',
      commentaire: 'Tentative hors département.',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('introuvable');
      expect(r.error.status).toBe(404);
    }
    const rows = await t.deps.db
      .select()
      .from(avisPrefecture)
      .where(eq(avisPrefecture.candidatureId, somme.candidatureId));
    expect(rows).toEqual([]);
    // The Somme's préfecture can.
    const p80 = await acteurPersona(t, 'prefecture80');
    expect(
      (
        await donnerAvis(contexteDe(t.deps, p80), somme.candidatureId, {
          avis: 'favorable',
          commentaire: 'Association très active à Amiens.',
        })
      ).ok,
    ).toBe(true);
  });

  it('une structure ou l’ANCT ne donnent pas d’avis préfectoral', async () => {
    const anct = await acteurPersona(t, 'anct');
    const r = await donnerAvis(contexteDe(t.deps, anct), aisne.candidatureId, {
      avis: 'favorable',
      commentaire: 'Avis de l’ANCT ?',
    });
    expect(!r.ok && r.error.code).toBe('acces_refuse');
    const s = await donnerAvis(contexteDe(t.deps, aisne.gestionnaire), aisne.candidatureId, {
      avis: 'favorable',
      commentaire: 'Auto-avis.',
    });
    expect(!s.ok && s.error.code).toBe('acces_refuse');
  });

  it('un avis en retard est accepté et signalé ; l’échéance suit le jalon modifié par l’ANCT', async () => {
    const p02 = await acteurPersona(t, 'prefecture02');
    t.clock.now = new Date('2021-02-25T10:00:00Z');
    const tard = await donnerAvis(contexteDe(t.deps, p02), aisne.candidatureId, {
      avis: 'defavorable',
      commentaire: 'Revu après échanges avec la sous-préfecture.',
    });
    expect(tard).toMatchObject({ ok: true, value: { enRetard: true } });
    const anct = await acteurPersona(t, 'anct');
    const j = await modifierJalon(contexteDe(t.deps, anct), {
      code: 'propositions_prefets',
      libelle: 'Propositions des préfets (report)',
      date: '2021-03-05',
    });
    expect(j.ok).toBe(true);
    const aTemps = await donnerAvis(contexteDe(t.deps, p02), aisne.candidatureId, {
      avis: 'favorable',
      commentaire: 'Confirmé après le report.',
    });
    expect(aTemps).toMatchObject({ ok: true, value: { enRetard: false } });
  });

  it('refuse un commentaire hors limites', async () => {
    const p02 = await acteurPersona(t, 'prefecture02');
    const r = await donnerAvis(contexteDe(t.deps, p02), aisne.candidatureId, {
      avis: 'favorable',
      commentaire: 'court',
    });
    expect(!r.ok && r.error.fields?.commentaire).toContain('entre 10 et 1000');
  });

  it('un rang de priorité n’est donné qu’une fois par département (message clair, contrainte en base)', async () => {
    t.clock.now = new Date('2021-03-01T10:00:00Z');
    const p02 = await acteurPersona(t, 'prefecture02');
    const p80 = await acteurPersona(t, 'prefecture80');
    const premiere = await structureCandidate(t, { nom: 'Commune de Chauny test' });
    const seconde = await structureCandidate(t, { nom: 'Commune de Tergnier test' });
    const avis = (rangPriorite: string) => ({
      avis: 'favorable',
      commentaire: 'Territoire prioritaire du département.',
      rangPriorite,
    });
    expect((await donnerAvis(contexteDe(t.deps, p02), premiere.candidatureId, avis('7'))).ok).toBe(true);
    const doublon = await donnerAvis(contexteDe(t.deps, p02), seconde.candidatureId, avis('7'));
    expect(!doublon.ok && doublon.error.code).toBe('rang_deja_donne');
    expect(!doublon.ok && doublon.error.fields?.rangPriorite).toBe(
      'Le rang 7 est déjà donné à « Commune de Chauny test » dans ce département : choisissez un autre rang, ou modifiez d’abord l’avis sur cette structure.',
    );
    const rows = await t.deps.db
      .select()
      .from(avisPrefecture)
      .where(eq(avisPrefecture.candidatureId, seconde.candidatureId));
    expect(rows).toEqual([]);
    // Revising the same application keeps its rank; another rank is accepted.
    expect((await donnerAvis(contexteDe(t.deps, p02), premiere.candidatureId, avis('7'))).ok).toBe(true);
    expect((await donnerAvis(contexteDe(t.deps, p02), seconde.candidatureId, avis('8'))).ok).toBe(true);
    // Another département has its own ranks.
    expect((await donnerAvis(contexteDe(t.deps, p80), somme.candidatureId, avis('7'))).ok).toBe(true);
    // The database refuses a duplicate rank written by any other path.
    await expect(
      t.deps.db
        .update(avisPrefecture)
        .set({ rangPriorite: 7 })
        .where(eq(avisPrefecture.candidatureId, seconde.candidatureId)),
    ).rejects.toThrow();
  });
});

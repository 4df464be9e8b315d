import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  type Contexte,
  candidatInscrit,
  creerContexte,
  structureValidee,
} from '../../../../tests/factories/recrutement.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { candidats, misesEnRelation, structures } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { apparier } from './apparier.ts';
import { repondreProposition } from './repondre-proposition.ts';

describe('appariement structures ↔ candidats', () => {
  let t: Contexte;
  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-03-15T09:00:00Z');
  });
  afterAll(() => t?.close());

  const propositionsDe = (structureId: string) =>
    t.deps.db.select().from(misesEnRelation).where(eq(misesEnRelation.structureId, structureId));

  it('propose les candidats dans leur propre rayon, disponibles à temps, et enregistre la distance', async () => {
    // Laon; candidates in Laon (radius 5), Soissons ~32 km (radius 20 → out; radius 40 → in), Reims-like far point.
    const s = await structureValidee(t, 1, { dateDebutSouhaitee: '2021-04-01' });
    const proche = await candidatInscrit(t, { rayonMobiliteKm: '5', latitude: '49.565', longitude: '3.62' });
    const soissons20 = await candidatInscrit(t, {
      rayonMobiliteKm: '20',
      latitude: '49.3817',
      longitude: '3.3236',
    });
    const soissons40 = await candidatInscrit(t, {
      rayonMobiliteKm: '40',
      latitude: '49.3817',
      longitude: '3.3236',
    });
    const tardif = await candidatInscrit(t, {
      rayonMobiliteKm: '40',
      latitude: '49.57',
      longitude: '3.62',
      dateDisponibilite: '2021-09-01',
    });
    const reunion = await candidatInscrit(t, {
      rayonMobiliteKm: 'sans_limite',
      communeCode: '97411',
      latitude: '-20.88',
      longitude: '55.45',
    });
    // Each application was matched as soon as it was filed: the on-demand run finds nothing new.
    const anct = await acteurPersona(t, 'anct');
    const r = await apparier(contexteDe(t.deps, anct), { structureIds: [s.structureId] });
    expect(r.ok && r.value).toMatchObject({ structures: 1, creees: 0 });
    const props = await propositionsDe(s.structureId);
    const ids = props.map((p) => p.candidatId).sort();
    expect(ids).toEqual([proche.candidatId, soissons40.candidatId].sort());
    expect(ids).not.toContain(soissons20.candidatId);
    expect(ids).not.toContain(tardif.candidatId);
    expect(ids).not.toContain(reunion.candidatId);
    const loin = props.find((p) => p.candidatId === soissons40.candidatId)!;
    expect(loin.distanceKm).toBeGreaterThan(28);
    expect(loin.distanceKm).toBeLessThan(32);
    expect(loin).toMatchObject({ statut: 'nouvelle', origine: 'automatique' });
    const mails = t.mailer.sent.filter((m) => m.to === s.gestionnaire.email && m.subject.includes('proposé'));
    expect(mails.map((m) => m.subject)).toEqual([
      `1 nouveau candidat proposé à « ${(await t.deps.db.select().from(structures).where(eq(structures.id, s.structureId)))[0]!.nom} »`,
      expect.stringContaining('1 nouveau candidat proposé'),
    ]);
  });

  it('est idempotent : une seconde exécution ne crée rien et ne touche pas aux réponses', async () => {
    const s = await structureValidee(t, 1, {
      communeCode: '80021',
      latitude: '49.8941',
      longitude: '2.2958',
    });
    // Candidates loaded without the use case (as an import would): only the nightly run proposes them.
    await t.deps.db.insert(candidats).values(
      [49.9, 49.88].map((latitude) => ({
        departementCode: '80',
        latitude,
        longitude: 2.29,
        rayonMobiliteKm: 20,
        dateDisponibilite: '2021-03-01',
        situations: ['en_formation'],
      })),
    );
    const r1 = await apparier(systemContext(t.deps));
    expect(r1.ok && r1.value.creees).toBe(2);
    const avant = await propositionsDe(s.structureId);
    await repondreProposition(contexteDe(t.deps, s.gestionnaire), avant[0]!.id, 'non_interessee');
    const r2 = await apparier(systemContext(t.deps));
    expect(r2.ok && r2.value.creees).toBe(0);
    const apres = await propositionsDe(s.structureId);
    expect(apres.length).toBe(avant.length);
    expect(apres.find((p) => p.id === avant[0]!.id)!.statut).toBe('non_interessee');
  });

  it('ne propose rien aux structures non validées ni à celles dont les postes sont pourvus', async () => {
    const anct = await acteurPersona(t, 'anct');
    const r = await apparier(contexteDe(t.deps, anct), {
      structureIds: ['00000000-0000-4000-8000-000000000101'],
    });
    expect(r.ok && r.value).toMatchObject({ structures: 0, creees: 0 });
    const p02 = await acteurPersona(t, 'prefecture02');
    expect(!(await apparier(contexteDe(t.deps, p02))).ok).toBe(true);
  });

  it('outre-mer : seules les candidatures du même territoire sont proposées', async () => {
    const s = await structureValidee(t, 1, {
      communeCode: '97411',
      latitude: '-20.8823',
      longitude: '55.4504',
    });
    const local = await candidatInscrit(t, {
      communeCode: '97411',
      latitude: '-20.90',
      longitude: '55.47',
      rayonMobiliteKm: '20',
    });
    const metro = await candidatInscrit(t, { communeCode: '02408', rayonMobiliteKm: 'sans_limite' });
    const r = await apparier(systemContext(t.deps), { structureIds: [s.structureId] });
    expect(r.ok).toBe(true);
    const props = await t.deps.db
      .select({ id: candidats.id, dep: candidats.departementCode })
      .from(misesEnRelation)
      .innerJoin(candidats, eq(candidats.id, misesEnRelation.candidatId))
      .where(eq(misesEnRelation.structureId, s.structureId));
    expect(props.map((p) => p.id)).toContain(local.candidatId);
    expect(props.map((p) => p.id)).not.toContain(metro.candidatId);
    expect(new Set(props.map((p) => p.dep))).toEqual(new Set(['974']));
  });

  it('ciblé sur un candidat : seules les structures qu’il peut rejoindre sont recalculées', async () => {
    const s = await structureValidee(t, 1);
    const c = await candidatInscrit(t, { rayonMobiliteKm: '10' });
    const r = await apparier(systemContext(t.deps), { candidatId: c.candidatId });
    expect(r.ok && r.value.structures).toBeGreaterThan(0);
    const [p] = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(
        and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.candidatId, c.candidatId)),
      );
    expect(p?.statut).toBe('nouvelle');
  });
});

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
import { adhesions, contrats, formations, misesEnRelation } from '../../../db/schema/index.ts';
import { loadMemberships } from '../../../platform/auth/sessions.ts';
import { systemContext } from '../../../platform/context.ts';
import { calculerAvancement } from '../programme/avancement.ts';
import { apparier } from './apparier.ts';
import { confirmerRecrutement } from './confirmer-recrutement.ts';
import { enregistrerFormation } from './enregistrer-formation.ts';
import { prendrePoste, prisesDePosteEchues } from './prendre-poste.ts';
import { recruter } from './recruter.ts';
import { repondreProposition } from './repondre-proposition.ts';
import { rompreContrat } from './rompre-contrat.ts';
import { selectionnerCandidat } from './selectionner-candidat.ts';
import { validerRecrutement } from './valider-recrutement.ts';

const CDD = { type: 'CDD', dateDebut: '2021-04-01', dateFin: '2023-03-31', heuresHebdo: '35' };

describe('recrutement', () => {
  let t: Contexte;
  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-03-15T09:00:00Z');
  });
  afterAll(() => t?.close());

  async function propositionPour(structureId: string, candidatId: string) {
    const [m] = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(and(eq(misesEnRelation.structureId, structureId), eq(misesEnRelation.candidatId, candidatId)));
    return m!;
  }

  it('parcours complet : intérêt → recrutement → validation ANCT → en poste → formation → rupture qui libère le poste', async () => {
    const s = await structureValidee(t, 1);
    const autre = await structureValidee(t, 1);
    const c = await candidatInscrit(t);
    const anct = await acteurPersona(t, 'anct');
    await apparier(contexteDe(t.deps, anct), { structureIds: [s.structureId, autre.structureId] });
    const m = await propositionPour(s.structureId, c.candidatId);
    const ailleurs = await propositionPour(autre.structureId, c.candidatId);
    expect(ailleurs.statut).toBe('nouvelle');

    const direct = await recruter(contexteDe(t.deps, s.gestionnaire), m.id, CDD);
    expect(!direct.ok && direct.error.code).toBe('interet_requis');
    expect((await repondreProposition(contexteDe(t.deps, s.gestionnaire), m.id, 'interessee')).ok).toBe(true);
    const sansFin = await recruter(contexteDe(t.deps, s.gestionnaire), m.id, { ...CDD, dateFin: '' });
    expect(!sansFin.ok && sansFin.error.fields?.dateFin).toContain('date de fin');
    const intrus = await recruter(contexteDe(t.deps, autre.gestionnaire), m.id, CDD);
    expect(!intrus.ok && intrus.error.code).toBe('introuvable');

    const r = await recruter(contexteDe(t.deps, s.gestionnaire), m.id, CDD);
    expect(r.ok && r.value.postesRestants).toBe(0);
    expect((await propositionPour(s.structureId, c.candidatId)).statut).toBe('a_confirmer');
    expect((await propositionPour(autre.structureId, c.candidatId)).statut).toBe('non_disponible');
    // ANCT does not see it before the candidate confirms it; the structure cannot confirm for her.
    expect((await validerRecrutement(contexteDe(t.deps, anct), m.id)).ok).toBe(false);
    const parLaStructure = await confirmerRecrutement(contexteDe(t.deps, s.gestionnaire), m.id, 'confirmer');
    expect(!parLaStructure.ok && parLaStructure.error.code).toBe('acces_refuse');
    expect((await confirmerRecrutement(contexteDe(t.deps, c.acteur), m.id, 'confirmer')).ok).toBe(true);
    expect((await propositionPour(s.structureId, c.candidatId)).statut).toBe('recrutee');
    const avantRole = await loadMemberships(t.deps.db, c.utilisateurId);
    expect(avantRole.map((x) => x.role)).not.toContain('conseiller');
    const [contrat] = await t.deps.db.select().from(contrats).where(eq(contrats.miseEnRelationId, m.id));
    expect(contrat).toMatchObject({
      type: 'CDD',
      dateDebut: '2021-04-01',
      dateFin: '2023-03-31',
      heuresHebdo: 35,
    });

    const parStructure = await validerRecrutement(contexteDe(t.deps, s.gestionnaire), m.id);
    expect(!parStructure.ok && parStructure.error.code).toBe('acces_refuse');
    const avantValidation = await prendrePoste(contexteDe(t.deps, s.gestionnaire), m.id);
    expect(!avantValidation.ok && avantValidation.error.code).toBe('validation_requise');
    expect((await validerRecrutement(contexteDe(t.deps, anct), m.id)).ok).toBe(true);
    expect(t.mailer.sent.at(-1)).toMatchObject({
      to: c.acteur.email,
      subject: 'Votre recrutement de conseiller numérique est validé',
    });
    const roles = await loadMemberships(t.deps.db, c.utilisateurId);
    expect(roles.map((x) => [x.role, x.structureId])).toContainEqual(['conseiller', s.structureId]);

    const formation = await enregistrerFormation(contexteDe(t.deps, s.gestionnaire), m.id, {
      organisme: 'Simplon',
      dateDebut: '2021-04-06',
      certification: 'en_cours',
    });
    expect(formation.ok).toBe(true);
    const dep = await calculerAvancement(t.deps.db, '02');
    expect(dep.postes.recrutes).toBeGreaterThanOrEqual(1);
    expect(dep.postes.en_formation).toBeGreaterThanOrEqual(1);

    // The contract started: the nightly job puts the adviser in post.
    t.clock.now = new Date('2021-04-02T03:00:00Z');
    expect(await prisesDePosteEchues(systemContext(t.deps))).toBeGreaterThanOrEqual(1);
    expect((await propositionPour(s.structureId, c.candidatId)).statut).toBe('en_poste');
    await enregistrerFormation(contexteDe(t.deps, s.gestionnaire), m.id, {
      organisme: 'Simplon',
      dateDebut: '2021-04-06',
      dateFin: '2021-07-30',
      certification: 'certifie',
    });
    const [f] = await t.deps.db.select().from(formations).where(eq(formations.miseEnRelationId, m.id));
    expect(f!.certification).toBe('certifie');

    const avantRupture = await calculerAvancement(t.deps.db, '02');
    const rupture = await rompreContrat(contexteDe(t.deps, s.gestionnaire), m.id, {
      motif: 'demission',
      date: '2021-09-30',
    });
    expect(rupture.ok).toBe(true);
    const [apres] = await t.deps.db.select().from(contrats).where(eq(contrats.miseEnRelationId, m.id));
    expect(apres).toMatchObject({ motifRupture: 'demission', dateRupture: '2021-09-30' });
    const conseiller = await t.deps.db
      .select()
      .from(adhesions)
      .where(and(eq(adhesions.utilisateurId, c.utilisateurId), eq(adhesions.role, 'conseiller')));
    expect(conseiller).toEqual([]);
    const apresRupture = await calculerAvancement(t.deps.db, '02');
    expect(apresRupture.postes.en_poste).toBe(avantRupture.postes.en_poste - 1);
    // The post is free again: a new recruitment passes.
    const c2 = await candidatInscrit(t);
    const p = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, c2.candidatId);
    expect(p.ok).toBe(true);
    if (p.ok)
      expect(
        (await recruter(contexteDe(t.deps, s.gestionnaire), p.value.id, { ...CDD, type: 'CDI', dateFin: '' }))
          .ok,
      ).toBe(true);
  });

  it('deux recrutements simultanés pour le dernier poste : un seul passe, l’autre reçoit un message clair', async () => {
    const s = await structureValidee(t, 1);
    const a = await candidatInscrit(t);
    const b = await candidatInscrit(t);
    const pa = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, a.candidatId);
    const pb = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, b.candidatId);
    if (!pa.ok || !pb.ok) throw new Error('présélection refusée');
    const [ra, rb] = await Promise.all([
      recruter(contexteDe(t.deps, s.gestionnaire), pa.value.id, CDD),
      recruter(contexteDe(t.deps, s.gestionnaire), pb.value.id, CDD),
    ]);
    expect([ra.ok, rb.ok].filter(Boolean)).toHaveLength(1);
    const perdant = ra.ok ? rb : ra;
    expect(!perdant.ok && perdant.error.code).toBe('quota_structure_atteint');
    expect(!perdant.ok && perdant.error.message).toBe(
      'Recrutement impossible : le poste attribué à cette structure est déjà pourvu. Si un autre recrutement vient d’être enregistré, actualisez la page ; sinon, demandez un poste supplémentaire à l’ANCT.',
    );
    const occupes = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.statut, 'a_confirmer')));
    expect(occupes).toHaveLength(1);
    const perdantContrat = await t.deps.db
      .select()
      .from(contrats)
      .where(eq(contrats.miseEnRelationId, ra.ok ? pb.value.id : pa.value.id));
    expect(perdantContrat).toEqual([]);
  });

  it('deux structures recrutent la même personne en même temps : une seule y parvient', async () => {
    const s1 = await structureValidee(t, 1);
    const s2 = await structureValidee(t, 1);
    const c = await candidatInscrit(t);
    const p1 = await selectionnerCandidat(contexteDe(t.deps, s1.gestionnaire), s1.structureId, c.candidatId);
    const p2 = await selectionnerCandidat(contexteDe(t.deps, s2.gestionnaire), s2.structureId, c.candidatId);
    if (!p1.ok || !p2.ok) throw new Error('présélection refusée');
    const [r1, r2] = await Promise.all([
      recruter(contexteDe(t.deps, s1.gestionnaire), p1.value.id, CDD),
      recruter(contexteDe(t.deps, s2.gestionnaire), p2.value.id, CDD),
    ]);
    expect([r1.ok, r2.ok].filter(Boolean)).toHaveLength(1);
    const perdant = r1.ok ? r2 : r1;
    expect(!perdant.ok && ['candidat_deja_recrute', 'transition_interdite']).toContain(
      !perdant.ok && perdant.error.code,
    );
  });
});

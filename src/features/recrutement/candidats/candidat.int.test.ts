import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  type Contexte,
  candidatInscrit,
  creerContexte,
  donneesCandidat,
  structureValidee,
} from '../../../../tests/factories/recrutement.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import {
  adhesions,
  candidats,
  evenementsAudit,
  misesEnRelation,
  utilisateurs,
} from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { apparier } from '../mises-en-relation/apparier.ts';
import { repondreProposition } from '../mises-en-relation/repondre-proposition.ts';
import { candidaterConseiller } from './candidater-conseiller.ts';
import { changerDisponibilite } from './changer-disponibilite.ts';
import { modifierCandidat } from './modifier-candidat.ts';
import { retirerCandidat } from './retirer-candidat.ts';

describe('candidature de conseiller numérique', () => {
  let t: Contexte;
  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-03-10T09:00:00Z');
  });
  afterAll(() => t?.close());

  it('crée le candidat et son compte, confirme par courriel', async () => {
    const d = donneesCandidat({
      situations: ['en_emploi', 'en_formation'],
      diplome: 'on',
      diplomeNom: 'Titre professionnel RNMN',
      niveauPix: '3',
      rayonMobiliteKm: 'sans_limite',
    });
    const r = await candidaterConseiller(systemContext(t.deps), d);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [c] = await t.deps.db.select().from(candidats).where(eq(candidats.id, r.value.candidatId));
    expect(c).toMatchObject({
      statut: 'actif',
      departementCode: '02',
      rayonMobiliteKm: null,
      situations: ['en_emploi', 'en_formation'],
      diplome: true,
      diplomeNom: 'Titre professionnel RNMN',
      niveauPix: 3,
      latitude: 49.56,
    });
    expect(c!.consentementLe).toEqual(t.clock.now);
    const [a] = await t.deps.db.select().from(adhesions).where(eq(adhesions.id, r.value.adhesionId));
    expect(a!.role).toBe('candidat');
    expect(t.mailer.sent.at(-1)).toMatchObject({ to: d.email });
  });

  it('exige une situation, le nom du diplôme déclaré, un rayon prévu, le consentement', async () => {
    const r = await candidaterConseiller(
      systemContext(t.deps),
      donneesCandidat({ situations: [], diplome: 'on', rayonMobiliteKm: '30', consentement: '' }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual([
      'consentement',
      'diplomeNom',
      'rayonMobiliteKm',
      'situations',
    ]);
    expect(r.error.fields?.situations).toContain('au moins une situation');
    expect(r.error.fields?.rayonMobiliteKm).toContain('5, 10, 15, 20, 40, 100 km ou sans limite');
  });

  it('le candidat met à jour sa candidature ; un autre rôle ne le peut pas', async () => {
    const c = await candidatInscrit(t);
    const r = await modifierCandidat(contexteDe(t.deps, c.acteur), {
      ...donneesCandidat(),
      communeCode: '80021',
      latitude: '49.89',
      longitude: '2.30',
      rayonMobiliteKm: '100',
      dateDisponibilite: '2021-05-01',
    });
    expect(r.ok).toBe(true);
    const [row] = await t.deps.db.select().from(candidats).where(eq(candidats.id, c.candidatId));
    expect(row).toMatchObject({
      departementCode: '80',
      communeCode: '80021',
      rayonMobiliteKm: 100,
      dateDisponibilite: '2021-05-01',
    });
    const anct = await acteurPersona(t, 'anct');
    expect(!(await modifierCandidat(contexteDe(t.deps, anct), donneesCandidat())).ok).toBe(true);
  });

  it('un déménagement retire les propositions devenues hors rayon sans réponse, garde celles où la structure a répondu', async () => {
    const s1 = await structureValidee(t, 1);
    const s2 = await structureValidee(t, 1);
    const c = await candidatInscrit(t, { rayonMobiliteKm: '20' });
    const props = () =>
      t.deps.db.select().from(misesEnRelation).where(eq(misesEnRelation.candidatId, c.candidatId));
    // Proposed to both Laon structures as soon as it applied.
    const avant = await props();
    expect(avant.map((p) => p.structureId).sort()).toEqual([s1.structureId, s2.structureId].sort());
    const versS2 = avant.find((p) => p.structureId === s2.structureId)!;
    await repondreProposition(contexteDe(t.deps, s2.gestionnaire), versS2.id, 'interessee');
    // Moves to Amiens (~100 km away) with a 20 km radius.
    const r = await modifierCandidat(contexteDe(t.deps, c.acteur), {
      ...donneesCandidat(),
      communeCode: '80021',
      latitude: '49.89',
      longitude: '2.30',
      rayonMobiliteKm: '20',
    });
    expect(r.ok).toBe(true);
    const apres = await props();
    expect(apres.map((p) => [p.structureId, p.statut])).toEqual([[s2.structureId, 'interessee']]);
    // Back in Laon: proposed again.
    await modifierCandidat(contexteDe(t.deps, c.acteur), { ...donneesCandidat(), rayonMobiliteKm: '20' });
    expect((await props()).map((p) => p.structureId).sort()).toEqual([s1.structureId, s2.structureId].sort());
  });

  it('la pause ferme les propositions ouvertes, la reprise les rouvre', async () => {
    const s = await structureValidee(t, 1);
    const c = await candidatInscrit(t);
    const anct = await acteurPersona(t, 'anct');
    await apparier(contexteDe(t.deps, anct), { structureIds: [s.structureId] });
    const proposition = async () =>
      (
        await t.deps.db.select().from(misesEnRelation).where(eq(misesEnRelation.candidatId, c.candidatId))
      ).find((p) => p.structureId === s.structureId);
    expect((await proposition())?.statut).toBe('nouvelle');
    const ouvertes = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(eq(misesEnRelation.candidatId, c.candidatId));
    const pause = await changerDisponibilite(contexteDe(t.deps, c.acteur), 'en_pause');
    expect(pause.ok && pause.value.propositions).toBe(ouvertes.length);
    expect((await proposition())?.statut).toBe('non_disponible');
    const interet = await repondreProposition(
      contexteDe(t.deps, s.gestionnaire),
      (await proposition())!.id,
      'interessee',
    );
    expect(!interet.ok && interet.error.code).toBe('transition_interdite');
    const reprise = await changerDisponibilite(contexteDe(t.deps, c.acteur), 'actif');
    expect(reprise.ok).toBe(true);
    expect((await proposition())?.statut).toBe('nouvelle');
    const encore = await changerDisponibilite(contexteDe(t.deps, c.acteur), 'actif');
    expect(!encore.ok && encore.error.code).toBe('transition_interdite');
  });

  it('le retrait efface les données personnelles et le compte, et ferme les propositions', async () => {
    const s = await structureValidee(t, 1);
    const c = await candidatInscrit(t, { prenom: 'Zoé', nom: 'Effacement' });
    const anct = await acteurPersona(t, 'anct');
    await apparier(contexteDe(t.deps, anct), { structureIds: [s.structureId] });
    const r = await retirerCandidat(contexteDe(t.deps, c.acteur));
    expect(r.ok).toBe(true);
    const [row] = await t.deps.db.select().from(candidats).where(eq(candidats.id, c.candidatId));
    expect(row).toMatchObject({
      statut: 'retire',
      utilisateurId: null,
      prenom: null,
      nom: null,
      email: null,
      telephone: null,
      communeCode: null,
      latitude: null,
      motivation: null,
      departementCode: '02',
    });
    expect(row!.effaceLe).toEqual(t.clock.now);
    const [u] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, c.utilisateurId));
    expect(u).toMatchObject({ actif: false, prenom: 'Compte', motDePasseHash: null });
    expect(u!.email).not.toContain('exemple.fr');
    const props = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(eq(misesEnRelation.candidatId, c.candidatId));
    expect(props.every((p) => p.statut === 'non_disponible')).toBe(true);
    const events = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.entiteId, c.candidatId));
    expect(JSON.stringify(events.map((e) => e.details))).not.toContain('Effacement');
    // The address can apply again.
    expect(
      (await candidaterConseiller(systemContext(t.deps), donneesCandidat({ email: c.acteur.email }))).ok,
    ).toBe(true);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  type Contexte,
  creerContexte,
  donneesStructure,
  structureCandidate,
} from '../../../../tests/factories/recrutement.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import {
  adhesions,
  candidaturesStructures,
  communes,
  evenementsAudit,
  structures,
} from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { candidaterStructure } from './candidater-structure.ts';
import { donnerAvis } from './donner-avis.ts';
import { modifierCandidatureStructure } from './modifier-candidature-structure.ts';
import { retirerCandidatureStructure } from './retirer-candidature-structure.ts';

describe('candidature d’une structure', () => {
  let t: Contexte;
  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-02-10T09:00:00Z');
  });
  afterAll(() => t?.close());

  it('crée la structure, sa candidature et le compte gestionnaire, puis confirme par courriel', async () => {
    // Without coordinates in the form, the commune's are used.
    await t.deps.db
      .update(communes)
      .set({ latitude: 49.5633, longitude: 3.6244 })
      .where(eq(communes.code, '02408'));
    const donnees = donneesStructure({ latitude: '', longitude: '' });
    const r = await candidaterStructure(systemContext(t.deps, { ip: '203.0.113.5' }), donnees);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [s] = await t.deps.db.select().from(structures).where(eq(structures.id, r.value.structureId));
    expect(s).toMatchObject({
      siret: donnees.siret,
      departementCode: '02',
      communeCode: '02408',
      qpv: 'oui',
      zrr: true,
      franceServices: false,
    });
    // Coordinates from the commune when the form gives none.
    expect(s!.latitude).toBe(49.5633);
    const sansCommune = await candidaterStructure(
      systemContext(t.deps),
      donneesStructure({ communeCode: '80021', latitude: '', longitude: '' }),
    );
    const [amiens] = await t.deps.db.select().from(communes).where(eq(communes.code, '80021'));
    if (amiens?.latitude === null)
      expect(!sansCommune.ok && sansCommune.error.code).toBe('coordonnees_absentes');
    const [c] = await t.deps.db
      .select()
      .from(candidaturesStructures)
      .where(eq(candidaturesStructures.id, r.value.candidatureId));
    expect(c).toMatchObject({ statut: 'CREEE', postesDemandes: 2, dateDebutSouhaitee: '2021-04-01' });
    const [a] = await t.deps.db.select().from(adhesions).where(eq(adhesions.id, r.value.adhesionId));
    expect(a).toMatchObject({ role: 'structure', structureId: r.value.structureId });
    const mail = t.mailer.sent.find((m) => m.to === donnees.contactEmail);
    expect(mail?.subject).toContain('bien reçue');
    expect(mail?.text).toContain('2 conseillers numériques');
    const audit = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.entiteId, r.value.candidatureId));
    expect(audit.map((e) => e.action)).toEqual(['candidature_structure.deposee']);
    expect(audit[0]!.ip).toBe('203.0.113.5');
  });

  it('refuse un SIRET faux, un SIRET déjà inscrit et une adresse déjà utilisée, sans rien créer', async () => {
    const avant = (await t.deps.db.select({ id: structures.id }).from(structures)).length;
    const faux = await candidaterStructure(
      systemContext(t.deps),
      donneesStructure({ siret: '12345678901234' }),
    );
    expect(!faux.ok && faux.error.fields?.siret).toContain('clé de contrôle');

    const premiere = await structureCandidate(t);
    const [s] = await t.deps.db.select().from(structures).where(eq(structures.id, premiere.structureId));
    const doublon = await candidaterStructure(systemContext(t.deps), donneesStructure({ siret: s!.siret }));
    expect(!doublon.ok && doublon.error.code).toBe('siret_deja_inscrit');
    expect(!doublon.ok && doublon.error.message).toContain('déjà inscrite');

    const memeEmail = await candidaterStructure(
      systemContext(t.deps),
      donneesStructure({ contactEmail: premiere.gestionnaire.email.toUpperCase() }),
    );
    expect(!memeEmail.ok && memeEmail.error.code).toBe('email_deja_utilise');
    expect(!memeEmail.ok && memeEmail.error.fields?.contactEmail).toBeTruthy();
    const apres = (await t.deps.db.select({ id: structures.id }).from(structures)).length;
    expect(apres).toBe(avant + 1);
  });

  it('valide chaque champ avec un message en français', async () => {
    const r = await candidaterStructure(
      systemContext(t.deps),
      donneesStructure({ motivation: 'x'.repeat(2501), postesDemandes: '0', type: 'MAIRIE', qpv: '' }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.status).toBe(400);
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['motivation', 'postesDemandes', 'qpv', 'type']);
    expect(r.error.fields?.motivation).toContain('2500 caractères au plus');
    const mdp = await candidaterStructure(systemContext(t.deps), donneesStructure({ motDePasse: 'court' }));
    expect(!mdp.ok && mdp.error.fields?.motDePasse).toContain('12 caractères');
  });

  it('la structure modifie sa candidature jusqu’à son examen, pas celle d’une autre', async () => {
    const s = await structureCandidate(t);
    const autre = await structureCandidate(t);
    const modif = { ...donneesStructure(), postesDemandes: '3', motivation: 'Motivation revue.' };
    const r = await modifierCandidatureStructure(contexteDe(t.deps, s.gestionnaire), s.candidatureId, modif);
    expect(r.ok).toBe(true);
    const [c] = await t.deps.db
      .select()
      .from(candidaturesStructures)
      .where(eq(candidaturesStructures.id, s.candidatureId));
    expect(c).toMatchObject({ postesDemandes: 3, motivation: 'Motivation revue.' });

    const intrus = await modifierCandidatureStructure(
      contexteDe(t.deps, autre.gestionnaire),
      s.candidatureId,
      modif,
    );
    expect(!intrus.ok && intrus.error.code).toBe('introuvable');

    const prefecture = await acteurPersona(t, 'prefecture02');
    const avis = await donnerAvis(contexteDe(t.deps, prefecture), s.candidatureId, {
      avis: 'favorable',
      commentaire: 'Projet cohérent avec le maillage.',
    });
    expect(avis.ok).toBe(true);
    const apresExamen = await modifierCandidatureStructure(
      contexteDe(t.deps, s.gestionnaire),
      s.candidatureId,
      modif,
    );
    expect(!apresExamen.ok && apresExamen.error.code).toBe('candidature_examinee');
  });

  it('la structure retire sa candidature (ABANDON) ; une candidature retirée ne change plus', async () => {
    const s = await structureCandidate(t);
    const r = await retirerCandidatureStructure(contexteDe(t.deps, s.gestionnaire), s.candidatureId);
    expect(r.ok && r.value.statut).toBe('ABANDON');
    const encore = await retirerCandidatureStructure(contexteDe(t.deps, s.gestionnaire), s.candidatureId);
    expect(!encore.ok && encore.error.code).toBe('transition_interdite');
    const anct = await acteurPersona(t, 'anct');
    const parAnct = await retirerCandidatureStructure(contexteDe(t.deps, anct), s.candidatureId, 'ABANDON');
    expect(!parAnct.ok && parAnct.error.code).toBe('acces_refuse');
    const autre = await structureCandidate(t);
    const doublon = await retirerCandidatureStructure(
      contexteDe(t.deps, anct),
      autre.candidatureId,
      'DOUBLON',
    );
    expect(doublon.ok && doublon.value.statut).toBe('DOUBLON');
  });
});

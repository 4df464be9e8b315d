import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nouveauBeneficiaire, PROFIL_ANONYME, saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { accompagnements, beneficiaires, evenementsAudit } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import type { Participant } from '../domain/saisie.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';
import { verifierCompteurs } from '../statistiques/compteurs/verifier.ts';
import { effacerBeneficiairesAnciens } from './effacement-automatique.ts';
import { effacerBeneficiaire } from './effacer-beneficiaire.ts';
import { enregistrerConsentement } from './enregistrer-consentement.ts';
import { exporterBeneficiaire } from './exporter-beneficiaire.ts';
import { fusionnerBeneficiaires } from './fusionner-beneficiaires.ts';
import { doublonsBeneficiaires } from './lectures.ts';
import { modifierBeneficiaire } from './modifier-beneficiaire.ts';
import { rechercherBeneficiaires } from './queries.ts';

const LUNDI = new Date('2024-10-08T08:00:00Z');
const laon = { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id };
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = LUNDI;
});
afterAll(() => t.close());

const ctxConseiller = async () => contexteDe(t.deps, await acteurPersona(t, 'conseiller'));

/** Records one activity for the conseiller and returns the beneficiary ids, in participant order. */
async function accompagner(date: string, participants: Participant[]): Promise<string[]> {
  const collectif = participants.length > 1;
  const r = await enregistrerActivite(
    await ctxConseiller(),
    laon,
    saisieActivite({
      date,
      participants,
      ...(collectif ? { type: 'collectif', titre: 'Atelier', niveau: 'debutant', autonomie: null } : {}),
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.accompagnements.map((a) => a.beneficiaireId);
}
const existant = (beneficiaireId: string): Participant => ({ sorte: 'existant', beneficiaireId });

async function accompagnementsDe(id: string) {
  return t.deps.db
    .select()
    .from(accompagnements)
    .where(eq(accompagnements.beneficiaireId, id))
    .orderBy(accompagnements.date);
}
const fiche = async (id: string) =>
  (await t.deps.db.select().from(beneficiaires).where(eq(beneficiaires.id, id)))[0]!;

describe('doublons et fusion', () => {
  it('propose les mêmes prénom et nom (accents, casse, espaces ignorés), pas une autre année de naissance', async () => {
    const [a] = await accompagner('2024-03-01', [nouveauBeneficiaire('Hélène', 'Dupont')]);
    const [b] = await accompagner('2024-03-02', [nouveauBeneficiaire(' helene ', 'DUPONT')]);
    await t.deps.db.update(beneficiaires).set({ anneeNaissance: 1950 }).where(eq(beneficiaires.id, a!));
    const paires = await doublonsBeneficiaires(t.deps.db, laon);
    expect(paires.map(([x, y]) => [x.id, y.id].sort())).toContainEqual([a, b].sort());
    await t.deps.db.update(beneficiaires).set({ anneeNaissance: 1960 }).where(eq(beneficiaires.id, b!));
    const apres = await doublonsBeneficiaires(t.deps.db, laon);
    expect(apres.flat().map((p) => p.id)).not.toContain(a);
    // Another adviser's list shows nothing of them.
    expect(await doublonsBeneficiaires(t.deps.db, { ...laon, conseillerId: persona('laon').id })).toEqual([]);
  });

  it('déplace les accompagnements, supprime la ligne en double d’un même atelier, recalcule le premier et la dernière date', async () => {
    const [garder] = await accompagner('2024-03-01', [nouveauBeneficiaire('Jeanne', 'Martin')]);
    const [doublon] = await accompagner('2024-02-01', [nouveauBeneficiaire('Jeanne', 'Martín')]);
    await t.deps.db
      .update(beneficiaires)
      .set({ telephone: '0323000000' })
      .where(eq(beneficiaires.id, doublon!));
    await accompagner('2024-05-01', [existant(garder!), existant(doublon!)]);
    await accompagner('2024-06-01', [existant(garder!)]);
    expect((await accompagnementsDe(garder!)).filter((a) => a.premierAccompagnement)).toHaveLength(1);

    const r = await fusionnerBeneficiaires(await ctxConseiller(), { garderId: garder!, doublonId: doublon! });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.deplaces).toBe(1);
    expect(r.value.supprimes.map((s) => s.date)).toEqual(['2024-05-01']);
    expect(r.value.premiersModifies).toEqual([
      expect.objectContaining({ date: '2024-03-01', premier: false }),
    ]);

    const lignes = await accompagnementsDe(garder!);
    expect(lignes.map((l) => [l.date, l.premierAccompagnement])).toEqual([
      ['2024-02-01', true],
      ['2024-03-01', false],
      ['2024-05-01', false],
      ['2024-06-01', false],
    ]);
    expect(await accompagnementsDe(doublon!)).toEqual([]);
    // The statistics summary tables followed the merge (new / followed people, first accompaniments).
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
    const g = await fiche(garder!);
    expect(g).toMatchObject({ derniereActivite: '2024-06-01', telephone: '0323000000', prenom: 'Jeanne' });
    const d = await fiche(doublon!);
    expect(d).toMatchObject({
      fusionneDans: garder,
      prenom: null,
      nom: null,
      telephone: null,
      genre: 'feminin',
    });
    const journal = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(
        and(
          eq(evenementsAudit.entiteId, garder!),
          eq(evenementsAudit.action, 'activite.beneficiaire.fusion'),
        ),
      );
    expect(journal).toHaveLength(1);
    expect(JSON.stringify(journal[0]!.details)).not.toMatch(/Jeanne|Martin/);

    // The merged one is gone: a second merge finds nothing.
    const encore = await fusionnerBeneficiaires(await ctxConseiller(), {
      garderId: garder!,
      doublonId: doublon!,
    });
    expect(encore.ok || encore.error.status).toBe(404);
  });

  it('refuse de fusionner la fiche d’un autre conseiller, sans rien écrire', async () => {
    const [a] = await accompagner('2024-04-01', [nouveauBeneficiaire('Paul', 'Lefèvre')]);
    const [b] = await accompagner('2024-04-02', [nouveauBeneficiaire('Paul', 'Lefevre')]);
    const autre = contexteDe(t.deps, await acteurPersona(t, 'laon'));
    const r = await fusionnerBeneficiaires(autre, { garderId: a!, doublonId: b! });
    expect(r.ok || r.error.status).toBe(404);
    expect((await fiche(b!)).fusionneDans).toBeNull();
    expect(await accompagnementsDe(b!)).toHaveLength(1);
  });
});

describe('effacement à la demande', () => {
  it('efface les données nominatives, garde le profil statistique, anonyme et les accompagnements', async () => {
    const [id] = await accompagner('2024-07-01', [nouveauBeneficiaire('Rose', 'Garnier')]);
    await t.deps.db
      .update(beneficiaires)
      .set({ courriel: 'rose@exemple.fr', anneeNaissance: 1940, notes: 'Voisine', communeInsee: '02408' })
      .where(eq(beneficiaires.id, id!));
    const r = await effacerBeneficiaire(await ctxConseiller(), id!);
    expect(r.ok).toBe(true);
    const b = await fiche(id!);
    expect(b).toMatchObject({
      prenom: null,
      nom: null,
      telephone: null,
      courriel: null,
      anneeNaissance: null,
      notes: null,
      anonyme: false,
      genre: 'feminin',
      trancheAge: 'soixante_dix_plus',
      statutSocial: 'retraite',
      communeInsee: '02408',
    });
    expect(b.effaceLe).not.toBeNull();
    expect(await accompagnementsDe(id!)).toHaveLength(1);
    expect(await rechercherBeneficiaires(t.deps.db, laon, 'Garnier')).toEqual([]);
    const [e] = await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, id!));
    expect(e?.action).toBe('activite.beneficiaire.effacement');
    expect(JSON.stringify(e?.details)).not.toMatch(/Rose|Garnier|exemple/);
    // Erased: gone for every other use case too.
    expect((await exporterBeneficiaire(await ctxConseiller(), id!, 'json')).ok).toBe(false);
    expect((await effacerBeneficiaire(await ctxConseiller(), id!)).ok).toBe(false);
  });

  it('un autre conseiller ne peut pas effacer', async () => {
    const [id] = await accompagner('2024-07-02', [nouveauBeneficiaire('Léon', 'Perrin')]);
    const r = await effacerBeneficiaire(contexteDe(t.deps, await acteurPersona(t, 'laon')), id!);
    expect(r.ok || r.error.status).toBe(404);
    expect((await fiche(id!)).prenom).toBe('Léon');
  });
});

describe('consentement et export', () => {
  it('enregistre le consentement manquant une fois, avec une entrée de journal', async () => {
    const [id] = await accompagner('2024-08-01', [nouveauBeneficiaire('Marc', 'Roux')]);
    await t.deps.db.update(beneficiaires).set({ consentementLe: null }).where(eq(beneficiaires.id, id!));
    const r = await enregistrerConsentement(await ctxConseiller(), id!);
    expect(r.ok).toBe(true);
    expect((await fiche(id!)).consentementLe?.toISOString()).toBe(LUNDI.toISOString());
    const encore = await enregistrerConsentement(await ctxConseiller(), id!);
    expect(encore.ok || encore.error.status).toBe(409);
  });

  it('exporte l’identité, le profil et chaque accompagnement avec son activité, et le journalise', async () => {
    const [id] = await accompagner('2024-08-02', [nouveauBeneficiaire('Ana', 'Costa')]);
    const r = await exporterBeneficiaire(await ctxConseiller(), id!, 'csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.identite).toMatchObject({ prenom: 'Ana', nom: 'Costa' });
    expect(r.value.profilStatistique.statutSocial).toBe('Retraité');
    expect(r.value.accompagnements).toEqual([
      expect.objectContaining({ date: '2024-08-02', premierAccompagnement: true, dureeMinutes: 30 }),
    ]);
    const [e] = await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, id!));
    expect(e).toMatchObject({
      action: 'activite.beneficiaire.export',
      details: { format: 'csv', accompagnements: 1 },
    });
  });
});

describe('effacement automatique', () => {
  it('efface seulement les personnes sans accompagnement depuis la durée de conservation, et recommence sans rien refaire', async () => {
    const [ancien] = await accompagner('2024-09-01', [nouveauBeneficiaire('Vieux', 'Dossier')]);
    const [anonymeAncien] = await accompagner('2024-09-01', [{ sorte: 'anonyme', profil: PROFIL_ANONYME }]);
    // Imported long ago, never accompanied: its creation date counts.
    const [importe] = await t.deps.db
      .insert(beneficiaires)
      .values({
        ...laon,
        anonyme: false,
        prenom: 'Jamais',
        nom: 'Vu',
        creeLe: new Date('2024-01-01T10:00:00Z'),
      })
      .returning({ id: beneficiaires.id });
    // Two years later: a new person, and an old one seen again recently.
    t.clock.now = new Date('2026-10-01T08:00:00Z');
    const [recent] = await accompagner('2026-09-30', [nouveauBeneficiaire('Récent', 'Suivi')]);
    const [revu] = await accompagner('2024-09-02', [nouveauBeneficiaire('Revu', 'Récemment')]);
    await accompagner('2026-06-01', [existant(revu!)]);

    const r = await effacerBeneficiairesAnciens(systemContext(t.deps));
    expect(r.limite).toBe('2024-10-01');
    expect(r.effaces).toBeGreaterThanOrEqual(1);
    expect((await fiche(ancien!)).effaceLe).not.toBeNull();
    expect((await fiche(ancien!)).prenom).toBeNull();
    expect((await fiche(ancien!)).genre).toBe('feminin');
    expect(await accompagnementsDe(ancien!)).toHaveLength(1);
    expect((await fiche(recent!)).prenom).toBe('Récent');
    expect((await fiche(revu!)).prenom).toBe('Revu');
    expect((await fiche(anonymeAncien!)).effaceLe).toBeNull();
    expect((await fiche(importe!.id)).prenom).toBeNull();

    const encore = await effacerBeneficiairesAnciens(systemContext(t.deps));
    expect(encore.effaces).toBe(0);
    const journal = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'activite.beneficiaire.effacement_automatique'));
    expect(journal.map((e) => (e.details as { effaces: number }).effaces)).toEqual([r.effaces, 0]);
    // The module declares it as the daily job `maillage jobs run` runs.
    const job = t.deps.registry.jobs.find((j) => j.name === 'activite-effacement-beneficiaires');
    expect(await job?.run(t.deps)).toMatchObject({ effaces: 0, limite: '2024-10-01' });
    t.clock.now = LUNDI;
  });

  it('travaille par lots', async () => {
    t.clock.now = LUNDI;
    const ids = await Promise.all([
      accompagner('2024-01-05', [nouveauBeneficiaire('Lot', 'Un')]),
      accompagner('2024-01-05', [nouveauBeneficiaire('Lot', 'Deux')]),
      accompagner('2024-01-05', [nouveauBeneficiaire('Lot', 'Trois')]),
    ]);
    t.clock.now = new Date('2027-01-10T08:00:00Z');
    const r = await effacerBeneficiairesAnciens(systemContext(t.deps), { lot: 2 });
    expect(r.effaces).toBeGreaterThanOrEqual(3);
    for (const [id] of ids) expect((await fiche(id!)).effaceLe).not.toBeNull();
    t.clock.now = LUNDI;
  });

  it('changer le genre, l’âge, le statut ou la commune d’une personne met à jour les statistiques', async () => {
    const ctx = await ctxConseiller();
    const r = await enregistrerActivite(
      ctx,
      { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id },
      saisieActivite({ date: '2024-04-02', participants: [nouveauBeneficiaire('Paul', 'Lefèvre')] }),
    );
    if (!r.ok) throw new Error(r.error.message);
    const id = r.value.accompagnements[0]!.beneficiaireId;
    const m = await modifierBeneficiaire(ctx, id, {
      prenom: 'Paul',
      nom: 'Lefèvre',
      telephone: '',
      courriel: '',
      anneeNaissance: '',
      genre: 'masculin',
      trancheAge: 'quarante_cinquante_neuf',
      statutSocial: 'en_emploi',
      commune: '',
      communeCode: '',
      notes: '',
    });
    expect(m.ok).toBe(true);
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
  });
});

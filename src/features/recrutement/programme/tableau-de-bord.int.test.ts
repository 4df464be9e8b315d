import { and, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  candidatInscrit,
  structureCandidate,
  structureValidee,
} from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import {
  avisPrefecture,
  candidats,
  candidaturesStructures,
  decisionsCoselec,
  misesEnRelation,
  structures,
} from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { donnerAvis } from '../candidatures/donner-avis.ts';
import { STATUTS_OCCUPANT_POSTE } from '../domain/types.ts';
import { apparier } from '../mises-en-relation/apparier.ts';
import { recruter } from '../mises-en-relation/recruter.ts';
import { repondreProposition } from '../mises-en-relation/repondre-proposition.ts';

const SOMME = { communeCode: '80001', latitude: '50.1054', longitude: '1.8332' };
const SOMME_CANDIDAT = { communeCode: '80001', latitude: '50.1', longitude: '1.83' };
const CDD = { type: 'CDD', dateDebut: '2021-04-01', dateFin: '2023-03-31', heuresHebdo: '35' };

/** The figure shown on a tile of the dashboard, by its label. */
function chiffre(body: string, libelle: string): number {
  const texte = libelle.replace(/[()]/g, '\\$&');
  const m = body.match(new RegExp(`fr-tile__title[^>]*>([^<]*)</p><p class="fr-tile__desc">${texte}<`));
  if (!m) throw new Error(`chiffre absent : ${libelle}`);
  return Number(m[1]!.replace(/\D/g, ''));
}

describe('tableau de bord de la préfecture, d’un département à l’autre', () => {
  let t: TestContext;
  let p02: string;
  let aisneValidee: Awaited<ReturnType<typeof structureValidee>>;
  let aisneEnAttente: Awaited<ReturnType<typeof structureCandidate>>;
  let sommeValidee: Awaited<ReturnType<typeof structureValidee>>;
  let sommeEnAttente: Awaited<ReturnType<typeof structureCandidate>>;
  const NOMS_SOMME = ['Ville de Péronne Tableau', 'Association Amiens Tableau', 'Sommelier', 'Picardon'];

  /** What the dashboard must show for a département, counted again from the records. */
  async function recompte(dep: string) {
    const db = t.deps.db;
    const deLaStructure = inArray(
      candidaturesStructures.structureId,
      db.select({ id: structures.id }).from(structures).where(eq(structures.departementCode, dep)),
    );
    const [inscrits] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(candidats)
      .where(and(eq(candidats.departementCode, dep), ne(candidats.statut, 'retire')));
    const [demandes] = await db
      .select({ n: sql<number>`coalesce(sum(${candidaturesStructures.postesDemandes}), 0)::int` })
      .from(candidaturesStructures)
      .where(
        and(deLaStructure, notInArray(candidaturesStructures.statut, ['ABANDON', 'ANNULEE', 'DOUBLON'])),
      );
    const [attribues] = await db
      .select({ n: sql<number>`coalesce(sum(${decisionsCoselec.postes}), 0)::int` })
      .from(decisionsCoselec)
      .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, decisionsCoselec.candidatureId))
      .where(deLaStructure);
    const [avis] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(avisPrefecture)
      .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, avisPrefecture.candidatureId))
      .where(deLaStructure);
    const [recrutes] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(misesEnRelation)
      .innerJoin(structures, eq(structures.id, misesEnRelation.structureId))
      .where(
        and(eq(structures.departementCode, dep), inArray(misesEnRelation.statut, STATUTS_OCCUPANT_POSTE)),
      );
    return {
      inscrits: inscrits!.n,
      demandes: demandes!.n,
      attribues: attribues!.n,
      avis: avis!.n,
      recrutes: recrutes!.n,
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-01T09:00:00Z');
    // Aisne (02): one validated structure in QPV and ZRR, one waiting with a late unfavourable opinion,
    // one available candidate proposed to the validated structure.
    aisneValidee = await structureValidee(t, 2, { nom: 'Mairie de Chauny Tableau', qpv: 'oui', zrr: 'on' });
    aisneEnAttente = await structureCandidate(t, { nom: 'Mairie de Hirson Tableau', qpv: 'non', zrr: '' });
    const p02Acteur = await acteurPersona(t, 'prefecture02');
    const avis = await donnerAvis(contexteDe(t.deps, p02Acteur), aisneEnAttente.candidatureId, {
      avis: 'defavorable',
      commentaire: 'Doublon avec une autre structure.',
    });
    if (!avis.ok) throw new Error(avis.error.message);
    await candidatInscrit(t, { nom: 'Laonnois' });
    await apparier(systemContext(t.deps), { structureIds: [aisneValidee.structureId], notifier: false });
    // Somme (80): other figures everywhere, and a recruited conseiller.
    sommeValidee = await structureValidee(t, 3, { ...SOMME, nom: NOMS_SOMME[0], postesDemandes: '3' });
    sommeEnAttente = await structureCandidate(t, { ...SOMME, nom: NOMS_SOMME[1], postesDemandes: '4' });
    const recrue = await candidatInscrit(t, { ...SOMME_CANDIDAT, nom: NOMS_SOMME[2] });
    await candidatInscrit(t, { ...SOMME_CANDIDAT, nom: NOMS_SOMME[3] });
    await apparier(systemContext(t.deps), { structureIds: [sommeValidee.structureId], notifier: false });
    const [m] = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(
        and(
          eq(misesEnRelation.structureId, sommeValidee.structureId),
          eq(misesEnRelation.candidatId, recrue.candidatId),
        ),
      );
    if (!m) throw new Error('aucune proposition dans la Somme');
    const g = sommeValidee.gestionnaire;
    if (!(await repondreProposition(contexteDe(t.deps, g), m.id, 'interessee')).ok)
      throw new Error('intérêt refusé');
    const r = await recruter(contexteDe(t.deps, g), m.id, CDD);
    if (!r.ok) throw new Error(r.error.message);
    p02 = await sessionCookieFor(t, 'prefecture02');
  });
  afterAll(() => t?.close());

  it('montre les chiffres de l’Aisne, égaux au recompte des enregistrements, sans rien de la Somme', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/prefecture/tableau-de-bord',
      headers: { cookie: p02 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Tableau de bord — Aisne (02)');
    const aisne = await recompte('02');
    const somme = await recompte('80');
    // The Somme's records differ on every figure: mixing them in would show.
    for (const k of Object.keys(aisne) as (keyof typeof aisne)[]) expect(somme[k]).not.toBe(aisne[k]);
    expect(chiffre(res.body, 'candidats inscrits dans le département')).toBe(aisne.inscrits);
    expect(chiffre(res.body, 'postes demandés')).toBe(aisne.demandes);
    expect(chiffre(res.body, 'postes attribués')).toBe(aisne.attribues);
    expect(chiffre(res.body, 'recrutements enregistrés')).toBe(aisne.recrutes);
    expect(res.body).toMatch(
      new RegExp(`${aisne.avis} avis donnés \\(0 favorables, 1 défavorables\\), dont 1 après l’échéance`),
    );
    // What the former dashboard asserted, on the live one: the Aisne's own records.
    expect(aisne).toMatchObject({ attribues: 2, avis: 1, recrutes: 0 });
    expect(chiffre(res.body, 'disponibles (non recrutés)')).toBe(1);
    expect(chiffre(res.body, 'proposés aux structures du département')).toBe(1);
    // Zone rows: applications, validated ones, posts requested, posts granted.
    expect(res.body).toContain('Quartiers prioritaires (QPV)</th><td>1</td><td>1</td><td>2</td><td>2</td>');
    expect(res.body).toContain(
      'Zones de revitalisation rurale (ZRR)</th><td>1</td><td>1</td><td>2</td><td>2</td>',
    );
    for (const nom of NOMS_SOMME) expect(res.body).not.toContain(nom);
  });

  it('les listes de la préfecture de l’Aisne ignorent la Somme, même demandée par l’adresse', async () => {
    for (const url of [
      '/recrutement/candidatures',
      '/recrutement/candidatures?departement=80',
      '/recrutement/candidatures/points.json?departement=80',
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: p02 } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Mairie de Hirson Tableau');
      for (const nom of NOMS_SOMME) expect(res.body).not.toContain(nom);
    }
  });

  it('les pages d’une candidature de la Somme restent hors d’atteinte par l’adresse', async () => {
    for (const c of [sommeValidee, sommeEnAttente]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/recrutement/candidatures/${c.candidatureId}`,
        headers: { cookie: p02 },
      });
      expect(res.statusCode).toBe(404);
      for (const nom of NOMS_SOMME) expect(res.body).not.toContain(nom);
    }
  });

  it('la préfecture de la Somme voit ses propres chiffres ; une structure n’a pas de tableau de bord', async () => {
    const p80 = await sessionCookieFor(t, 'prefecture80');
    const res = await t.app.inject({
      method: 'GET',
      url: '/prefecture/tableau-de-bord',
      headers: { cookie: p80 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('(80)');
    const somme = await recompte('80');
    expect(chiffre(res.body, 'candidats inscrits dans le département')).toBe(somme.inscrits);
    expect(chiffre(res.body, 'postes attribués')).toBe(somme.attribues);
    expect(chiffre(res.body, 'recrutements enregistrés')).toBe(somme.recrutes);
    const laon = await sessionCookieFor(t, 'laon');
    const refus = await t.app.inject({
      method: 'GET',
      url: '/prefecture/tableau-de-bord',
      headers: { cookie: laon },
    });
    expect(refus.statusCode).toBe(403);
  });

  it('l’ANCT voit toutes les candidatures, de l’Aisne comme de la Somme', async () => {
    const anct = await sessionCookieFor(t, 'anct');
    const res = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures?departement=80',
      headers: { cookie: anct },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(NOMS_SOMME[0]);
    expect(res.body).toContain(NOMS_SOMME[1]);
  });
});

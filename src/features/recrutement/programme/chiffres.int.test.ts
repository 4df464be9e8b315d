import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona, candidatInscrit, structureValidee } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { misesEnRelation } from '../../../db/schema/index.ts';
import type { UserActor } from '../../../platform/auth/actor.ts';
import { systemContext } from '../../../platform/context.ts';
import { apparier } from '../mises-en-relation/apparier.ts';
import { confirmerRecrutement } from '../mises-en-relation/confirmer-recrutement.ts';
import { prendrePoste } from '../mises-en-relation/prendre-poste.ts';
import { recruter } from '../mises-en-relation/recruter.ts';
import { repondreProposition } from '../mises-en-relation/repondre-proposition.ts';
import { rompreContrat } from '../mises-en-relation/rompre-contrat.ts';
import { validerRecrutement } from '../mises-en-relation/valider-recrutement.ts';
import { CLES_CHIFFRES, type CleChiffre, DEFINITIONS_CHIFFRES } from './domain/chiffres.ts';

const SOMME = { communeCode: '80001', latitude: '50.1054', longitude: '1.8332' };
const SOMME_CANDIDAT = { communeCode: '80001', latitude: '50.1', longitude: '1.83' };
const CDD = { type: 'CDD', dateDebut: '2021-04-01', dateFin: '2023-03-31', heuresHebdo: '35' };

type Postes = Record<CleChiffre, number>;

/** The figure of a tile, by its caption. */
function tuile(body: string, libelle: string): number {
  const texte = libelle.replace(/[()]/g, '\\$&');
  const m = body.match(new RegExp(`fr-tile__title[^>]*>([^<]*)</p><p class="fr-tile__desc">${texte}<`, 'i'));
  if (!m) throw new Error(`chiffre absent : ${libelle}`);
  return Number(m[1]!.replace(/\D/g, ''));
}

describe('chiffres du programme : une définition, les mêmes valeurs partout', () => {
  let t: TestContext;
  const ids: string[] = [];
  const candidatsActeurs: UserActor[] = [];
  let gestionnaire: Awaited<ReturnType<typeof structureValidee>>['gestionnaire'];

  /** Each figure counted again straight from the records, with the statuses written out by hand. */
  async function recompte(dep?: string): Promise<Postes & { structures: number }> {
    const f = dep ? sql`and s.departement_code = ${dep}` : sql``;
    const q = async (requete: ReturnType<typeof sql>) =>
      Number(((await t.deps.db.execute(requete)) as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
    const mer = (statuts: ReturnType<typeof sql>) =>
      q(sql`select count(*)::int as n from mises_en_relation m join structures s on s.id = m.structure_id
            where m.statut in ${statuts} ${f}`);
    return {
      structures: await q(
        sql`select count(*)::int as n from candidatures_structures c join structures s on s.id = c.structure_id where true ${f}`,
      ),
      demandes:
        await q(sql`select coalesce(sum(c.postes_demandes), 0)::int as n from candidatures_structures c
        join structures s on s.id = c.structure_id where c.statut not in ('ABANDON', 'ANNULEE', 'DOUBLON') ${f}`),
      attribues: await q(sql`select coalesce(sum(d.postes), 0)::int as n from decisions_coselec d
        join candidatures_structures c on c.id = d.candidature_id join structures s on s.id = c.structure_id
        where c.statut = 'VALIDATION_COSELEC' ${f}`),
      conventionnes: await q(sql`select coalesce(sum(k.postes), 0)::int as n from conventions k
        join candidatures_structures c on c.id = k.candidature_id join structures s on s.id = c.structure_id
        where k.statut = 'SIGNEE' ${f}`),
      recrutements_enregistres: await mer(
        sql`('a_confirmer', 'recrutee', 'renvoyee', 'validee', 'en_poste')`,
      ),
      recrutes: await mer(sql`('validee', 'en_poste')`),
      en_formation: await q(sql`select count(*)::int as n from mises_en_relation m
        join structures s on s.id = m.structure_id join formations fo on fo.mise_en_relation_id = m.id
        where m.statut in ('validee', 'en_poste') and fo.certification = 'en_cours' ${f}`),
      en_poste: await mer(sql`('en_poste')`),
    };
  }

  async function api(dep?: string) {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/recrutement/avancement${dep ? `?departement=${dep}` : ''}`,
    });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      structures: { total: number };
      postes: Postes;
      definitions: Record<CleChiffre, { libelle: string; definition: string }>;
    };
  }

  async function page(dep?: string) {
    const res = await t.app.inject({
      method: 'GET',
      url: `/recrutement/avancement${dep ? `?departement=${dep}` : ''}`,
    });
    expect(res.statusCode).toBe(200);
    return res.body;
  }

  async function classeur(dep?: string) {
    const res = await t.app.inject({
      method: 'GET',
      url: `/recrutement/avancement.xlsx${dep ? `?departement=${dep}` : ''}`,
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-01T09:00:00Z');
    const s = await structureValidee(t, 3, { ...SOMME, nom: 'Mairie de Rue Chiffres', postesDemandes: '3' });
    const candidats = [];
    for (const nom of ['Chiffre Un', 'Chiffre Deux', 'Chiffre Trois'])
      candidats.push(await candidatInscrit(t, { ...SOMME_CANDIDAT, nom }));
    await apparier(systemContext(t.deps), { structureIds: [s.structureId], notifier: false });
    for (const c of candidats) {
      const [m] = await t.deps.db
        .select({ id: misesEnRelation.id })
        .from(misesEnRelation)
        .where(
          and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.candidatId, c.candidatId)),
        );
      if (!m) throw new Error('aucune proposition');
      const r = await repondreProposition(contexteDe(t.deps, s.gestionnaire), m.id, 'interessee');
      if (!r.ok) throw new Error(r.error.message);
      ids.push(m.id);
      candidatsActeurs.push(c.acteur);
    }
    gestionnaire = s.gestionnaire;
  });
  afterAll(() => t?.close());

  it('enregistrer un recrutement ne change pas les « recrutés (validés) » ; la validation de l’ANCT, si', async () => {
    const avant = await api('80');
    const avantNational = await api();
    const avantPage = tuile(await page('80'), DEFINITIONS_CHIFFRES.recrutes.libelle);
    expect(avantPage).toBe(avant.postes.recrutes);

    const r = await recruter(contexteDe(t.deps, gestionnaire), ids[0]!, CDD);
    expect(r.ok).toBe(true);
    const apres = await api('80');
    expect(apres.postes.recrutements_enregistres).toBe(avant.postes.recrutements_enregistres + 1);
    expect(apres.postes.recrutes).toBe(avant.postes.recrutes);
    expect((await api()).postes.recrutes).toBe(avantNational.postes.recrutes);
    expect(tuile(await page('80'), DEFINITIONS_CHIFFRES.recrutes.libelle)).toBe(avantPage);

    // The candidate confirms (still not validated: the public count does not move), then ANCT validates.
    expect(
      (await confirmerRecrutement(contexteDe(t.deps, candidatsActeurs[0]!), ids[0]!, 'confirmer')).ok,
    ).toBe(true);
    expect((await api('80')).postes.recrutes).toBe(avant.postes.recrutes);
    const anct = await acteurPersona(t, 'anct');
    expect((await validerRecrutement(contexteDe(t.deps, anct), ids[0]!)).ok).toBe(true);
    const valide = await api('80');
    expect(valide.postes.recrutes).toBe(avant.postes.recrutes + 1);
    expect(valide.postes.recrutements_enregistres).toBe(apres.postes.recrutements_enregistres);
    expect((await api()).postes.recrutes).toBe(avantNational.postes.recrutes + 1);
    expect(tuile(await page('80'), DEFINITIONS_CHIFFRES.recrutes.libelle)).toBe(avantPage + 1);
  });

  it('chaque chiffre, recompté depuis les enregistrements, est le même sur la page, le tableur et l’API', async () => {
    const anct = await acteurPersona(t, 'anct');
    // One in post, one recorded and waiting, one validated whose contract then ended.
    expect((await prendrePoste(contexteDe(t.deps, anct), ids[0]!)).ok).toBe(true);
    expect((await recruter(contexteDe(t.deps, gestionnaire), ids[1]!, CDD)).ok).toBe(true);
    expect((await recruter(contexteDe(t.deps, gestionnaire), ids[2]!, CDD)).ok).toBe(true);
    expect(
      (await confirmerRecrutement(contexteDe(t.deps, candidatsActeurs[2]!), ids[2]!, 'confirmer')).ok,
    ).toBe(true);
    expect((await validerRecrutement(contexteDe(t.deps, anct), ids[2]!)).ok).toBe(true);
    const rupture = await rompreContrat(contexteDe(t.deps, gestionnaire), ids[2]!, {
      motif: 'demission',
      date: '2021-05-31',
    });
    expect(rupture.ok).toBe(true);

    for (const dep of ['80', undefined]) {
      const attendu = await recompte(dep);
      if (dep) {
        expect(attendu).toMatchObject({ recrutements_enregistres: 2, recrutes: 1, en_poste: 1 });
      }
      const a = await api(dep);
      const corps = await page(dep);
      const wb = await classeur(dep);
      const synthese = new Map<string, unknown>();
      wb.getWorksheet('Synthèse')!.eachRow((row, n) => {
        if (n > 1) synthese.set(String(row.getCell(1).value), row.getCell(2).value);
      });
      expect(a.structures.total).toBe(attendu.structures);
      for (const k of CLES_CHIFFRES) {
        const libelle = DEFINITIONS_CHIFFRES[k].libelle;
        expect(a.postes[k], `API ${k} ${dep ?? 'national'}`).toBe(attendu[k]);
        expect(tuile(corps, libelle), `page ${k}`).toBe(attendu[k]);
        expect(synthese.get(libelle), `tableur ${k}`).toBe(attendu[k]);
        expect(a.definitions[k].definition).toBe(DEFINITIONS_CHIFFRES[k].definition);
        expect(corps).toContain(DEFINITIONS_CHIFFRES[k].definition);
      }
      // The monthly series ends, summed up, on the headline figures.
      const mensuel = wb.getWorksheet('Mensuel')!;
      const titres = (mensuel.getRow(1).values as unknown[]).map(String);
      const somme = (titre: string) => {
        const col = titres.indexOf(titre);
        let total = 0;
        mensuel.eachRow((row, n) => {
          if (n > 1) total += Number(row.getCell(col).value);
        });
        return total;
      };
      expect(somme('Candidatures déposées')).toBe(attendu.structures);
      expect(somme('Postes attribués')).toBe(attendu.attribues);
      expect(somme('Recrutements enregistrés')).toBe(attendu.recrutements_enregistres);
      expect(somme('Conseillers recrutés (validés)')).toBe(attendu.recrutes);
      expect(somme('Prises de poste')).toBe(attendu.en_poste);
      const derniere = mensuel.getRow(mensuel.rowCount);
      expect(derniere.getCell(titres.indexOf('Conseillers recrutés (validés, cumul)')).value).toBe(
        attendu.recrutes,
      );
      // Months are real date cells, on the 1st.
      const mois = derniere.getCell(titres.indexOf('Mois')).value;
      expect(mois).toBeInstanceOf(Date);
      expect((mois as Date).getUTCDate()).toBe(1);
    }
  });

  it('le tableur d’un département remplit sa feuille « Par département » et date ses jalons', async () => {
    const wb = await classeur('80');
    const ws = wb.getWorksheet('Par département')!;
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(1).value).toBe('80');
    expect(ws.getRow(2).getCell(2).value).toBe('Somme');
    const attendu = await recompte('80');
    const titres = (ws.getRow(1).values as unknown[]).map(String);
    expect(ws.getRow(2).getCell(titres.indexOf('Recrutés (validés)')).value).toBe(attendu.recrutes);
    const jalons = wb.getWorksheet('Jalons')!;
    expect(jalons.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    // An unknown département is refused, not a 500.
    const inconnu = await t.app.inject({
      method: 'GET',
      url: '/api/v1/recrutement/avancement?departement=99',
    });
    expect(inconnu.statusCode).toBe(404);
    expect(inconnu.json().detail).toContain('Aucun département');
  });

  it('la page publique se trouve depuis l’accueil et le menu ; sa série est dessinée et tabulée', async () => {
    const accueil = (await t.app.inject('/')).body;
    const menu = accueil.match(/id="navigation-principale"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(menu).toContain('href="/recrutement/avancement"');
    expect(accueil.match(/href="\/recrutement\/avancement"/g)?.length).toBeGreaterThanOrEqual(2);
    const corps = await page();
    expect(corps).toContain('Ce que compte chaque chiffre');
    // Two charts, each an image with a text alternative inside a figure with its caption and its table.
    const figures = [...corps.matchAll(/<figure[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(figures).toHaveLength(2);
    for (const f of figures) {
      expect(f).toMatch(/<figcaption>/);
      expect(f).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
      expect(f).toMatch(/<title id="[^"]+">/);
      expect(f).toContain('<table>');
    }
    expect(figures[0]).toContain('<polyline');
    expect(figures[1]).toContain('<rect');
  });

  it('publie les définitions dans le document OpenAPI', () => {
    const doc = JSON.stringify(t.app.swagger());
    for (const k of CLES_CHIFFRES) expect(doc).toContain(DEFINITIONS_CHIFFRES[k].definition);
  });
});

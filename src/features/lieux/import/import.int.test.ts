import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvStandard, EXEMPLE_OFFICIEL } from '../../../../tests/fixtures/lieux/standard.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { multipart } from '../../../../tests/helpers/multipart.ts';
import { evenementsAudit, lieux, lieuxProvenances } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { executerTachesEnAttente } from '../../../platform/taches/travailleur.ts';
import { resoudreFormat } from './formats.ts';
import { importerLieux } from './importer.ts';
import { TAILLE_MAX_OCTETS } from './lecture.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const v1 = () => {
  const f = resoudreFormat('v1');
  if (!f.ok) throw new Error(f.message);
  return f.format;
};

function importer(
  contenu: string | Buffer,
  options: { source?: string; fichier?: string; simulation?: boolean } = {},
) {
  return importerLieux(systemContext(t.deps), {
    source: options.source ?? 'test',
    fichier: options.fichier ?? 'lieux.csv',
    contenu: Buffer.isBuffer(contenu) ? contenu : Buffer.from(contenu),
    format: v1(),
    simulation: options.simulation ?? false,
  });
}

describe('importerLieux', () => {
  it('imports the official example with no rejection, then changes nothing on a second import', async () => {
    const csv = csvStandard([EXEMPLE_OFFICIEL]);
    const premier = await importer(csv, { source: 'idempotence' });
    expect(premier.ok && premier.value.rapport).toMatchObject({
      crees: 1,
      modifies: 0,
      inchanges: 0,
      rejetes: 0,
    });
    const second = await importer(csv, { source: 'idempotence' });
    expect(second.ok && second.value.rapport).toMatchObject({
      crees: 0,
      modifies: 0,
      inchanges: 1,
      rejetes: 0,
    });
    const [p] = await t.deps.db
      .select()
      .from(lieuxProvenances)
      .where(eq(lieuxProvenances.source, 'idempotence'));
    const [l] = await t.deps.db
      .select()
      .from(lieux)
      .where(eq(lieux.id, p?.lieuId ?? ''));
    expect(l).toMatchObject({
      nom: 'Anonymal',
      departementCode: '51',
      services: expect.arrayContaining(['Loisirs et créations numériques']),
    });
    expect(l?.horairesAnalyse).toMatchObject({ valide: true });
    expect(p?.idSource).toBe('structure-1');
  });

  it('updates a changed row in place, keyed by (source, id in source)', async () => {
    await importer(csvStandard([{ ...EXEMPLE_OFFICIEL, id: 'maj-1' }]), { source: 'maj' });
    const r = await importer(
      csvStandard([{ ...EXEMPLE_OFFICIEL, id: 'maj-1', nom: 'Anonymal (nouveau nom)' }]),
      {
        source: 'maj',
      },
    );
    expect(r.ok && r.value.rapport).toMatchObject({ crees: 0, modifies: 1, inchanges: 0 });
    const rows = await t.deps.db
      .select({ nom: lieux.nom })
      .from(lieux)
      .innerJoin(lieuxProvenances, eq(lieuxProvenances.lieuId, lieux.id))
      .where(eq(lieuxProvenances.source, 'maj'));
    expect(rows).toEqual([{ nom: 'Anonymal (nouveau nom)' }]);
  });

  it('simulates without writing anything', async () => {
    const r = await importer(csvStandard([{ ...EXEMPLE_OFFICIEL, id: 'sim-1' }]), {
      source: 'simulation',
      simulation: true,
    });
    expect(r.ok && r.value).toMatchObject({ importId: null, rapport: { crees: 1, simulation: true } });
    const [n] = await t.deps.db
      .select({ n: sql<number>`count(*)::int` })
      .from(lieuxProvenances)
      .where(eq(lieuxProvenances.source, 'simulation'));
    expect(n?.n).toBe(0);
  });

  it('derives the INSEE code from postal code and name, keeps rows without coordinates and lists them', async () => {
    const r = await importer(
      csvStandard([
        {
          ...EXEMPLE_OFFICIEL,
          id: 'insee-1',
          commune: 'Laon',
          code_postal: '02000',
          code_insee: '',
          latitude: '',
          longitude: '',
        },
        { ...EXEMPLE_OFFICIEL, id: 'insee-2', pivot: '123', nom: '' },
      ]),
      { source: 'insee' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rapport = r.value.rapport;
    expect(rapport).toMatchObject({ crees: 1, rejetes: 1, inseeDeduits: 1 });
    expect(rapport.sansCoordonnees).toEqual([{ ligne: 2, id: 'insee-1', nom: 'Anonymal', commune: 'Laon' }]);
    expect(rapport.rejets.map((e) => e.champ).sort()).toEqual(['nom', 'pivot']);
    expect(rapport.rejets.every((e) => e.ligne === 3 && e.raison.length > 10)).toBe(true);
    const [l] = await t.deps.db
      .select({ codeInsee: lieux.codeInsee, departementCode: lieux.departementCode })
      .from(lieux)
      .innerJoin(lieuxProvenances, eq(lieuxProvenances.lieuId, lieux.id))
      .where(eq(lieuxProvenances.source, 'insee'));
    expect(l).toEqual({ codeInsee: '02408', departementCode: '02' });
  });

  it.each([
    ['an empty file', '', /vide/],
    ['a header only', csvStandard([]), /aucune ligne/],
    ['malformed JSON', '[{"id": "1",]', /JSON est mal formé \(ligne 1/],
    ['an unclosed quote', 'id,nom\n"1,Anonymal\n2,Autre', /guillemet/],
    ['a spreadsheet', Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(64)]), /classeur/],
    ['a binary file', Buffer.concat([Buffer.from([0, 1, 2, 3]), randomBytes(64)]), /pas un fichier texte/],
    ['a v0 file read as v1', 'id,pivot,nom,courriel,publics_accueillis\n1,2,3,4,5', /format v0/],
  ])('refuses %s with a French message', async (_cas, contenu, message) => {
    const r = await importer(contenu, { fichier: _cas.includes('JSON') ? 'lieux.json' : 'lieux.csv' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(message);
  });

  it('accepts only http(s) links: javascript:, data: and vbscript: are reported and dropped', async () => {
    const csv = csvStandard([
      {
        ...EXEMPLE_OFFICIEL,
        id: 'lien-1',
        prise_rdv: 'javascript:alert(document.cookie)',
        fiche_acces_libre: 'data:text/html,<script>x</script>',
        site_web: 'vbscript:msgbox(1)|https://www.exemple.fr/',
      },
    ]);
    const r = await importer(csv, { source: 'liens' });
    if (!r.ok) throw new Error(r.error.message);
    const champs = r.value.rapport.anomalies.map((a) => a.champ).sort();
    expect(champs).toEqual(['fiche_acces_libre', 'prise_rdv', 'site_web']);
    const [p] = await t.deps.db.select().from(lieuxProvenances).where(eq(lieuxProvenances.source, 'liens'));
    const [l] = await t.deps.db.select().from(lieux).where(eq(lieux.id, p!.lieuId));
    expect(l).toMatchObject({ priseRdv: null, ficheAccesLibre: null, siteWeb: ['https://www.exemple.fr/'] });
    // A link stored before this check is never rendered nor published.
    await t.deps.db
      .update(lieux)
      .set({ priseRdv: 'javascript:alert(1)', siteWeb: ['javascript:alert(2)'] })
      .where(eq(lieux.id, l!.id));
    const page = await t.app.inject(`/lieux/${l!.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('javascript:');
    const api = await t.app.inject(`/api/v1/lieux/${l!.id}`);
    expect(api.statusCode).toBe(200);
    expect(api.json()).toMatchObject({ prise_rdv: null, site_web: [] });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const r = await importer(Buffer.alloc(TAILLE_MAX_OCTETS + 1, 'a'));
    expect(!r.ok && r.error.message).toMatch(/50 Mo/);
  });

  it('reads a Windows-1252 file and warns about the encoding', async () => {
    const csv = csvStandard([{ ...EXEMPLE_OFFICIEL, id: 'latin-1', nom: 'Médiathèque Éluard' }]);
    const r = await importer(Buffer.from(csv, 'latin1'), { source: 'latin' });
    expect(r.ok && r.value.rapport.avertissements[0]).toMatch(/Windows-1252/);
    const [l] = await t.deps.db
      .select({ nom: lieux.nom })
      .from(lieux)
      .innerJoin(lieuxProvenances, eq(lieuxProvenances.lieuId, lieux.id))
      .where(eq(lieuxProvenances.source, 'latin'));
    expect(l?.nom).toBe('Médiathèque Éluard');
  });
});

describe('upload page /admin/lieux/import', () => {
  async function envoyer(champs: Record<string, string>, fichiers: Parameters<typeof multipart>[1]) {
    const anct = await sessionCookieFor(t, 'anct');
    const { csrf, cookie } = await formSession(t, anct, '/admin/lieux/import');
    const corps = multipart({ _csrf: csrf, ...champs }, fichiers);
    return t.app.inject({
      method: 'POST',
      url: '/admin/lieux/import',
      headers: { cookie, 'content-type': corps['content-type'] },
      payload: corps.payload,
    });
  }

  it('is for ANCT only', async () => {
    const structure = await sessionCookieFor(t, 'laon');
    const res = await t.app.inject({
      method: 'GET',
      url: '/admin/lieux/import',
      headers: { cookie: structure },
    });
    expect(res.statusCode).toBe(403);
    const anonyme = await t.app.inject({ method: 'GET', url: '/admin/lieux/import' });
    expect(anonyme.statusCode).toBe(302);
  });

  it('imports an upload, shows the report and offers it as CSV; audited', async () => {
    const csv = csvStandard([
      { ...EXEMPLE_OFFICIEL, id: 'web-1' },
      { ...EXEMPLE_OFFICIEL, id: 'web-2', pivot: '43493312300028', services: 'Cuisine' },
    ]);
    const res = await envoyer({ source: 'Téléversement', format: 'v1' }, [
      { champ: 'fichier', nom: 'lieux.csv', contenu: csv },
    ]);
    expect(res.statusCode).toBe(303);
    const rapportUrl = res.headers.location as string;
    expect(rapportUrl).toMatch(/^\/admin\/lieux\/import\/[0-9a-f-]{36}$/);
    const anct = await sessionCookieFor(t, 'anct');
    // Asked, not yet run: the page follows it; the server's worker (here, the test) runs it.
    const attente = await t.app.inject({ method: 'GET', url: rapportUrl, headers: { cookie: anct } });
    expect(attente.statusCode).toBe(200);
    expect(attente.body).toContain('Suivi de l’import');
    expect(attente.body).toContain('En attente');
    expect(await executerTachesEnAttente(t.deps, t.deps.registry.taches)).toBe(1);
    const page = await t.app.inject({ method: 'GET', url: rapportUrl, headers: { cookie: anct } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Rapport d’import');
    expect(page.body).toContain('SIRET invalide : la clé de contrôle (Luhn) est fausse.');
    expect(page.body).toContain('43493312300028');
    const csvRapport = await t.app.inject({
      method: 'GET',
      url: `${rapportUrl}/rapport.csv`,
      headers: { cookie: anct },
    });
    expect(csvRapport.statusCode).toBe(200);
    expect(csvRapport.headers['content-type']).toMatch(/text\/csv/);
    expect(csvRapport.body).toContain('rejet;3;web-2;Anonymal;pivot;43493312300028;SIRET invalide');
    const id = rapportUrl.split('/').pop() as string;
    const audits = await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, id));
    expect(audits.map((a) => [a.action, a.acteurRole]).sort()).toEqual([
      ['lieux.import', 'anct:national'],
      ['lieux.import.demande', 'anct:national'],
    ]);
  });

  it('shows a bad file’s French message on the import’s page (never a 500)', async () => {
    const res = await envoyer({ source: 'Mauvais', format: 'v1' }, [
      { champ: 'fichier', nom: 'lieux.json', contenu: '{"oups":' },
    ]);
    // Reading the file is the background task's work: its failure shows on the import's page.
    expect(res.statusCode).toBe(303);
    await executerTachesEnAttente(t.deps, t.deps.registry.taches);
    const anct = await sessionCookieFor(t, 'anct');
    const page = await t.app.inject({
      method: 'GET',
      url: res.headers.location as string,
      headers: { cookie: anct },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Import en échec');
    expect(page.body).toContain('Le fichier JSON est mal formé');
  });

  it('asks for the missing file and source', async () => {
    const res = await envoyer({ source: '', format: 'v1' }, []);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Choisissez un fichier CSV ou JSON non vide.');
  });

  it('reports an invalid mapping file', async () => {
    const res = await envoyer({ source: 'Correspondance', format: 'v1' }, [
      { champ: 'fichier', nom: 'lieux.json', contenu: '[{"a": 1}]' },
      {
        champ: 'correspondance',
        nom: 'c.json',
        contenu: '{"format": "maillage-correspondance/1", "nom": "x", "champs": {"nom": {"colone": "a"}}}',
      },
    ]);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('clé inconnue : colone');
  });

  it('refuses an oversized upload with a French message', async () => {
    const res = await envoyer({ source: 'Gros', format: 'v1' }, [
      { champ: 'fichier', nom: 'gros.csv', contenu: Buffer.alloc(TAILLE_MAX_OCTETS + 10, 'a') },
    ]);
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('Le fichier dépasse 50 Mo');
  });

  it('refuses a post without the CSRF token', async () => {
    const anct = await sessionCookieFor(t, 'anct');
    const corps = multipart({ source: 'x', format: 'v1' }, [
      { champ: 'fichier', nom: 'a.csv', contenu: 'id\n1' },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/lieux/import',
      headers: { cookie: anct, 'content-type': corps['content-type'] },
      payload: corps.payload,
    });
    expect(res.statusCode).toBe(403);
  });
});

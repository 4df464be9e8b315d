import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvStandard, lignesGenerees } from '../../../../tests/fixtures/lieux/standard.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { multipart } from '../../../../tests/helpers/multipart.ts';
import {
  evenementsAudit,
  lieuxImports,
  lieuxImportsFichiers,
  lieuxProvenances,
} from '../../../db/schema/index.ts';
import type { TacheDeclaree } from '../../../platform/taches/tache.ts';
import { executerProchaineTache, executerTachesEnAttente } from '../../../platform/taches/travailleur.ts';
import { tacheImportLieux } from './tache-import.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function poster(
  url: string,
  champs: Record<string, string>,
  fichiers: Parameters<typeof multipart>[1] = [],
) {
  const anct = await sessionCookieFor(t, 'anct');
  const { csrf, cookie } = await formSession(t, anct, '/admin/lieux/import');
  if (fichiers.length === 0) {
    return t.app.inject({ method: 'POST', url, headers: { cookie }, payload: { _csrf: csrf, ...champs } });
  }
  const corps = multipart({ _csrf: csrf, ...champs }, fichiers);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': corps['content-type'] },
    payload: corps.payload,
  });
}

async function page(url: string) {
  const anct = await sessionCookieFor(t, 'anct');
  return t.app.inject({ method: 'GET', url, headers: { cookie: anct } });
}

/** Asks for an import of `n` generated places and runs it until at least `lignes` rows are written. */
async function importInterrompu(source: string, n: number, lignes: number) {
  const res = await poster('/admin/lieux/import', { source, format: 'v1' }, [
    { champ: 'fichier', nom: `${source}.csv`, contenu: csvStandard(lignesGenerees(n, source)) },
  ]);
  expect(res.statusCode).toBe(303);
  const url = res.headers.location as string;
  const importId = url.split('/').pop() as string;
  // The process is asked to stop once at least `lignes` rows are written (as SIGTERM would, at the
  // task's next pause): the same task, with a progress report that watches the writing. Lots follow
  // their duration, so the exact count is the one reported when the stop was asked.
  const etat = { identifiant: 'test:1', arretDemande: false, log: () => {} };
  let ecritsAnnonces = 0;
  const arretee: TacheDeclaree = {
    ...tacheImportLieux,
    executer: (ctx, p) =>
      tacheImportLieux.executer(
        {
          ...ctx,
          async progression(fait, total, etape) {
            if (etape === 'Écriture des lieux' && !etat.arretDemande && fait >= lignes) {
              ecritsAnnonces = fait;
              etat.arretDemande = true;
            }
            await ctx.progression(fait, total, etape);
          },
        },
        p,
      ),
  };
  expect(await executerProchaineTache(t.deps, [arretee], etat)).toBe(true);
  expect(ecritsAnnonces).toBeGreaterThanOrEqual(lignes);
  expect(ecritsAnnonces).toBeLessThan(n);
  return { url, importId, ecritsAnnonces };
}

const creesPar = async (importId: string) =>
  Number(
    (
      (await t.deps.db.execute(
        sql`select count(*)::int as n from lieux_provenances where import_id = ${importId}`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]?.n,
  );

describe('import de lieux en tâche de fond', () => {
  it('interrompu, il se voit avec ce qu’il a écrit, puis reprend sans doublon', async () => {
    const { url, importId, ecritsAnnonces } = await importInterrompu('reprise', 1000, 500);
    const ecrits = await creesPar(importId);
    expect(ecrits).toBe(ecritsAnnonces);
    const suivi = await page(url);
    expect(suivi.statusCode).toBe(200);
    expect(suivi.body).toContain('Import interrompu');
    expect(suivi.body).toContain('Reprendre l’import');
    expect(suivi.body).toContain('Annuler l’import');
    const liste = await page('/admin/lieux/import');
    expect(liste.body).toContain('Interrompu');

    const reprise = await poster(`${url}/reprendre`, {});
    expect(reprise.statusCode).toBe(303);
    expect(await executerTachesEnAttente(t.deps, t.deps.registry.taches)).toBe(1);
    const rapport = await page(url);
    expect(rapport.body).toContain('Rapport d’import');
    const [fin] = await t.deps.db.select().from(lieuxImports).where(eq(lieuxImports.id, importId));
    // The rows written before the stop are recognised: nothing twice.
    expect(fin).toMatchObject({ statut: 'termine', crees: 1000 - ecrits, inchanges: ecrits, rejetes: 0 });
    const provenances = await t.deps.db
      .select()
      .from(lieuxProvenances)
      .where(eq(lieuxProvenances.source, 'reprise'));
    expect(provenances).toHaveLength(1000);
    // Its kept file is dropped once it has run; a finished import cannot be resumed.
    const encore = await poster(`${url}/reprendre`, {});
    expect(encore.statusCode).toBe(303);
    expect(await executerTachesEnAttente(t.deps, t.deps.registry.taches)).toBe(0);
    expect((await page(url)).body).toContain('Rapport d’import');
    const fichiers = await t.deps.db
      .select()
      .from(lieuxImportsFichiers)
      .where(eq(lieuxImportsFichiers.importId, importId));
    expect(fichiers).toEqual([]);
  });

  it('annulé, il retire les lieux qu’il a créés et le journal le dit', async () => {
    const { url, importId, ecritsAnnonces } = await importInterrompu('annulation', 1000, 250);
    const ecrits = await creesPar(importId);
    expect(ecrits).toBe(ecritsAnnonces);
    const annule = await poster(`${url}/annuler`, {});
    expect(annule.statusCode).toBe(303);
    expect(await creesPar(importId)).toBe(0);
    const restants = await t.deps.db
      .select()
      .from(lieuxProvenances)
      .where(eq(lieuxProvenances.source, 'annulation'));
    expect(restants).toHaveLength(0);
    const suivi = await page(url);
    expect(suivi.body).toContain('Import annulé');
    const journal = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.entiteId, importId));
    expect(journal.map((e) => e.action).sort()).toEqual(['lieux.import.annulation', 'lieux.import.demande']);
    expect(journal.find((e) => e.action === 'lieux.import.annulation')?.details).toMatchObject({
      lieuxRetires: ecrits,
    });
  });

  it('l’avancement se lit en JSON pour la page, réservé à l’ANCT', async () => {
    const res = await poster('/admin/lieux/import', { source: 'etat', format: 'v1' }, [
      { champ: 'fichier', nom: 'etat.csv', contenu: csvStandard(lignesGenerees(10, 'etat')) },
    ]);
    const url = res.headers.location as string;
    const etat = await page(`${url}/etat`);
    expect(etat.json()).toMatchObject({ statut: 'en_attente', fini: false });
    const structure = await sessionCookieFor(t, 'laon');
    expect(
      (await t.app.inject({ method: 'GET', url: `${url}/etat`, headers: { cookie: structure } })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `${url}/etat` })).statusCode).toBe(302);
    await executerTachesEnAttente(t.deps, t.deps.registry.taches);
    expect((await page(`${url}/etat`)).json()).toMatchObject({ statut: 'termine', fini: true });
    expect((await page('/admin/lieux/import/00000000-0000-4000-8000-000000000000/etat')).statusCode).toBe(
      404,
    );
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Contexte, creerContexte } from '../../../../tests/factories/recrutement.ts';
import { systemContext } from '../../../platform/context.ts';
import { buildApp } from '../../../platform/http/app.tsx';
import { buildRegistry } from '../../../platform/module/registry.ts';
import { recrutementApiRoutes } from '../api/routes.ts';
import type { LigneCnfsBrute } from './domain/import-cnfs.ts';
import { importerStructuresCnfs } from './importer-structures-cnfs.ts';

const racine = path.resolve(import.meta.dirname, '../../../..');
const FICHIER = path.join(path.resolve(racine, '../shared'), 'data/conseillers-numeriques/cnfs_2021-06.json');
const present = existsSync(FICHIER);

describe.skipIf(!present)('import de l’open data CNFS 2021 et avancement public', () => {
  let t: Contexte;
  let app: FastifyInstance;
  let lignes: LigneCnfsBrute[];
  beforeAll(async () => {
    t = await creerContexte();
    app = await buildApp({
      ...t.deps,
      registry: buildRegistry([{ name: 'recrutement-api', routes: [recrutementApiRoutes] }]),
    });
    await app.ready();
    lignes = JSON.parse(readFileSync(FICHIER, 'utf8')) as LigneCnfsBrute[];
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('importe 1 450 structures et 2 138 postes ; l’avancement national le rapporte', async () => {
    const r = await importerStructuresCnfs(systemContext(t.deps), { source: 'cnfs_2021-06', lignes });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      lignes: 1450,
      importees: 1450,
      rejetees: [],
      postes: 2138,
      sessionsCreees: 8,
    });
    expect(r.value.anomalies.length).toBeGreaterThan(0);

    const res = await app.inject('/api/v1/recrutement/avancement');
    expect(res.statusCode).toBe(200);
    const national = res.json();
    expect(national.structures.total).toBe(1450);
    expect(national.structures.par_statut.VALIDATION_COSELEC).toBe(1450);
    expect(national.structures.par_statut.CREEE).toBe(0);
    expect(national.postes).toEqual({
      demandes: 2138,
      attribues: 2138,
      conventionnes: 0,
      recrutements_enregistres: 0,
      recrutes: 0,
      en_formation: 0,
      en_poste: 0,
    });
    expect(national.financement.enveloppe_eur).toBe(200_000_000);
    // Public employers at €50,000 a post, private ones at €40,000.
    expect(national.financement.engage_eur).toBeGreaterThan(2138 * 40_000);
    expect(national.financement.engage_eur).toBeLessThan(2138 * 50_000);
  });

  it('les chiffres par département s’additionnent aux chiffres nationaux', async () => {
    const national = (await app.inject('/api/v1/recrutement/avancement')).json();
    const codes = [
      ...new Set(
        lignes.map((l) => {
          const c = String(l['code_département']).toUpperCase();
          return /^\d$/.test(c) ? `0${c}` : c;
        }),
      ),
    ];
    expect(codes.length).toBeGreaterThan(95);
    const somme = { structures: 0, attribues: 0, demandes: 0, engage: 0 };
    for (const code of codes) {
      const res = await app.inject(`/api/v1/recrutement/avancement?departement=${code}`);
      expect(res.statusCode).toBe(200);
      const d = res.json();
      somme.structures += d.structures.total;
      somme.attribues += d.postes.attribues;
      somme.demandes += d.postes.demandes;
      somme.engage += d.financement.engage_eur;
      expect(d.financement.enveloppe_eur).toBe(national.financement.enveloppe_eur);
    }
    expect(somme).toEqual({
      structures: national.structures.total,
      attribues: national.postes.attribues,
      demandes: national.postes.demandes,
      engage: national.financement.engage_eur,
    });
    // An unpadded code is understood.
    const ain = (await app.inject('/api/v1/recrutement/avancement?departement=1')).json();
    const ain01 = (await app.inject('/api/v1/recrutement/avancement?departement=01')).json();
    expect(ain).toEqual(ain01);
    expect(ain01.structures.total).toBe(27);
  });

  it('est idempotent : un second import ne crée rien', async () => {
    const r = await importerStructuresCnfs(systemContext(t.deps), { source: 'cnfs_2021-06', lignes });
    expect(r.ok && r.value).toMatchObject({
      importees: 0,
      dejaImportees: 1450,
      postes: 0,
      sessionsCreees: 0,
    });
    const national = (await app.inject('/api/v1/recrutement/avancement')).json();
    expect(national.structures.total).toBe(1450);
  });

  it('répond par un problème en français pour un département inconnu ou mal formé, et figure dans l’OpenAPI', async () => {
    const inconnu = await app.inject('/api/v1/recrutement/avancement?departement=99');
    expect(inconnu.statusCode).toBe(404);
    expect(inconnu.headers['content-type']).toContain('application/problem+json');
    expect(inconnu.json()).toMatchObject({
      code: 'departement_inconnu',
      detail: 'Aucun département n’a le code « 99 ».',
    });
    const mal = await app.inject('/api/v1/recrutement/avancement?departement=Aisne');
    expect(mal.statusCode).toBe(400);
    expect(mal.json().detail).toContain('Code de département invalide');
    const doc = app.swagger() as { paths: Record<string, { get?: { responses?: Record<string, unknown> } }> };
    const op = doc.paths['/api/v1/recrutement/avancement']?.get;
    expect(op).toBeDefined();
    expect(JSON.stringify(op?.responses?.['200'])).toContain('en_formation');
  });
});

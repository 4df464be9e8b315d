import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { evenementsAudit, lieux, lieuxProvenances } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { creerJetonApi } from '../../api/creer-jeton.ts';

const LAON = '00000000-0000-4000-8000-000000000101';
const PAYS_DE_LAON = '00000000-0000-4000-8000-000000000102';

const lieuValide = {
  nom: 'Espace numérique Sérurier',
  adresse: '12 rue Sérurier',
  code_postal: '02000',
  commune: 'Laon',
  latitude: 49.5641,
  longitude: 3.6199,
  telephone: '+33323220000',
  courriels: ['contact@espace-serurier.fr'],
  site_web: ['https://www.ville-laon.fr'],
  horaires: 'Mo-Fr 09:00-12:00,14:00-17:00',
  services: ['Aide aux démarches administratives'],
  publics_specifiquement_adresses: ['Jeunes'],
  date_maj: '2026-12-01',
};

describe('API d’écriture des lieux (PUT / DELETE /api/v1/lieux/source/:idSource)', () => {
  let t: TestContext;
  let jetonLaon: string;
  let jetonPaysDeLaon: string;
  let jetonLecture: string;
  let jetonNational: string;

  async function jeton(portees: string[], structureId: string | null): Promise<string> {
    const r = await creerJetonApi(
      { ...systemContext(t.deps), operateurCli: true },
      { nom: `Client ${portees.join(' ')}`, portees, structureId },
    );
    if (!r.ok) throw new Error(r.error.message);
    return r.value.jeton;
  }

  function put(idSource: string, payload: unknown, token: string | null = jetonLaon) {
    return t.app.inject({
      method: 'PUT',
      url: `/api/v1/lieux/source/${encodeURIComponent(idSource)}`,
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
  }

  function supprimer(idSource: string, token: string | null = jetonLaon) {
    return t.app.inject({
      method: 'DELETE',
      url: `/api/v1/lieux/source/${encodeURIComponent(idSource)}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  const lieuxApi = (structureId: string) =>
    t.deps.db
      .select({ id: lieuxProvenances.lieuOrigineId, idSource: lieuxProvenances.idSource })
      .from(lieuxProvenances)
      .where(eq(lieuxProvenances.source, `api:${structureId}`));

  async function seulLieu(structureId: string): Promise<string> {
    const rows = await lieuxApi(structureId);
    expect(rows).toHaveLength(1);
    return rows[0]!.id;
  }

  const audits = (action: string) =>
    t.deps.db.select().from(evenementsAudit).where(like(evenementsAudit.action, action));

  beforeAll(async () => {
    t = await createTestApp();
    jetonLaon = await jeton(['lieux:ecriture'], LAON);
    jetonPaysDeLaon = await jeton(['lieux:ecriture'], PAYS_DE_LAON);
    jetonLecture = await jeton(['lecture'], LAON);
    jetonNational = await jeton(['lieux:ecriture'], null);
  });
  afterAll(() => t.close());

  it('est documentée dans le document OpenAPI (tag Lieux, réponses, corps avec exemples)', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    const chemin = doc.paths['/api/v1/lieux/source/{idSource}'];
    expect(chemin.put.tags).toEqual(['Lieux']);
    expect(chemin.put.security).toEqual([{ jeton: [] }]);
    expect(Object.keys(chemin.put.responses).sort()).toEqual(['200', '201', '400', '401', '403', '413']);
    expect(Object.keys(chemin.delete.responses).sort()).toEqual(['204', '400', '401', '403', '404']);
    expect(chemin.put.responses['403'].content['application/problem+json']).toBeDefined();
    const corps = chemin.put.requestBody.content['application/json'].schema;
    expect(corps.additionalProperties).toBe(false);
    expect(corps.properties.services.type).toBe('array');
    expect(corps.properties.nom.examples).toEqual(['Espace numérique de Laon']);
  });

  it('crée le lieu (201, Location), visible dans la fiche et la recherche, avec audit', async () => {
    const res = await put('antenne-42', lieuValide);
    expect(res.statusCode).toBe(201);
    const corps = res.json();
    expect(corps).toMatchObject({ id_source: 'antenne-42', statut: 'cree' });
    expect(res.headers.location).toBe(`/api/v1/lieux/${corps.id}`);

    const [ligne] = await t.deps.db.select().from(lieux).where(eq(lieux.id, corps.id));
    expect(ligne).toMatchObject({
      structureId: LAON,
      nom: 'Espace numérique Sérurier',
      pivot: '21020387300018',
      source: 'Commune de Laon',
      codeInsee: '02408',
      departementCode: '02',
    });

    const fiche = await t.app.inject(`/api/v1/lieux/${corps.id}`);
    expect(fiche.statusCode).toBe(200);
    expect(fiche.json()).toMatchObject({
      nom: 'Espace numérique Sérurier',
      services: ['Aide aux démarches administratives'],
      provenances: [{ source: `api:${LAON}`, id_source: 'antenne-42' }],
    });

    const recherche = await t.app.inject('/api/v1/lieux?q=Sérurier');
    expect(recherche.json().data.map((l: { id: string }) => l.id)).toContain(corps.id);

    const [audit] = await audits('lieu.api.creation');
    expect(audit).toMatchObject({ entiteId: corps.id, structureId: LAON, acteurRole: 'api' });
  });

  it('est idempotent : le même corps répond 200 « inchange » sans rien écrire, une seule ligne', async () => {
    const avant = await t.deps.db.select().from(lieux).where(eq(lieux.nom, lieuValide.nom));
    const res = await put('antenne-42', lieuValide);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ statut: 'inchange', id: avant[0]!.id });
    const apres = await t.deps.db.select().from(lieux).where(eq(lieux.nom, lieuValide.nom));
    expect(apres).toHaveLength(1);
    expect(apres[0]!.modifieLe).toEqual(avant[0]!.modifieLe);
    expect(await lieuxApi(LAON)).toHaveLength(1);
    expect(await audits('lieu.api.%')).toHaveLength(1);
  });

  it('met à jour le lieu (200 « modifie ») et la recherche le montre aussitôt', async () => {
    const id = await seulLieu(LAON);
    const res = await put('antenne-42', { ...lieuValide, nom: 'Espace numérique Vauclair' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id, id_source: 'antenne-42', statut: 'modifie' });
    expect(res.headers.location).toBeUndefined();
    const fiche = await t.app.inject(`/api/v1/lieux/${id}`);
    expect(fiche.json().nom).toBe('Espace numérique Vauclair');
    const recherche = await t.app.inject('/api/v1/lieux?q=Vauclair');
    expect(recherche.json().data.map((l: { id: string }) => l.id)).toEqual([id]);
    expect(await audits('lieu.api.modification')).toHaveLength(1);
  });

  it('deux appels simultanés pour le même identifiant créent un seul lieu', async () => {
    const corps = { ...lieuValide, nom: 'Médiathèque Suzanne Martinet' };
    const [a, b] = await Promise.all([put('simultane-1', corps), put('simultane-1', corps)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await t.deps.db.select().from(lieux).where(eq(lieux.nom, corps.nom))).toHaveLength(1);
    expect((await supprimer('simultane-1')).statusCode).toBe(204);
  });

  it('ne laisse jamais une structure voir, modifier ou retirer le lieu d’une autre', async () => {
    const id = await seulLieu(LAON);
    const retrait = await supprimer('antenne-42', jetonPaysDeLaon);
    expect(retrait.statusCode).toBe(404);
    expect(retrait.json()).toMatchObject({ code: 'lieu_introuvable' });
    expect(retrait.json().detail).not.toContain(id);

    // The same id from another structure is another place, owned by that structure.
    const autre = await put('antenne-42', { ...lieuValide, nom: 'Maison France services' }, jetonPaysDeLaon);
    expect(autre.statusCode).toBe(201);
    expect(autre.json().id).not.toBe(id);
    const [dulaon] = await t.deps.db.select().from(lieux).where(eq(lieux.id, id));
    expect(dulaon!.nom).toBe('Espace numérique Vauclair');
    expect(dulaon!.structureId).toBe(LAON);
    const [delautre] = await t.deps.db.select().from(lieux).where(eq(lieux.id, autre.json().id));
    expect(delautre!.structureId).toBe(PAYS_DE_LAON);
  });

  it('refuse sans jeton (401), sans la portée ou sans structure (403), avec une session (403)', async () => {
    const sans = await put('x1', lieuValide, null);
    expect(sans.statusCode).toBe(401);
    expect(sans.json()).toMatchObject({ code: 'authentification_requise' });
    expect((await supprimer('antenne-42', null)).statusCode).toBe(401);

    const lecture = await put('x1', lieuValide, jetonLecture);
    expect(lecture.statusCode).toBe(403);
    expect(lecture.json()).toMatchObject({ code: 'portee_manquante' });
    expect((await supprimer('antenne-42', jetonLecture)).json()).toMatchObject({ code: 'portee_manquante' });

    const national = await put('x1', lieuValide, jetonNational);
    expect(national.statusCode).toBe(403);
    expect(national.json()).toMatchObject({ code: 'jeton_sans_structure' });

    const cookie = await sessionCookieFor(t, 'laon');
    const session = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/lieux/source/x1',
      payload: lieuValide,
      headers: { cookie },
    });
    expect(session.statusCode).toBe(403);
    expect(session.json()).toMatchObject({ code: 'jeton_requis' });
    expect(
      await t.deps.db.select().from(lieuxProvenances).where(eq(lieuxProvenances.idSource, 'x1')),
    ).toEqual([]);
  });

  it('refuse un corps invalide en 400, en français, par champ, sans rien écrire', async () => {
    const nombreAvant = (await t.deps.db.select({ id: lieux.id }).from(lieux)).length;
    const cas: [unknown, string, RegExp][] = [
      ['{"nom": "Lieu', 'requete_invalide', /mal formée/],
      [{ ...lieuValide, couleur: 'bleu' }, 'requete_invalide', /couleur/],
      [{ ...lieuValide, nom: ['Un', 'Deux'] }, 'requete_invalide', /nom/],
      [{ ...lieuValide, services: 'Aide aux démarches administratives' }, 'requete_invalide', /services/],
      [{ ...lieuValide, code_postal: '2000A' }, 'lieu_invalide', /5 chiffres/],
      [
        { ...lieuValide, services: ['Réparer des vélos'] },
        'lieu_invalide',
        /liste du standard \(« Réparer des vélos »\)\./,
      ],
      [{ ...lieuValide, site_web: ['javascript:alert(1)'] }, 'lieu_invalide', /Adresse web invalide/],
      [{ ...lieuValide, nom: 'x'.repeat(200_000) }, 'trop_volumineux', /volumineux/],
    ];
    for (const [corps, code, message] of cas) {
      const res = await put('invalide-1', corps);
      expect([400, 413], JSON.stringify(corps).slice(0, 80)).toContain(res.statusCode);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
      expect(`${res.json().detail} ${JSON.stringify(res.json().errors ?? [])}`).toMatch(message);
    }
    const invalide = await put('invalide-1', { ...lieuValide, code_postal: '2000A' });
    expect(invalide.json().errors).toContainEqual({
      field: 'code_postal',
      message: 'Le code postal doit compter 5 chiffres.',
    });
    expect(await t.deps.db.select({ id: lieux.id }).from(lieux)).toHaveLength(nombreAvant);
    expect(
      await t.deps.db.select().from(lieuxProvenances).where(eq(lieuxProvenances.idSource, 'invalide-1')),
    ).toEqual([]);
  });

  it('refuse un identifiant trop long ou avec un caractère de contrôle', async () => {
    const long = await put('a'.repeat(101), lieuValide);
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toMatch(/100 caractères/);
    const controle = await put('a\u0007b', lieuValide);
    expect(controle.statusCode).toBe(400);
    expect(controle.json().detail).toMatch(/caractères invisibles|contrôle/);
  });

  it('retire le lieu (204) : ligne et provenance supprimées, audit, absent de la fiche et de la recherche', async () => {
    const id = await seulLieu(LAON);
    const res = await supprimer('antenne-42');
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(await t.deps.db.select().from(lieux).where(eq(lieux.id, id))).toEqual([]);
    expect(await lieuxApi(LAON)).toEqual([]);
    expect((await t.app.inject(`/api/v1/lieux/${id}`)).statusCode).toBe(404);
    const recherche = await t.app.inject('/api/v1/lieux?q=Vauclair');
    expect(recherche.json().data).toEqual([]);
    const [audit] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(and(eq(evenementsAudit.action, 'lieu.api.suppression'), eq(evenementsAudit.entiteId, id)));
    expect(audit).toMatchObject({ structureId: LAON });
    // The other structure's place with the same id is untouched.
    expect(await lieuxApi(PAYS_DE_LAON)).toHaveLength(1);
    expect((await supprimer('antenne-42')).statusCode).toBe(404);
  });
});

import { eq, isNull, sql } from 'drizzle-orm';
import { distance } from 'geokdbush';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { lieux } from '../../../db/schema/index.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../demo/seed-lieux.ts';
import { analyserHoraires, etatOuverture, ouvertLeSamedi } from '../domain/horaires.ts';
import { rechercheDe } from './instance.ts';
import { RechercheLieux } from './service.ts';

// Tuesday 8 October 2024, 10:00 in Paris.
const MARDI_10H = new Date('2024-10-08T08:00:00Z');
const LAON = { lat: 49.5641, lon: 3.6199 };
const DEMARCHES = 'Aide aux démarches administratives';
const Q_DEMARCHES = encodeURIComponent(DEMARCHES);

interface Item {
  id: string;
  nom: string;
  services: string[];
  distance_km?: number;
  latitude: number | null;
  longitude: number | null;
  ouvert_maintenant: boolean | null;
}

let t: TestContext;
let tous: (typeof lieux.$inferSelect)[];

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MARDI_10H;
  await seedLieuxDemo(t.deps.db, MARDI_10H);
  tous = await t.deps.db.select().from(lieux).where(isNull(lieux.fusionneDans));
});
afterAll(() => t.close());

async function api(url: string) {
  const res = await t.app.inject({ url });
  return {
    status: res.statusCode,
    body: res.json() as { data: Item[]; total: number; next_cursor?: string; code?: string },
  };
}

/** What a brute-force scan of the table says (the index must agree). */
function attendusPres(
  lat: number,
  lon: number,
  rayon: number,
  garder: (l: (typeof tous)[number]) => boolean,
) {
  return tous
    .filter((l) => l.latitude !== null && l.longitude !== null && garder(l))
    .map((l) => ({ id: l.id, d: distance(lon, lat, l.longitude!, l.latitude!) }))
    .filter((x) => x.d <= rayon)
    .sort((a, b) => a.d - b.d);
}

describe('API : recherche près d’un point', () => {
  it('près de Laon, 20 km, « Aide aux démarches administratives » : triés par distance, exactement les bons lieux', async () => {
    const { status, body } = await api(
      `/api/v1/lieux?near=${LAON.lat},${LAON.lon}&radius_km=20&services=${Q_DEMARCHES}&limit=200`,
    );
    expect(status).toBe(200);
    const attendus = attendusPres(LAON.lat, LAON.lon, 20, (l) => l.services.includes(DEMARCHES));
    expect(attendus.length).toBeGreaterThan(5);
    expect(body.total).toBe(attendus.length);
    expect(body.data.map((d) => d.id)).toEqual(attendus.map((a) => a.id));
    const distances = body.data.map((d) => d.distance_km!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(20);
    for (const d of body.data) expect(d.services).toContain(DEMARCHES);
    expect(body.data.map((d) => d.id)).toContain(LIEUX_DEMO_GERES.laonPerime);
  });

  it('plusieurs valeurs d’un filtre : l’une ou l’autre ; deux filtres : les deux', async () => {
    const { body } = await api(
      `/api/v1/lieux?near=${LAON.lat},${LAON.lon}&radius_km=50&frais=Payant|Gratuit%20sous%20condition&services=${Q_DEMARCHES}&limit=200`,
    );
    const attendus = attendusPres(
      LAON.lat,
      LAON.lon,
      50,
      (l) =>
        l.services.includes(DEMARCHES) &&
        l.fraisACharge.some((f) => f === 'Payant' || f === 'Gratuit sous condition'),
    );
    expect(body.data.map((d) => d.id)).toEqual(attendus.map((a) => a.id));
  });

  it('pagination par curseur : toutes les pages mises bout à bout donnent la liste complète', async () => {
    const complet = (await api(`/api/v1/lieux?near=${LAON.lat},${LAON.lon}&radius_km=100&limit=200`)).body;
    expect(complet.total).toBeGreaterThan(12);
    const vus: string[] = [];
    let url = `/api/v1/lieux?near=${LAON.lat},${LAON.lon}&radius_km=100&limit=5`;
    for (let i = 0; i < 100; i++) {
      const { body } = await api(url);
      expect(body.data.length).toBeLessThanOrEqual(5);
      vus.push(...body.data.map((d) => d.id));
      if (!body.next_cursor) break;
      url = `/api/v1/lieux?near=${LAON.lat},${LAON.lon}&radius_km=100&limit=5&cursor=${body.next_cursor}`;
    }
    expect(vus).toEqual(complet.data.map((d) => d.id));
    expect(new Set(vus).size).toBe(vus.length);
  });

  it('bbox : seulement les lieux du rectangle, triés par nom', async () => {
    const bbox = [3.4, 49.45, 3.9, 49.7];
    const { body } = await api(`/api/v1/lieux?bbox=${bbox.join(',')}&limit=200`);
    const attendus = tous.filter(
      (l) =>
        l.longitude !== null &&
        l.latitude !== null &&
        l.longitude >= bbox[0]! &&
        l.longitude <= bbox[2]! &&
        l.latitude >= bbox[1]! &&
        l.latitude <= bbox[3]!,
    );
    expect(body.total).toBe(attendus.length);
    expect(new Set(body.data.map((d) => d.id))).toEqual(new Set(attendus.map((a) => a.id)));
    const noms = body.data.map((d) =>
      d.nom
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    );
    expect(noms).toEqual([...noms].sort());
  });

  it('ouvert le samedi', async () => {
    const { body } = await api('/api/v1/lieux?departement=02&ouvert_le_samedi=true&limit=200');
    const attendus = tous.filter(
      (l) => l.departementCode === '02' && ouvertLeSamedi(analyserHoraires(l.horaires, l)),
    );
    expect(attendus.length).toBeGreaterThan(0);
    expect(new Set(body.data.map((d) => d.id))).toEqual(new Set(attendus.map((l) => l.id)));
    for (const d of body.data) expect(tous.find((x) => x.id === d.id)!.horaires).toMatch(/Sa/);
  });

  it('département et commune', async () => {
    const dep = (await api('/api/v1/lieux?departement=971&limit=200')).body;
    expect(dep.total).toBe(tous.filter((l) => l.departementCode === '971').length);
    const commune = (await api('/api/v1/lieux?commune=02408&limit=200')).body;
    expect(commune.total).toBe(tous.filter((l) => l.codeInsee === '02408').length);
  });

  it('ouvert maintenant, à horloge fixe : d’accord avec la bibliothèque lieu par lieu', async () => {
    for (const instant of [MARDI_10H, new Date('2024-10-12T08:00:00Z'), new Date('2024-10-13T01:00:00Z')]) {
      t.clock.now = instant;
      const { body } = await api(
        `/api/v1/lieux?near=${LAON.lat},${LAON.lon}&radius_km=100&ouvert_maintenant=true&limit=200`,
      );
      const attendus = attendusPres(
        LAON.lat,
        LAON.lon,
        100,
        (l) => etatOuverture(l.horaires, l, instant).statut === 'ouvert',
      );
      expect(body.data.map((d) => d.id)).toEqual(attendus.map((a) => a.id));
      for (const d of body.data) expect(d.ouvert_maintenant).toBe(true);
    }
    t.clock.now = MARDI_10H;
    const mardi = (
      await api(`/api/v1/lieux?near=${LAON.lat},${LAON.lon}&radius_km=100&ouvert_maintenant=true&limit=200`)
    ).body.total;
    t.clock.now = new Date('2024-10-13T01:00:00Z');
    const dimancheNuit = (
      await api(`/api/v1/lieux?near=${LAON.lat},${LAON.lon}&radius_km=100&ouvert_maintenant=true&limit=200`)
    ).body.total;
    expect(mardi).toBeGreaterThan(dimancheNuit);
    t.clock.now = MARDI_10H;
  });

  it('paramètres invalides : problem+json 400 avec un code stable', async () => {
    const cas: [string, string][] = [
      ['/api/v1/lieux?near=abc', 'near_invalide'],
      ['/api/v1/lieux?near=49.5,3.6&radius_km=0', 'rayon_invalide'],
      ['/api/v1/lieux?radius_km=10', 'rayon_sans_point'],
      ['/api/v1/lieux?bbox=3.9,49.7,3.4,49.45', 'bbox_invalide'],
      ['/api/v1/lieux?services=Cours%20de%20cuisine', 'filtre_invalide'],
      ['/api/v1/lieux?cursor=pas-un-curseur', 'curseur_invalide'],
      ['/api/v1/lieux?limit=0', 'limit_invalide'],
      ['/api/v1/lieux?departement=Aisne', 'departement_invalide'],
      ['/api/v1/lieux/points?bbox=1,2,3', 'bbox_invalide'],
    ];
    for (const [url, code] of cas) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code, url).toBe(code);
      expect(res.json().detail).toMatch(/[a-zé]/);
    }
  });

  it('points légers pour la carte', async () => {
    const res = await t.app.inject({
      url: `/api/v1/lieux/points?bbox=3.4,49.45,3.9,49.7&services=${Q_DEMARCHES}`,
    });
    expect(res.statusCode).toBe(200);
    const data = res.json().data as Record<string, unknown>[];
    expect(data.length).toBeGreaterThan(0);
    expect(Object.keys(data[0]!).sort()).toEqual(['id', 'lat', 'lon', 'nom']);
  });
});

describe('document OpenAPI', () => {
  it('décrit les trois routes des lieux sous l’étiquette « Lieux »', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, { get?: { tags?: string[]; parameters?: { name: string }[] } }>;
    };
    for (const chemin of ['/api/v1/lieux', '/api/v1/lieux/points', '/api/v1/lieux/{id}']) {
      expect(doc.paths[chemin]?.get?.tags, chemin).toEqual(['Lieux']);
    }
    const params = doc.paths['/api/v1/lieux']!.get!.parameters!.map((p) => p.name);
    for (const p of [
      'near',
      'radius_km',
      'bbox',
      'departement',
      'commune',
      'services',
      'ouvert_maintenant',
      'cursor',
    ]) {
      expect(params).toContain(p);
    }
  });
});

describe('API : un lieu', () => {
  it('tous les champs, l’ouverture, les provenances', async () => {
    const res = await t.app.inject({ url: `/api/v1/lieux/${LIEUX_DEMO_GERES.laonPerime}` });
    expect(res.statusCode).toBe(200);
    const l = res.json();
    expect(l).toMatchObject({
      id: LIEUX_DEMO_GERES.laonPerime,
      nom: 'Espace numérique de l’Hôtel de Ville de Laon',
      commune: 'Laon',
      code_insee: '02408',
      departement: '02',
      gestionnaire: 'Commune de Laon',
      ouverture: { statut: 'ouvert', libelle: 'Ouvert', detail: 'Ferme à 12 h' },
    });
    expect(l.provenances).toEqual([expect.objectContaining({ source: 'Démonstration Maillage' })]);
  });

  it('inconnu ou fusionné : 404 problem+json', async () => {
    const inconnu = await t.app.inject({ url: '/api/v1/lieux/00000000-0000-4000-8000-0000000000ff' });
    expect([inconnu.statusCode, inconnu.json().code]).toEqual([404, 'lieu_introuvable']);
    const malforme = await t.app.inject({ url: '/api/v1/lieux/abc' });
    expect(malforme.statusCode).toBe(404);
    const [a, b] = tous.filter((l) => l.codeInsee === '02722');
    await t.deps.db.update(lieux).set({ fusionneDans: b!.id }).where(eq(lieux.id, a!.id));
    const fusionne = await t.app.inject({ url: `/api/v1/lieux/${a!.id}` });
    expect([fusionne.statusCode, fusionne.json().code]).toEqual([404, 'lieu_fusionne']);
    const page = await t.app.inject({ url: `/lieux/${a!.id}` });
    expect([page.statusCode, page.headers.location]).toEqual([301, `/lieux/${b!.id}`]);
    // The merged place disappears from the search once the index is refreshed.
    rechercheDe(t.app).invalider();
    const soissons = (await api('/api/v1/lieux?commune=02722&limit=200')).body;
    expect(soissons.data.map((d) => d.id)).not.toContain(a!.id);
    await t.deps.db.update(lieux).set({ fusionneDans: null }).where(eq(lieux.id, a!.id));
    rechercheDe(t.app).invalider();
  });
});

describe('index en mémoire', () => {
  it('voit une écriture faite par un autre processus grâce au journal, rechargé en arrière-plan', async () => {
    const r = new RechercheLieux(t.deps.db, { intervalleMs: 0, reculMs: 0 });
    const avant = await r.obtenir();
    expect(avant.lieu(LIEUX_DEMO_GERES.laon)?.nom).toBe('Médiathèque Suzanne Martinet');
    await t.deps.db.execute(
      sql`update lieux set nom = 'Médiathèque renommée' where id = ${LIEUX_DEMO_GERES.laon}`,
    );
    // Searches keep answering with the current index while the new one loads.
    let index = await r.obtenir();
    for (let i = 0; i < 100 && index === avant; i++) {
      await new Promise((ok) => setTimeout(ok, 20));
      index = await r.obtenir();
    }
    expect(index).not.toBe(avant);
    expect(index.lieu(LIEUX_DEMO_GERES.laon)?.nom).toBe('Médiathèque renommée');
    await t.deps.db.execute(
      sql`update lieux set nom = 'Médiathèque Suzanne Martinet' where id = ${LIEUX_DEMO_GERES.laon}`,
    );
    r.invalider();
    expect((await r.obtenir()).lieu(LIEUX_DEMO_GERES.laon)?.nom).toBe('Médiathèque Suzanne Martinet');
  });
});

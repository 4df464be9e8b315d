/**
 * A local HTTP server speaking the BAN's format (`/search/` GeoJSON, `/search/csv/` CSV), so that no
 * test ever calls the real national service. Its answers come from a small table of addresses; its
 * mode makes it fail (500), answer slowly, or answer garbage.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';

export interface AdresseFausse {
  label: string;
  name: string;
  housenumber?: string;
  street?: string;
  postcode: string;
  citycode: string;
  city: string;
  type: 'housenumber' | 'street' | 'locality' | 'municipality';
  lat: number;
  lon: number;
}

export const ADRESSES_FAUSSES: AdresseFausse[] = [
  {
    label: '20 Avenue de Ségur 75007 Paris',
    name: '20 Avenue de Ségur',
    housenumber: '20',
    street: 'Avenue de Ségur',
    postcode: '75007',
    citycode: '75107',
    city: 'Paris',
    type: 'housenumber',
    lat: 48.8497,
    lon: 2.3085,
  },
  {
    label: '2 Rue Sérurier 02000 Laon',
    name: '2 Rue Sérurier',
    housenumber: '2',
    street: 'Rue Sérurier',
    postcode: '02000',
    citycode: '02408',
    city: 'Laon',
    type: 'housenumber',
    lat: 49.5652,
    lon: 3.6158,
  },
  {
    label: '12 Rue Sérurier 02000 Laon',
    name: '12 Rue Sérurier',
    housenumber: '12',
    street: 'Rue Sérurier',
    postcode: '02000',
    citycode: '02408',
    city: 'Laon',
    type: 'housenumber',
    lat: 49.5661,
    lon: 3.6171,
  },
  {
    label: 'Rue de la Gare 02000 Laon',
    name: 'Rue de la Gare',
    street: 'Rue de la Gare',
    postcode: '02000',
    citycode: '02408',
    city: 'Laon',
    type: 'street',
    lat: 49.5703,
    lon: 3.6215,
  },
  {
    label: 'Rue de la Gare 80000 Amiens',
    name: 'Rue de la Gare',
    street: 'Rue de la Gare',
    postcode: '80000',
    citycode: '80021',
    city: 'Amiens',
    type: 'street',
    lat: 49.8913,
    lon: 2.3078,
  },
  {
    label: 'Laon',
    name: 'Laon',
    postcode: '02000',
    citycode: '02408',
    city: 'Laon',
    type: 'municipality',
    lat: 49.5641,
    lon: 3.62,
  },
];

export type ModeFauxBan = 'normal' | 'panne' | 'lent' | 'invalide';

export interface FauxBan {
  url: string;
  mode: ModeFauxBan;
  /** Delay of the 'lent' mode, in milliseconds. */
  lenteurMs: number;
  /** Paths of every request received, in order. */
  requetes: string[];
  close(): Promise<void>;
}

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function scorer(q: string, a: AdresseFausse, autocomplete: boolean): number {
  const mots = norm(q);
  const cible = norm(a.label);
  if (!mots.length) return 0;
  const trouves = mots.filter(
    (m, i) =>
      cible.includes(m) || (autocomplete && i === mots.length - 1 && cible.some((c) => c.startsWith(m))),
  ).length;
  if (trouves < mots.length) return 0;
  return Math.round((trouves / Math.max(cible.length, mots.length)) * 1000) / 1000;
}

function chercher(q: string, filtres: { citycode?: string; postcode?: string; autocomplete: boolean }) {
  return ADRESSES_FAUSSES.filter(
    (a) =>
      (!filtres.citycode || a.citycode === filtres.citycode) &&
      (!filtres.postcode || a.postcode === filtres.postcode),
  )
    .map((a) => ({ a, score: scorer(q, a, filtres.autocomplete) }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score);
}

function versFeature(a: AdresseFausse, score: number) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
    properties: {
      label: a.label,
      score,
      ...(a.housenumber ? { housenumber: a.housenumber } : {}),
      id: `${a.citycode}_${a.name}`,
      name: a.name,
      postcode: a.postcode,
      citycode: a.citycode,
      city: a.city,
      context: '',
      type: a.type,
      importance: 0.5,
      ...(a.street ? { street: a.street } : {}),
    },
  };
}

function csvCellule(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

async function repondreCsv(req: http.IncomingMessage, corps: Buffer, res: http.ServerResponse) {
  const form = await new Request('http://faux-ban/search/csv/', {
    method: 'POST',
    headers: req.headers as Record<string, string>,
    body: new Uint8Array(corps),
  }).formData();
  const fichier = form.get('data');
  if (!(fichier instanceof Blob)) {
    res.writeHead(400, { 'content-type': 'application/json' }).end('{"code":400,"message":"data manquant"}');
    return;
  }
  const colonnes = form.getAll('columns').map(String);
  const colCommune = form.get('citycode')?.toString();
  const lignes: Record<string, string>[] = parse(await fichier.text(), {
    columns: true,
    skip_empty_lines: true,
  });
  const entetes = lignes.length ? Object.keys(lignes[0]!) : ['id'];
  const ajout = [
    'latitude',
    'longitude',
    'result_label',
    'result_score',
    'result_type',
    'result_name',
    'result_postcode',
    'result_city',
    'result_citycode',
  ];
  const sortie = [[...entetes, ...ajout].join(',')];
  for (const l of lignes) {
    const q = colonnes.map((c) => l[c] ?? '').join(' ');
    const citycode = colCommune ? l[colCommune] || undefined : undefined;
    const [m] = chercher(q, { ...(citycode ? { citycode } : {}), autocomplete: false });
    const extra = m
      ? [
          String(m.a.lat),
          String(m.a.lon),
          m.a.label,
          String(m.score),
          m.a.type,
          m.a.name,
          m.a.postcode,
          m.a.city,
          m.a.citycode,
        ]
      : ajout.map(() => '');
    sortie.push([...entetes.map((e) => l[e] ?? ''), ...extra].map(csvCellule).join(','));
  }
  res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(sortie.join('\n'));
}

export async function demarrerFauxBan(): Promise<FauxBan> {
  const etat: FauxBan = { url: '', mode: 'normal', lenteurMs: 5000, requetes: [], close: async () => {} };
  const server = http.createServer((req, res) => {
    const morceaux: Buffer[] = [];
    req.on('data', (c: Buffer) => morceaux.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://faux-ban');
        etat.requetes.push(url.pathname + url.search);
        if (etat.mode === 'lent') await new Promise((r) => setTimeout(r, etat.lenteurMs));
        if (res.destroyed) return;
        if (etat.mode === 'panne') {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('Service indisponible');
          return;
        }
        if (etat.mode === 'invalide') {
          res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
          return;
        }
        if (url.pathname === '/search/csv/' && req.method === 'POST') {
          await repondreCsv(req, Buffer.concat(morceaux), res);
          return;
        }
        if (url.pathname !== '/search/' && url.pathname !== '/search') {
          res.writeHead(404).end();
          return;
        }
        const q = url.searchParams.get('q') ?? '';
        if (q.trim().length < 3 || q.length > 200) {
          res
            .writeHead(400, { 'content-type': 'application/json' })
            .end('{"code":400,"detail":["q: should be a string of 3 to 200 chars"]}');
          return;
        }
        const limite = Number(url.searchParams.get('limit') ?? 5) || 5;
        const trouves = chercher(q, {
          ...(url.searchParams.get('citycode') ? { citycode: url.searchParams.get('citycode')! } : {}),
          ...(url.searchParams.get('postcode') ? { postcode: url.searchParams.get('postcode')! } : {}),
          autocomplete: url.searchParams.get('autocomplete') !== '0',
        }).slice(0, limite);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(
          JSON.stringify({
            type: 'FeatureCollection',
            version: 'draft',
            features: trouves.map((t) => versFeature(t.a, t.score)),
            attribution: 'BAN',
            licence: 'ETALAB-2.0',
            query: q,
            limit: limite,
          }),
        );
      })().catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  etat.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  etat.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return etat;
}

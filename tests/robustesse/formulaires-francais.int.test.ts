/**
 * Every form a person can reach (issue 8, defect 2): each persona's pages are walked from its space and
 * its header links (public pages for an anonymous visitor), every POST form found with a field to fill
 * is submitted empty, then with values of the wrong type, and the answer must be French: no developer
 * message ("Invalid input", "expected number", "received NaN"…), never a 5xx, a required field said to be
 * required, and the error summary listing the fields in the order the form shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apparier } from '../../src/features/recrutement/mises-en-relation/apparier.ts';
import { createSession, SESSION_COOKIE } from '../../src/platform/auth/sessions.ts';
import { acteurPersona, candidatInscrit, structureValidee } from '../factories/recrutement.ts';
import { createTestApp, type TestContext } from '../helpers/app.ts';
import { sessionCookieFor } from '../helpers/auth.ts';
import { contexteDe } from '../helpers/contexte.ts';

let t: TestContext;
/** Accounts made for the walk, with recruitment records the golden database has none of. */
const comptes: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2021-03-15T09:00:00Z');
  const s = await structureValidee(t, 2);
  const c = await candidatInscrit(t);
  const anct = await acteurPersona(t, 'anct');
  await apparier(contexteDe(t.deps, anct), { structureIds: [s.structureId] });
  const cookie = async (userId: string, adhesionId: string) =>
    `${SESSION_COOKIE}=${await createSession(t.deps.db, { userId, adhesionId, now: t.clock.now, totpVerified: true })}`;
  comptes['structure retenue'] = await cookie(s.utilisateurId, s.adhesionId);
  comptes['candidat inscrit'] = await cookie(c.utilisateurId, c.adhesionId);
}, 120_000);
afterAll(async () => {
  await t.close();
});

interface Champ {
  nom: string;
  type: string;
  requis: boolean;
  valeur: string;
}
interface Formulaire {
  page: string;
  action: string;
  multipart: boolean;
  champs: Champ[];
  /** The cookies of the page that showed the form (session and CSRF secret). */
  cookie: string;
}

const ANGLAIS =
  /\b(Invalid|invalid input|[Ee]xpected|[Rr]eceived|Required|must be|should be|is required|Too (small|big)|String|NaN|undefined|null|Unrecognized|Bad Request|Internal Server Error)\b/;
/** Actions that would end the session or erase the account used by the walk. */
const NON_SOUMIS = /deconnexion|\/role\b|supprimer-compte|\/compte\/supprimer/;
const PAGES_MAX = 70;

const attribut = (balise: string, nom: string) =>
  balise.match(new RegExp(`\\s${nom}="([^"]*)"`))?.[1]?.replaceAll('&amp;', '&') ?? null;

function formulaires(page: string, html: string, cookie: string): Formulaire[] {
  const trouves: Formulaire[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const [, ouverture = '', corps = ''] = m;
    if ((attribut(ouverture, 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const champs: Champ[] = [];
    for (const c of corps.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
      const [, balise = '', attrs = ''] = c;
      const nom = attribut(attrs, 'name');
      if (!nom) continue;
      const type = balise === 'input' ? (attribut(attrs, 'type') ?? 'text') : balise;
      if (type === 'submit' || type === 'button') continue;
      champs.push({
        nom,
        type,
        requis: /\srequired(=|\s|>|$)/.test(attrs),
        valeur: attribut(attrs, 'value') ?? '',
      });
    }
    trouves.push({
      page,
      action: attribut(ouverture, 'action') ?? page,
      multipart: (attribut(ouverture, 'enctype') ?? '').includes('multipart'),
      champs,
      cookie,
    });
  }
  return trouves;
}

function liens(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)"/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((h) => !/\.(pdf|xlsx|csv|json|geojson|js|css|png|svg|woff2?|ico)(\?|$)/.test(h))
    .filter((h) => !/^\/(dsfr|static|assets|api|demo|deconnexion)/.test(h));
}

const signatureDe = (f: Formulaire) =>
  `${f.action.split('?')[0]?.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')} ${f.champs.map((c) => c.nom).join(',')}`;
const dejaSoumis = new Set<string>();
let totalSoumis = 0;

/** The pages a persona reaches from its space, breadth first, bounded. */
async function parcourir(cookie: string, depart: string[]) {
  const vus = new Set<string>();
  const file = [...depart];
  const forms = new Map<string, Formulaire>();
  while (file.length > 0 && vus.size < PAGES_MAX) {
    const url = file.shift()!;
    const cle = url.split('?')[0]!;
    if (vus.has(cle)) continue;
    vus.add(cle);
    const res = await t.app.inject({ url, headers: cookie ? { cookie } : {} });
    if (res.statusCode !== 200 || !String(res.headers['content-type']).includes('text/html')) continue;
    const jar = [cookie, ...res.cookies.map((c) => `${c.name}=${c.value}`)].filter(Boolean).join('; ');
    for (const f of formulaires(url, res.body, jar)) {
      if (!forms.has(signatureDe(f))) forms.set(signatureDe(f), f);
    }
    for (const l of liens(res.body)) if (!vus.has(l.split('?')[0]!)) file.push(l);
  }
  return { pages: vus.size, forms: [...forms.values()] };
}

const FAUX: Record<string, string> = {
  number: 'abc',
  date: '31/02/x',
  email: 'pas-un-courriel',
  tel: 'zzz',
  checkbox: 'peut-être',
  radio: 'aucune',
  select: 'valeur-inconnue',
  url: 'pas une adresse',
};

function corps(f: Formulaire, mode: 'vide' | 'faux') {
  const valeurs: [string, string][] = [];
  for (const c of f.champs) {
    if (c.type === 'hidden') valeurs.push([c.nom, c.valeur]);
    else if (c.type === 'file') continue;
    else if (mode === 'vide') {
      if (c.type !== 'checkbox' && c.type !== 'radio') valeurs.push([c.nom, '']);
    } else
      valeurs.push([
        c.nom,
        FAUX[c.type] ?? (c.nom.toLowerCase().includes('email') ? 'pas-un-courriel' : '-1'),
      ]);
  }
  if (f.multipart) {
    const fd = new FormData();
    for (const [k, v] of valeurs) fd.append(k, v);
    for (const c of f.champs) if (c.type === 'file') fd.append(c.nom, new Blob([]), '');
    return fd;
  }
  return new URLSearchParams(valeurs).toString();
}

async function soumettre(f: Formulaire, mode: 'vide' | 'faux') {
  const cookie = f.cookie;
  const b = corps(f, mode);
  if (b instanceof FormData) {
    const req = new Request('http://localhost/', { method: 'POST', body: b });
    const payload = Buffer.from(await req.arrayBuffer());
    return t.app.inject({
      method: 'POST',
      url: f.action,
      headers: { ...(cookie ? { cookie } : {}), 'content-type': req.headers.get('content-type')! },
      payload,
    });
  }
  return t.app.inject({
    method: 'POST',
    url: f.action,
    headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/x-www-form-urlencoded' },
    payload: b,
  });
}

const texte = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');

/** The fields named by the error summary, in its order, and their order in the re-rendered form. */
function ordreDuResume(html: string): { resume: string[]; formulaire: string[] } | null {
  const resume = html.match(/<div[^>]*id="resume-erreurs"[\s\S]*?<\/ul>/)?.[0];
  if (!resume) return null;
  const ids = [...resume.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  const apres = html.slice(html.indexOf('id="resume-erreurs"'));
  const positions = ids.map((id) => ({ id, pos: apres.indexOf(`id="${id}"`) })).filter((p) => p.pos >= 0);
  return {
    resume: positions.map((p) => p.id),
    formulaire: [...positions].sort((a, b) => a.pos - b.pos).map((p) => p.id),
  };
}

const PERSONAS = [
  'structure retenue',
  'candidat inscrit',
  'anonyme',
  'candidat',
  'laon',
  'association',
  'conseiller',
  'prefecture02',
  'anct',
  'referent',
];

describe('tous les formulaires, vides ou mal remplis, répondent en français', () => {
  it.each(PERSONAS)(
    '%s',
    async (key) => {
      const cookie = comptes[key] ?? (key === 'anonyme' ? '' : await sessionCookieFor(t, key));
      const depart =
        key === 'anonyme'
          ? [
              '/',
              '/candidature',
              '/structures/candidature',
              '/lieux',
              '/connexion',
              '/mot-de-passe-oublie',
              '/contact',
            ]
          : ['/espace', '/compte'];
      const { pages, forms } = await parcourir(cookie, depart);
      expect(pages, 'pages parcourues').toBeGreaterThan(key === 'anonyme' ? 5 : 2);
      // A form several personas reach (the public ones, the account pages) is submitted once.
      const aRemplir = forms.filter(
        (f) =>
          !NON_SOUMIS.test(f.action) &&
          f.champs.some((c) => c.type !== 'hidden') &&
          !dejaSoumis.has(signatureDe(f)),
      );
      for (const f of aRemplir) dejaSoumis.add(signatureDe(f));
      const echecs: string[] = [];
      let soumis = 0;
      for (const f of aRemplir) {
        for (const mode of ['vide', 'faux'] as const) {
          const res = await soumettre(f, mode);
          if (res.statusCode === 403) echecs.push(`${key} ${mode} ${f.action} → 403 (jeton CSRF ?)`);
          soumis += 1;
          const ou = `${key} ${mode} ${f.action} (depuis ${f.page})`;
          if (res.statusCode >= 500) echecs.push(`${ou} → ${res.statusCode}`);
          const lu = texte(res.body);
          const anglais = lu.match(ANGLAIS);
          if (anglais)
            echecs.push(
              `${ou} → texte anglais « ${lu.slice(Math.max(0, anglais.index! - 60), anglais.index! + 60).trim()} »`,
            );
          const ordre = ordreDuResume(res.body);
          if (ordre && ordre.resume.join() !== ordre.formulaire.join())
            echecs.push(
              `${ou} → résumé des erreurs dans le désordre : ${ordre.resume.slice(0, 6).join(', ')}… au lieu de ${ordre.formulaire.slice(0, 6).join(', ')}…`,
            );
          if (
            mode === 'vide' &&
            res.statusCode === 400 &&
            f.champs.some((c) => c.requis && /e-?mail/i.test(c.nom)) &&
            !/obligatoire|[Ii]ndiquez|[Ss]aisissez/.test(lu)
          )
            echecs.push(`${ou} → adresse électronique vide sans dire qu’elle est obligatoire`);
        }
      }
      expect(echecs, echecs.slice(0, 30).join('\n')).toEqual([]);
      totalSoumis += soumis;
    },
    300_000,
  );

  it('a soumis les formulaires de tous les rôles (au moins 20 formulaires différents)', () => {
    expect(dejaSoumis.size).toBeGreaterThanOrEqual(20);
    expect(totalSoumis).toBe(dejaSoumis.size * 2);
  });
});

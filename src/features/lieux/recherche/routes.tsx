import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { geocodeurPour } from '../../../platform/geocodage/index.ts';
import { abandonnerSiClientParti } from '../../../platform/http/abandons.ts';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { de } from '../../../platform/valeurs/typographie.ts';
import { CacheLocalisation } from './cache-localisation.ts';
import { MAPLIBRE_BASE, MAPLIBRE_DIST } from './carte.ts';
import { lireValeursRecherche, queryRecherche, type ValeursRecherche } from './criteres-page.ts';
import { presenterFichePage } from './fiche-presenter.ts';
import { lireFiche } from './fiche-queries.ts';
import type { Criteres } from './index-memoire.ts';
import { rechercheDe } from './instance.ts';
import { type Localisation, localiser } from './localiser.ts';
import { FicheLieuPage, type SignalementSaisi } from './pages/fiche.tsx';
import { RecherchePage } from './pages/recherche.tsx';
import { presenterLieuListe } from './presenter.ts';
import { signalerErreur } from './signaler-erreur.ts';

const PAR_PAGE = 20;

function criteresDe(v: ValeursRecherche, loc: Localisation): Criteres {
  const base: Criteres = { filtres: v.filtres, ouvertMaintenant: v.ouvert, ouvertSamedi: v.samedi };
  switch (loc.type) {
    case 'point':
      return { ...base, pres: { latitude: loc.latitude, longitude: loc.longitude, rayonKm: v.rayon } };
    case 'departement':
      return { ...base, departement: loc.departement };
    case 'nom':
      return { ...base, nom: loc.texte };
    default:
      return base;
  }
}

function titreResultats(total: number, v: ValeursRecherche, loc: Localisation, plafonne = false): string {
  if (plafonne && loc.type === 'point') {
    const ouverts = v.ouvert ? ' ouverts maintenant' : '';
    return `Les ${total.toLocaleString('fr-FR')} lieux${ouverts} les plus proches ${de(loc.libelle)} (plus de ${total.toLocaleString('fr-FR')} à moins de ${v.rayon} km)`;
  }
  const n = total === 0 ? 'Aucun lieu' : total === 1 ? '1 lieu' : `${total.toLocaleString('fr-FR')} lieux`;
  const ouvert = v.ouvert ? (total > 1 ? ' ouverts maintenant' : ' ouvert maintenant') : '';
  switch (loc.type) {
    case 'point':
      return `${n}${ouvert} à moins de ${v.rayon} km ${de(loc.libelle)}`;
    case 'departement':
      return `${n}${ouvert} dans le département ${loc.commune.departementNom}`;
    case 'nom':
      return `${n}${ouvert} dont le nom contient « ${loc.texte} »`;
    case 'choix':
      return 'Choisissez une commune';
    default:
      return `${n}${ouvert} en France`;
  }
}

/** Points endpoint with the same filters as the page (and the area searched). */
function urlPoints(v: ValeursRecherche, criteres: Criteres): string {
  const p = new URLSearchParams();
  for (const [cle, valeurs] of Object.entries(v.filtres)) for (const x of valeurs ?? []) p.append(cle, x);
  if (v.ouvert) p.set('ouvert_maintenant', 'true');
  if (v.samedi) p.set('ouvert_le_samedi', 'true');
  if (criteres.pres) {
    p.set('near', `${criteres.pres.latitude},${criteres.pres.longitude}`);
    p.set('radius_km', String(criteres.pres.rayonKm));
  }
  if (criteres.departement) p.set('departement', criteres.departement);
  if (criteres.nom) p.set('q', criteres.nom);
  const q = p.toString();
  return `/api/v1/lieux/points${q ? `?${q}` : ''}`;
}

async function pageFiche(
  app: FastifyInstance,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  formulaire: { signalement: SignalementSaisi; erreurs: Record<string, string>; status?: number },
) {
  const fiche = await lireFiche(app.deps.db, request.params.id);
  if (!fiche) {
    return repondreIntrouvable(request, reply);
  }
  if (fiche.lieu.fusionneDans) return reply.redirect(`/lieux/${fiche.lieu.fusionneDans}`, 301);
  const f = presenterFichePage(fiche, app.deps.now());
  return sendPage(
    request,
    reply,
    {
      title: Object.keys(formulaire.erreurs).length ? `Erreur — ${f.nom}` : f.nom,
      status: formulaire.status ?? 200,
      breadcrumbs: [{ label: 'Lieux de médiation numérique', href: '/lieux' }, { label: f.nom }],
    },
    <FicheLieuPage fiche={f} csrfToken={reply.generateCsrf()} {...formulaire} />,
  );
}

/** Public search, map and detail of the places (no account). */
export async function lieuxPublicRoutes(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: MAPLIBRE_DIST,
    prefix: `${MAPLIBRE_BASE}/`,
    decorateReply: false,
    immutable: true,
    maxAge: '365d',
    index: false,
  });

  const localisations = new CacheLocalisation();
  app.get('/lieux', async (request, reply) => {
    const v = lireValeursRecherche(request.query as Record<string, unknown>);
    const index = await rechercheDe(app).obtenir();
    const demande = { texte: v.q, communeCode: v.commune, position: v.position };
    const loc = await localisations.obtenir(index, demande, () =>
      localiser(app.deps.db, index, demande, geocodeurPour(app.deps.config)),
    );
    if (abandonnerSiClientParti(request, reply)) return reply;
    const criteres = criteresDe(v, loc);
    const instant = app.deps.now();
    const page =
      loc.type === 'choix'
        ? { total: 0, resultats: [], suivant: null }
        : index.rechercher(criteres, { offset: (v.page - 1) * PAR_PAGE, limite: PAR_PAGE, instant });
    const carte =
      v.vue === 'carte'
        ? {
            points: urlPoints(v, criteres),
            fond: app.deps.config.lieuxFondDeCarteUrl ?? '',
            maplibre: MAPLIBRE_BASE,
            centre: criteres.pres
              ? { latitude: criteres.pres.latitude, longitude: criteres.pres.longitude }
              : null,
            rayonKm: v.rayon,
          }
        : null;
    const titre = titreResultats(page.total, v, loc, 'plafonne' in page && page.plafonne === true);
    return sendPage(
      request,
      reply,
      {
        title:
          loc.type === 'aucune'
            ? 'Trouver un lieu de médiation numérique'
            : `${titre} — Lieux de médiation numérique`,
        breadcrumbs: [{ label: 'Lieux de médiation numérique' }],
        scripts: ['/static/lieux-recherche.js', ...(carte ? ['/static/lieux-carte.js'] : [])],
      },
      <RecherchePage
        valeurs={v}
        localisation={loc}
        resultats={page.resultats.map((r) => presenterLieuListe(r, instant))}
        total={page.total}
        pages={Math.ceil(page.total / PAR_PAGE)}
        titreResultats={titre}
        carte={carte}
        lien={(changements) => `/lieux?${queryRecherche(v, changements)}`}
      />,
    );
  });

  app.get<{ Params: { id: string } }>('/lieux/:id', (request, reply) =>
    pageFiche(app, request, reply, { signalement: { message: '', email: '' }, erreurs: {} }),
  );

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/lieux/:id/signaler',
    { config: { rateLimit: { max: 5, timeWindow: '15 minutes' } } },
    async (request, reply) => {
      const body = request.body ?? {};
      const r = await signalerErreur(contexteRequete(request), { lieuId: request.params.id, donnees: body });
      if (!r.ok) {
        const signalement = {
          message: typeof body.message === 'string' ? body.message : '',
          email: typeof body.email === 'string' ? body.email : '',
        };
        return pageFiche(app, request, reply, {
          signalement,
          erreurs: r.error.fields ?? { message: r.error.message },
          status: r.error.status === 404 ? 404 : 422,
        });
      }
      if (r.value.echecs.length)
        request.log.error({ echecs: r.value.echecs }, 'signalement : courriels non envoyés');
      setFlash(reply, {
        type: 'success',
        message: 'Merci : votre signalement a été transmis au gestionnaire du lieu et à l’équipe nationale.',
      });
      return reply.redirect(`/lieux/${request.params.id}`, 303);
    },
  );
}

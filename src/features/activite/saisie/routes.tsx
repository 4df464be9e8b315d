import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { estJourIso } from '../../../platform/valeurs/jour-paris.ts';
import { lieuxParIds } from '../../lieux/index.ts';
import { communeParCode, presenterCommune } from '../../territoires/index.ts';
import { codes, TYPES_ACTIVITE, type TypeActivite } from '../domain/vocabulaire.ts';
import { dateIso } from './champs.ts';
import { auteurDe, GARDE_SAISIE, parametre } from './outils-routes.ts';
import { DetailActivitePage } from './pages/detail.tsx';
import { ListeActivitesPage } from './pages/liste.tsx';
import { NoticePage } from './pages/notice.tsx';
import { presenterDetail, presenterLigne } from './presenter.ts';
import { mesActivites, monActivite } from './queries.ts';
import { routesCollectif } from './routes-collectif.tsx';
import { routesIndividuel } from './routes-individuel.tsx';

const PAR_PAGE = 20;
/** The saisie slice: the forms, my activities (list, detail) and the information notice. */
export function saisieRoutes(app: FastifyInstance) {
  routesIndividuel(app);
  routesCollectif(app);

  app.get('/activite/notice', async (request, reply) =>
    sendPage(
      request,
      reply,
      { title: 'Notice d’information', breadcrumbs: [{ label: 'Notice d’information' }] },
      <NoticePage conservationMois={app.deps.config.activiteConservationMois} />,
    ),
  );

  app.get('/activite', GARDE_SAISIE, async (request, reply) => {
    const auteur = auteurDe(request);
    const q = request.query;
    const erreurs: Record<string, string> = {};
    const filtres = {
      du: parametre(q, 'du', 10),
      au: parametre(q, 'au', 10),
      type: parametre(q, 'type', 20),
    };
    for (const cle of ['du', 'au'] as const) {
      filtres[cle] = dateIso(filtres[cle]);
      if (filtres[cle] && !estJourIso(filtres[cle]))
        erreurs[cle] = 'Saisissez une date valide, par exemple 14/03/2025.';
    }
    if (filtres.type && !(codes(TYPES_ACTIVITE) as readonly string[]).includes(filtres.type))
      erreurs.type = 'Choisissez un type de la liste.';
    const page = Math.max(1, Math.min(10_000, Number.parseInt(parametre(q, 'page', 6) || '1', 10) || 1));
    const { rows, total } = await mesActivites(
      app.deps.db,
      auteur,
      {
        du: erreurs.du ? undefined : filtres.du || undefined,
        au: erreurs.au ? undefined : filtres.au || undefined,
        type: erreurs.type ? undefined : ((filtres.type || undefined) as TypeActivite | undefined),
      },
      { offset: (page - 1) * PAR_PAGE, taille: PAR_PAGE },
    );
    const idEnregistree = parametre(q, 'enregistree', 40);
    const enregistree = idEnregistree ? await monActivite(app.deps.db, auteur, idEnregistree) : null;
    const filtre = Boolean(filtres.du || filtres.au || filtres.type);
    return sendPage(
      request,
      reply,
      { title: 'Mes activités', breadcrumbs: [{ label: 'Mes activités' }] },
      <ListeActivitesPage
        activites={rows.map(presenterLigne)}
        total={total}
        page={page}
        pages={Math.ceil(total / PAR_PAGE)}
        filtres={filtres}
        erreurs={erreurs}
        filtre={filtre}
        enregistree={
          enregistree
            ? presenterLigne({ ...enregistree, participants: enregistree.participants.length })
            : null
        }
        lien={(n) =>
          `/activite?${new URLSearchParams({
            ...(filtres.du ? { du: filtres.du } : {}),
            ...(filtres.au ? { au: filtres.au } : {}),
            ...(filtres.type ? { type: filtres.type } : {}),
            page: String(n),
          })}`
        }
      />,
    );
  });

  app.get<{ Params: { id: string } }>('/activite/:id', GARDE_SAISIE, async (request, reply) => {
    const a = await monActivite(app.deps.db, auteurDe(request), request.params.id);
    if (!a) return repondreIntrouvable(request, reply);
    const [lieu] = a.lieuId ? await lieuxParIds(app.deps.db, [a.lieuId]) : [];
    const commune = a.communeInsee ? await communeParCode(app.deps.db, a.communeInsee) : null;
    const presente = presenterDetail(a, {
      nom: lieu?.nom ?? null,
      commune: commune ? presenterCommune(commune).libelle : null,
    });
    return sendPage(
      request,
      reply,
      {
        title: presente.titrePage,
        breadcrumbs: [{ label: 'Mes activités', href: '/activite' }, { label: presente.titrePage }],
      },
      <DetailActivitePage a={presente} />,
    );
  });
}

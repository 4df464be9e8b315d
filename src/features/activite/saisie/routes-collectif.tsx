import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { verifierSaisie } from '../domain/saisie.ts';
import { type Candidats, DUREE_PAR_DEFAUT, type ValeursFormulaire, valeursVides } from './champs.ts';
import { enregistrerUneFois, nouveauJeton } from './enregistrer-une-fois.ts';
import { erreursCollectives, lireFormulaireCollectif } from './formulaire-collectif.ts';
import {
  auteurDe,
  completerCommunes,
  GARDE_SAISIE,
  lieuxProposes,
  parametre,
  personnesProposees,
} from './outils-routes.ts';
import { FormulaireCollectifPage } from './pages/formulaire-collectif.tsx';
import { dateEnFrancais, valeursCollectivesDepuis } from './presenter.ts';
import { monActivite } from './queries.ts';

const FIL = [{ label: 'Mes activités', href: '/activite' }, { label: 'Atelier collectif' }];

async function page(
  request: FastifyRequest,
  reply: FastifyReply,
  o: {
    f: ValeursFormulaire;
    e?: FieldErrors;
    status?: number;
    recherche?: string;
    candidats?: Candidats;
    intro?: string | undefined;
  },
) {
  const db = request.server.deps.db;
  const auteur = auteurDe(request);
  const [lieux, personnes] = await Promise.all([
    lieuxProposes(db, auteur.structureId),
    personnesProposees(db, auteur, o.recherche ?? '', o.f.listes.beneficiaireIds ?? []),
  ]);
  const e = o.e ?? {};
  if (!o.f.v.jeton) o.f.v.jeton = nouveauJeton();
  return sendPage(
    request,
    reply,
    {
      title: Object.keys(e).length
        ? 'Erreur — Enregistrer un atelier collectif'
        : 'Enregistrer un atelier collectif',
      status: o.status ?? 200,
      breadcrumbs: FIL,
    },
    <FormulaireCollectifPage
      csrfToken={reply.generateCsrf()}
      jeton={o.f.v.jeton}
      f={o.f}
      e={e}
      lieux={lieux}
      personnes={personnes}
      recherche={o.recherche ?? ''}
      candidats={o.candidats ?? {}}
      intro={o.intro}
    />,
  );
}

/** Records a collective activity after the fact (not a planned workshop). */
export function routesCollectif(app: FastifyInstance) {
  app.get('/activite/collective/nouvelle', GARDE_SAISIE, async (request, reply) => {
    const db = app.deps.db;
    const auteur = auteurDe(request);
    const aujourdhui = jourParis(app.deps.now());
    const repeter = parametre(request.query, 'repeter');
    let f = valeursVides();
    let intro: string | undefined;
    if (repeter) {
      const a = await monActivite(db, auteur, repeter);
      if (a && a.type === 'collectif') {
        f = valeursCollectivesDepuis(a, aujourdhui);
        await completerCommunes(db, f, ['commune']);
        intro = `Formulaire prérempli d’après votre atelier du ${dateEnFrancais(a.date)} : vérifiez les participants puis enregistrez.`;
      } else intro = 'L’activité à répéter est introuvable parmi les vôtres : le formulaire est vide.';
    }
    if (!f.v.date) {
      f.v.date = aujourdhui;
      f.v.duree = DUREE_PAR_DEFAUT;
      const lieux = await lieuxProposes(db, auteur.structureId);
      if (lieux.length === 1) f.v.ou = `lieu:${lieux[0]!.id}`;
    }
    return page(request, reply, { f, recherche: parametre(request.query, 'beneficiaire').trim(), intro });
  });

  app.post('/activite/collective/nouvelle', GARDE_SAISIE, async (request, reply) => {
    const ctx = contexteUtilisateur(request);
    const lu = await lireFormulaireCollectif(ctx.db, request.body);
    if (lu.malForme) return page(request, reply, { f: lu.valeurs, e: lu.erreurs, status: 400 });
    if (Object.keys(lu.erreurs).length > 0) {
      const e = { ...erreursCollectives(verifierSaisie(lu.saisie, jourParis(ctx.now))), ...lu.erreurs };
      return page(request, reply, { f: lu.valeurs, e, status: 422, candidats: lu.candidats });
    }
    const r = await enregistrerUneFois(ctx, auteurDe(request), lu.saisie, lu.valeurs.v.jeton);
    if (!r.ok) {
      const e = r.error.fields ? erreursCollectives(r.error.fields) : { _: r.error.message };
      return page(request, reply, {
        f: lu.valeurs,
        e,
        status: r.error.status === 403 ? 403 : 422,
        candidats: lu.candidats,
      });
    }
    return reply.redirect(`/activite?enregistree=${r.value.id}`, 303);
  });
}

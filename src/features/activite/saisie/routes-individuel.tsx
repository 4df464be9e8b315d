import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { verifierSaisie } from '../domain/saisie.ts';
import { ChampsPassNumerique } from '../pass/champs-pass-numerique.tsx';
import { lireChequeFormulaire, type ValeursCheque, valeursChequeVides } from '../pass/formulaire.ts';
import { structureAccepte } from '../pass/repo.ts';
import { type Candidats, DUREE_PAR_DEFAUT, type ValeursFormulaire, valeursVides } from './champs.ts';
import { enregistrerUneFois, nouveauJeton } from './enregistrer-une-fois.ts';
import { erreursIndividuelles, lireFormulaireIndividuel } from './formulaire-individuel.ts';
import {
  auteurDe,
  completerCommunes,
  GARDE_SAISIE,
  lieuxProposes,
  parametre,
  personnesProposees,
} from './outils-routes.ts';
import { FormulaireIndividuelPage } from './pages/formulaire-individuel.tsx';
import { dateEnFrancais, valeursIndividuellesDepuis } from './presenter.ts';
import { monActivite } from './queries.ts';

const FIL = [{ label: 'Mes activités', href: '/activite' }, { label: 'Accompagnement individuel' }];

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
    cheque?: ValeursCheque;
  },
) {
  const db = request.server.deps.db;
  const auteur = auteurDe(request);
  const [lieux, personnes, passAccepte] = await Promise.all([
    lieuxProposes(db, auteur.structureId),
    personnesProposees(db, auteur, o.recherche ?? '', [o.f.v.beneficiaireId ?? '']),
    structureAccepte(db, auteur.structureId),
  ]);
  const e = o.e ?? {};
  if (!o.f.v.jeton) o.f.v.jeton = nouveauJeton();
  return sendPage(
    request,
    reply,
    {
      title: Object.keys(e).length
        ? 'Erreur — Enregistrer un accompagnement'
        : 'Enregistrer un accompagnement',
      status: o.status ?? 200,
      breadcrumbs: FIL,
    },
    <FormulaireIndividuelPage
      csrfToken={reply.generateCsrf()}
      jeton={o.f.v.jeton}
      f={o.f}
      e={e}
      lieux={lieux}
      personnes={personnes}
      recherche={o.recherche ?? ''}
      candidats={o.candidats ?? {}}
      intro={o.intro}
      complements={
        passAccepte ? (
          <ChampsPassNumerique
            valeurs={o.cheque ?? valeursChequeVides()}
            erreurs={e}
            legende="Chèque pass numérique utilisé (facultatif)"
          />
        ) : null
      }
    />,
  );
}

/** Records an individual accompaniment: GET the form (defaults, repeat, search), POST it. */
export function routesIndividuel(app: FastifyInstance) {
  app.get('/activite/nouvelle', GARDE_SAISIE, async (request, reply) => {
    const db = app.deps.db;
    const auteur = auteurDe(request);
    const aujourdhui = jourParis(app.deps.now());
    const recherche = parametre(request.query, 'beneficiaire').trim();
    const repeter = parametre(request.query, 'repeter');
    let f = valeursVides();
    let intro: string | undefined;
    if (repeter) {
      const a = await monActivite(db, auteur, repeter);
      if (a && a.type === 'individuel') {
        f = valeursIndividuellesDepuis(a, aujourdhui);
        await completerCommunes(db, f, ['commune', 'communeBeneficiaire']);
        intro = `Formulaire prérempli d’après votre accompagnement du ${dateEnFrancais(a.date)} : vérifiez puis enregistrez.`;
      } else intro = 'L’activité à répéter est introuvable parmi les vôtres : le formulaire est vide.';
    }
    if (!repeter || !f.v.date) {
      f.v.date = aujourdhui;
      f.v.duree = DUREE_PAR_DEFAUT;
      f.v.qui = 'anonyme';
      const lieux = await lieuxProposes(db, auteur.structureId);
      if (lieux.length === 1) f.v.ou = `lieu:${lieux[0]!.id}`;
    }
    if (recherche) f.v.qui = 'existant';
    return page(request, reply, { f, recherche, intro });
  });

  app.post('/activite/nouvelle', GARDE_SAISIE, async (request, reply) => {
    const ctx = contexteUtilisateur(request);
    const lu = await lireFormulaireIndividuel(ctx.db, request.body);
    if (lu.malForme) return page(request, reply, { f: lu.valeurs, e: lu.erreurs, status: 400 });
    const lc = lireChequeFormulaire(request.body as Record<string, unknown>);
    if (Object.keys(lu.erreurs).length > 0 || Object.keys(lc.erreurs).length > 0) {
      const e = {
        ...erreursIndividuelles(verifierSaisie(lu.saisie, jourParis(ctx.now))),
        ...lu.erreurs,
        ...lc.erreurs,
      };
      return page(request, reply, {
        f: lu.valeurs,
        e,
        status: 422,
        candidats: lu.candidats,
        cheque: lc.valeurs,
      });
    }
    const r = await enregistrerUneFois(ctx, auteurDe(request), lu.saisie, lu.valeurs.v.jeton, lc.cheque);
    if (!r.ok) {
      const e = r.error.fields ? erreursIndividuelles(r.error.fields) : { _: r.error.message };
      return page(request, reply, {
        f: lu.valeurs,
        e,
        status: r.error.status === 403 ? 403 : 422,
        candidats: lu.candidats,
        cheque: lc.valeurs,
      });
    }
    return reply.redirect(`/activite?enregistree=${r.value.id}`, 303);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { COMMUNE_AUTOCOMPLETE_SCRIPT } from '../../../ui/components/commune-field.tsx';
import { accessibiliteLieu } from '../../lieux/index.ts';
import { chargerStructure } from '../../structures/index.ts';
import { libelle, NIVEAUX, THEMATIQUES_NUMERIQUES } from '../domain/vocabulaire.ts';
import { lieuDe } from './courriels.ts';
import { criteresAgenda, lireValeursAgenda, localiserAgenda, queryAgenda } from './criteres.ts';
import { desinscrire, lireLienAnnulation } from './desinscrire.ts';
import { placesRestantes } from './domain/atelier.ts';
import { lireInscription, type ValeursInscription } from './domain/inscription.ts';
import { inscrire } from './inscrire.ts';
import { AgendaPage } from './pages/agenda.tsx';
import { FicheAtelierPage } from './pages/fiche.tsx';
import { AnnulationPage, InscriptionRecuePage, MessagePage } from './pages/messages.tsx';
import { presenterLieu, quand, textePlaces } from './presenter.ts';
import { chercherAteliers } from './recherche.ts';
import { atelierParId, comptes } from './repo.ts';

const PAR_PAGE = 20;
const FIL = { label: 'Ateliers numériques', href: '/ateliers' };
export const LIMITE_INSCRIPTIONS = { rateLimit: { max: 10, timeWindow: '10 minutes' } };

export const niveauTexte = (code: string) => libelle(NIVEAUX, code);
export const thematiquesTexte = (c: readonly string[]) =>
  c.map((x) => libelle(THEMATIQUES_NUMERIQUES, x)).join(', ');

const VIDE: ValeursInscription = { prenom: '', nom: '', courriel: '', telephone: '', consentement: false };

async function pageFiche(
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  formulaire: { valeurs: ValeursInscription; erreurs: Record<string, string>; status?: number },
) {
  const db = request.server.deps.db;
  const a = await atelierParId(db, id);
  if (!a) return repondreIntrouvable(request, reply);
  const [n, lieu, structure, acces] = await Promise.all([
    comptes(db, [a.id]),
    lieuDe({ db }, a),
    chargerStructure(db, a.structureId),
    accessibiliteLieu(db, a.lieuId),
  ]);
  const confirmees = n.get(a.id)?.confirmees ?? 0;
  const l = presenterLieu(lieu);
  const now = request.server.deps.now();
  const enErreur = Object.keys(formulaire.erreurs).length > 0;
  return sendPage(
    request,
    reply,
    {
      title: enErreur ? `Erreur — ${a.titre}` : a.titre,
      status: formulaire.status ?? 200,
      breadcrumbs: [FIL, { label: a.titre }],
    },
    <FicheAtelierPage
      atelier={{
        id: a.id,
        titre: a.titre,
        description: a.description,
        quand: quand(a.debut, a.fin),
        lieuNom: l.nom,
        lieuAdresse: l.adresse,
        lieuId: a.lieuId,
        accessibilite: a.accessibilite,
        accesLieu: acces?.priseEnChargeSpecifique.join(', ') ?? '',
        ficheAccesLibre: acces?.ficheAccesLibre?.startsWith('https://') ? acces.ficheAccesLibre : null,
        niveau: niveauTexte(a.niveau),
        thematiques: thematiquesTexte(a.thematiques),
        gratuit: a.gratuit,
        places: textePlaces(a, confirmees),
        attente: n.get(a.id)?.attente ?? 0,
        complet: a.inscriptionRequise && placesRestantes(a.capacite, confirmees) === 0,
        annule: a.statut === 'annule',
        ouvert: a.statut === 'publie' && a.inscriptionRequise && a.debut.getTime() > now.getTime(),
        inscriptionRequise: a.inscriptionRequise,
        structureNom: structure?.nom ?? '',
      }}
      csrfToken={reply.generateCsrf()}
      valeurs={formulaire.valeurs}
      erreurs={formulaire.erreurs}
    />,
  );
}

function message(
  request: FastifyRequest,
  reply: FastifyReply,
  o: { titre: string; message: string; type: 'success' | 'error' | 'info'; status: number },
) {
  return sendPage(
    request,
    reply,
    { title: o.titre, status: o.status, breadcrumbs: [FIL, { label: o.titre }] },
    <MessagePage titre={o.titre} message={o.message} type={o.type} />,
  );
}

/** The public agenda: search, workshop pages, registration and cancellation without an account. */
export function ateliersPublicRoutes(app: FastifyInstance) {
  app.get('/ateliers', async (request, reply) => {
    const v = lireValeursAgenda(request.query as Record<string, unknown>);
    const lieu = await localiserAgenda(app.deps.db, v);
    const now = app.deps.now();
    const { total, resultats } =
      lieu.type === 'erreur'
        ? { total: 0, resultats: [] }
        : await chercherAteliers(app.deps.db, criteresAgenda(v, lieu, now), {
            offset: (v.page - 1) * PAR_PAGE,
            taille: PAR_PAGE,
          });
    const nombre = total === 0 ? 'Aucun atelier' : total === 1 ? '1 atelier' : `${total} ateliers`;
    const titre =
      lieu.type === 'point'
        ? `${nombre} à moins de ${v.rayon} km de ${lieu.libelle}`
        : lieu.type === 'erreur'
          ? 'Précisez la commune'
          : `${nombre} à venir`;
    return sendPage(
      request,
      reply,
      {
        title: lieu.type === 'aucun' ? 'Ateliers numériques' : `${titre} — Ateliers numériques`,
        status: lieu.type === 'erreur' ? 422 : 200,
        breadcrumbs: [{ label: 'Ateliers numériques' }],
        scripts: [COMMUNE_AUTOCOMPLETE_SCRIPT, '/static/position.js'],
      },
      <AgendaPage
        valeurs={v}
        lieu={lieu}
        titreResultats={titre}
        resultats={resultats.map((r) => ({
          id: r.atelier.id,
          titre: r.atelier.titre,
          quand: quand(r.atelier.debut, r.atelier.fin),
          lieu: r.lieu ? `${r.lieu.nom}, ${r.lieu.codePostal} ${r.lieu.commune}` : '',
          distance:
            r.distanceKm === null
              ? null
              : `à ${r.distanceKm.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`,
          places: textePlaces(r.atelier, r.confirmees),
          niveau: niveauTexte(r.atelier.niveau),
          thematiques: thematiquesTexte(r.atelier.thematiques),
        }))}
        page={v.page}
        pages={Math.ceil(total / PAR_PAGE)}
        lien={(page) => `/ateliers?${queryAgenda(v, { page })}#resultats`}
      />,
    );
  });

  app.get<{ Querystring: { jeton?: string } }>('/ateliers/inscription/annuler', async (request, reply) => {
    const jeton = typeof request.query.jeton === 'string' ? request.query.jeton : '';
    const r = await lireLienAnnulation(contexteRequete(request), jeton);
    if (!r.ok)
      return message(request, reply, {
        titre: 'Annulation impossible',
        message: r.error.message,
        type: 'error',
        status: r.error.status ?? 400,
      });
    const a = r.value.atelier;
    return sendPage(
      request,
      reply,
      { title: 'Annuler votre inscription', breadcrumbs: [FIL, { label: 'Annuler votre inscription' }] },
      <AnnulationPage
        jeton={jeton}
        csrfToken={reply.generateCsrf()}
        titre={a.titre}
        quand={quand(a.debut, a.fin)}
        prenom={r.value.inscription.prenom}
      />,
    );
  });

  app.post<{ Body: Record<string, unknown> }>(
    '/ateliers/inscription/annuler',
    { config: LIMITE_INSCRIPTIONS },
    async (request, reply) => {
      const jeton = typeof request.body?.jeton === 'string' ? request.body.jeton : '';
      const r = await desinscrire(contexteRequete(request), jeton);
      if (!r.ok)
        return message(request, reply, {
          titre: 'Annulation impossible',
          message: r.error.message,
          type: 'error',
          status: r.error.status ?? 400,
        });
      return message(request, reply, {
        titre: 'Inscription annulée',
        message: 'Votre inscription est annulée. Merci d’avoir libéré votre place.',
        type: 'success',
        status: 200,
      });
    },
  );

  app.get<{ Params: { id: string } }>('/ateliers/:id', (request, reply) =>
    pageFiche(request, reply, request.params.id, { valeurs: VIDE, erreurs: {} }),
  );

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/ateliers/:id/inscription',
    { config: LIMITE_INSCRIPTIONS },
    async (request, reply) => {
      const valeurs = lireInscription(request.body ?? {});
      const r = await inscrire(contexteRequete(request), request.params.id, valeurs);
      if (!r.ok) {
        if ('erreurs' in r)
          return pageFiche(request, reply, request.params.id, { valeurs, erreurs: r.erreurs, status: 422 });
        if (r.error.status === 404) return repondreIntrouvable(request, reply);
        return message(request, reply, {
          titre: 'Inscription impossible',
          message: r.error.message,
          type: 'error',
          status: r.error.status ?? 400,
        });
      }
      const a = await atelierParId(app.deps.db, request.params.id);
      return sendPage(
        request,
        reply,
        {
          title: 'Inscription enregistrée',
          breadcrumbs: [
            FIL,
            { label: a?.titre ?? 'Atelier', href: `/ateliers/${request.params.id}` },
            { label: 'Inscription' },
          ],
        },
        <InscriptionRecuePage
          titre={a?.titre ?? ''}
          atelierId={request.params.id}
          reponse={r.value.reponse}
        />,
      );
    },
  );
}

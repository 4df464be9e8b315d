import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import {
  redirigerAvecMessage,
  repondreEchec,
  repondreIntrouvable,
} from '../../../platform/http/reponses.tsx';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';
import { estJourIso } from '../../../platform/valeurs/jour-paris.ts';
import { chargerStructure } from '../../structures/index.ts';
import { libelle, TYPES_ACTIVITE } from '../domain/vocabulaire.ts';
import { dateFr, EMETTEUR_MAX, normaliserEmetteur } from './domain.ts';
import { enregistrerChequesUtilises } from './enregistrer-cheques.ts';
import {
  CHAMPS_CHEQUE,
  erreursVersFormulaire,
  lireChequeFormulaire,
  type ValeursCheque,
  valeursChequeVides,
} from './formulaire.ts';
import { ListePassPage } from './pages/liste.tsx';
import { type ActiviteChoisie, ChoisirActivitePage, NouveauChequePage } from './pages/nouveau.tsx';
import { ParametresPassPage } from './pages/parametres.tsx';
import { parametrerPass } from './parametrer.ts';
import { peutPass } from './policy.ts';
import { releveCheques, releveCsv, releveXlsx } from './releve.ts';
import {
  activitePourCheques,
  activitesRecentes,
  emetteursDeLaStructure,
  type FiltresCheques,
  structureAccepte,
} from './repo.ts';

const FIL = { label: 'Pass numérique', href: '/activite/pass' };

/** Issuer and period from the query string; a malformed date is ignored and reported in French. */
export function lireFiltres(query: unknown): {
  filtres: FiltresCheques;
  saisis: { emetteur: string; du: string; au: string };
  erreurs: Record<string, string>;
  requete: string;
} {
  const q = (query ?? {}) as Record<string, unknown>;
  const brut = (k: string) => (typeof q[k] === 'string' ? (q[k] as string).trim() : '');
  const emetteur = normaliserEmetteur(brut('emetteur')).slice(0, EMETTEUR_MAX);
  const erreurs: Record<string, string> = {};
  const date = (k: 'du' | 'au') => {
    const v = brut(k);
    if (!v) return '';
    if (estJourIso(v)) return v;
    erreurs[k] = 'Saisissez une date valide, par exemple 31/01/2025.';
    return '';
  };
  const du = date('du');
  const au = date('au');
  if (du && au && du > au) erreurs.au = 'La fin de la période doit suivre son début.';
  const params = new URLSearchParams();
  if (emetteur) params.set('emetteur', emetteur);
  if (du) params.set('du', du);
  if (au && !erreurs.au) params.set('au', au);
  const requete = params.size ? `?${params.toString()}` : '';
  return {
    filtres: { emetteur: emetteur || null, du: du || null, au: erreurs.au ? null : au || null },
    saisis: { emetteur, du: brut('du').slice(0, 10), au: brut('au').slice(0, 10) },
    erreurs,
    requete,
  };
}

const libelleActivite = (a: { date: string; type: string; titre: string | null }) =>
  `${dateFr(a.date)} — ${libelle(TYPES_ACTIVITE, a.type)}${a.titre ? ` — ${a.titre}` : ''}`;

function refus(request: FastifyRequest, reply: FastifyReply) {
  return repondreEchec(request, reply, {
    status: 403,
    code: 'acces_refuse',
    titre: 'Accès refusé',
    message: 'Cette page est réservée au gestionnaire de la structure.',
  });
}

/** The pass numérique pages of a structure: settings, cheques, statements. */
export function passRoutes(app: FastifyInstance) {
  const equipe = { preHandler: requireRole('structure', 'conseiller') };
  const gestion = { preHandler: requireRole('structure') };

  app.get('/activite/pass', equipe, async (request, reply) => {
    const acteur = userActor(request);
    const structureId = acteur.active!.structureId!;
    const f = lireFiltres(request.query);
    const [accepte, emetteurs, releve] = await Promise.all([
      structureAccepte(app.deps.db, structureId),
      emetteursDeLaStructure(app.deps.db, structureId),
      releveCheques(app.deps.db, structureId, f.filtres),
    ]);
    return sendPage(
      request,
      reply,
      {
        title: 'Pass numérique',
        breadcrumbs: [{ label: 'Pass numérique' }],
        status: Object.keys(f.erreurs).length ? 400 : 200,
      },
      <ListePassPage
        accepte={accepte}
        peutParametrer={peutPass(acteur, 'parametrer')}
        peutExporter={peutPass(acteur, 'exporter')}
        filtres={f.saisis}
        erreurs={f.erreurs}
        emetteurs={emetteurs}
        releve={releve}
        requete={f.requete}
      />,
    );
  });

  app.get('/activite/pass/parametres', gestion, async (request, reply) => {
    const acteur = userActor(request);
    if (!peutPass(acteur, 'parametrer')) return refus(request, reply);
    const structureId = acteur.active!.structureId!;
    const [accepte, structure] = await Promise.all([
      structureAccepte(app.deps.db, structureId),
      chargerStructure(app.deps.db, structureId),
    ]);
    return sendPage(
      request,
      reply,
      { title: 'Paramètres du pass numérique', breadcrumbs: [FIL, { label: 'Paramètres' }] },
      <ParametresPassPage
        accepte={accepte}
        csrfToken={reply.generateCsrf()}
        structureNom={structure?.nom ?? 'Votre structure'}
      />,
    );
  });

  app.post<{ Body: Record<string, unknown> }>(
    '/activite/pass/parametres',
    gestion,
    async (request, reply) => {
      const choix = request.body?.accepte;
      if (choix !== 'oui' && choix !== 'non') return reply.redirect('/activite/pass/parametres', 303);
      const r = await parametrerPass(contexteUtilisateur(request), choix === 'oui');
      if (!r.ok) return refus(request, reply);
      return redirigerAvecMessage(
        reply,
        '/activite/pass',
        r.value.accepte
          ? 'Votre structure accepte désormais le pass numérique.'
          : 'Votre structure n’accepte plus le pass numérique.',
      );
    },
  );

  /** The activity named in the address, if it is one of mine. */
  async function monActivite(request: FastifyRequest): Promise<ActiviteChoisie | null | 'aucune'> {
    const id = (request.query as Record<string, unknown>)?.activite;
    if (typeof id !== 'string' || id === '') return 'aucune';
    if (!estUuid(id)) return null;
    const acteur = userActor(request);
    const a = await activitePourCheques(app.deps.db, id);
    if (!a || a.structureId !== acteur.active?.structureId || a.conseillerId !== acteur.userId) return null;
    return { id: a.id, libelle: libelleActivite(a) };
  }

  async function pageCheque(
    request: FastifyRequest,
    reply: FastifyReply,
    activite: ActiviteChoisie,
    valeurs: ValeursCheque,
    erreurs: Record<string, string>,
  ) {
    const acteur = userActor(request);
    const emetteurs = await emetteursDeLaStructure(app.deps.db, acteur.active!.structureId!);
    const titre = 'Enregistrer un chèque pass numérique';
    return sendPage(
      request,
      reply,
      {
        title: Object.keys(erreurs).length ? `Erreur — ${titre}` : titre,
        breadcrumbs: [FIL, { label: 'Nouveau chèque' }],
        status: Object.keys(erreurs).length ? 422 : 200,
      },
      <NouveauChequePage
        activite={activite}
        valeurs={valeurs}
        erreurs={erreurs}
        emetteurs={emetteurs}
        csrfToken={reply.generateCsrf()}
      />,
    );
  }

  app.get('/activite/pass/nouveau', equipe, async (request, reply) => {
    const acteur = userActor(request);
    const activite = await monActivite(request);
    if (activite === 'aucune' || activite === null) {
      const recentes = await activitesRecentes(app.deps.db, acteur.active!.structureId!, acteur.userId);
      return sendPage(
        request,
        reply,
        {
          title: 'Enregistrer des chèques pass numérique',
          breadcrumbs: [FIL, { label: 'Nouveau chèque' }],
          status: activite === null ? 404 : 200,
        },
        <ChoisirActivitePage
          activites={recentes.map((a) => ({ id: a.id, libelle: libelleActivite(a) }))}
          erreur={
            activite === null
              ? 'Cette activité n’est pas une de vos activités : choisissez-en une dans la liste.'
              : undefined
          }
        />,
      );
    }
    return pageCheque(request, reply, activite, valeursChequeVides(), {});
  });

  app.post<{ Body: Record<string, unknown> }>('/activite/pass/nouveau', equipe, async (request, reply) => {
    const activite = await monActivite(request);
    if (activite === 'aucune' || activite === null) return repondreIntrouvable(request, reply);
    const lu = lireChequeFormulaire(request.body ?? {});
    if (Object.keys(lu.erreurs).length > 0)
      return pageCheque(request, reply, activite, lu.valeurs, lu.erreurs);
    if (!lu.cheque)
      return pageCheque(request, reply, activite, lu.valeurs, {
        [CHAMPS_CHEQUE.numero]: 'Saisissez le numéro imprimé sur le chèque.',
      });
    const r = await enregistrerChequesUtilises(contexteUtilisateur(request), {
      activiteId: activite.id,
      cheques: [lu.cheque],
    });
    if (!r.ok) {
      const erreurs = erreursVersFormulaire(r.error.fields);
      return pageCheque(
        request,
        reply,
        activite,
        lu.valeurs,
        Object.keys(erreurs).length ? erreurs : { [CHAMPS_CHEQUE.numero]: r.error.message },
      );
    }
    return redirigerAvecMessage(reply, '/activite/pass', `Le chèque n° ${lu.cheque.numero} est enregistré.`);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/activite/pass/releve.${format}`, gestion, async (request, reply) => {
      const acteur = userActor(request);
      if (!peutPass(acteur, 'exporter')) return refus(request, reply);
      const f = lireFiltres(request.query);
      if (Object.keys(f.erreurs).length > 0)
        return repondreEchec(request, reply, {
          status: 400,
          code: 'requete_invalide',
          titre: 'Relevé impossible',
          message: `Le relevé n’a pas pu être produit : ${Object.values(f.erreurs).join(' ')}`,
        });
      const structureId = acteur.active!.structureId!;
      const releve = await releveCheques(app.deps.db, structureId, f.filtres);
      await recordAudit(app.deps.db, {
        actor: acteur,
        action: 'activite.pass.releve',
        entityType: 'pass_numerique',
        entityId: structureId,
        structureId,
        ip: request.ip,
        details: {
          format,
          emetteur: f.filtres.emetteur,
          du: f.filtres.du,
          au: f.filtres.au,
          cheques: releve.total.nombre,
        },
      });
      const nom = `releve-pass-numerique${f.filtres.emetteur ? `-${f.filtres.emetteur.replace(/[^A-Za-z0-9]+/g, '-')}` : ''}${f.filtres.du ? `-du-${f.filtres.du}` : ''}${f.filtres.au ? `-au-${f.filtres.au}` : ''}.${format}`;
      reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${nom}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(releveCsv(releve));
      const buffer = await releveXlsx(releve, {
        titre: 'Relevé de chèques pass numérique',
        maintenant: app.deps.now(),
      });
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buffer);
    });
  }
}

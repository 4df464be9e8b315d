import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { corps, echec, param, succes } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { dateJour, euros, nombre } from '../presenters/format.ts';
import { avisCoselec } from '../presenters/statuts.ts';
import { lireParametres } from '../programme/repo.ts';
import { totauxNationaux } from '../repo.ts';
import { creerSessionCoselec } from './creer-session-coselec.ts';
import { listerCandidatures } from './lecture.ts';
import { decisionsDeSession, listerSessions, sessionParId } from './lecture-comite.ts';
import { ComitePage, SessionPage, type TotauxVue } from './pages/anct-comite.tsx';

const ANCT = { preHandler: requireRole('anct') };
const FIL_COMITE = { label: 'Comité de sélection', href: '/anct/comite' };

async function totaux(db: Db): Promise<TotauxVue> {
  const [params, t] = await Promise.all([lireParametres(db), totauxNationaux(db)]);
  return {
    attribues: nombre(t.postesAttribues),
    cible: nombre(params.postesCibles),
    restant: nombre(Math.max(0, params.postesCibles - t.postesAttribues)),
    engage: euros(t.engageEur),
    enveloppe: euros(params.enveloppeEur),
    disponible: euros(Math.max(0, params.enveloppeEur - t.engageEur)),
  };
}

/** ANCT's selection committee: sessions and their decisions. */
export function recrutementPagesComite(app: FastifyInstance) {
  const db = app.deps.db;

  async function pageComite(
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { valeurs: Valeurs; erreurs: FieldErrors },
    status = 200,
  ) {
    const [sessions, t, aDecider] = await Promise.all([
      listerSessions(db),
      totaux(db),
      listerCandidatures(db, { statut: 'CREEE', avis: 'favorable', page: 1 }),
    ]);
    return sendPage(
      request,
      reply,
      {
        title: status >= 400 ? 'Erreur — Comité de sélection' : 'Comité de sélection',
        status,
        breadcrumbs: [{ label: 'Comité de sélection' }],
      },
      <ComitePage
        csrf={reply.generateCsrf()}
        totaux={t}
        sessions={sessions.map((s) => ({
          id: s.id,
          titre: `Session n° ${s.numero} du ${dateJour(s.date)}`,
          decisions: nombre(s.decisions),
          postes: nombre(s.postes),
          montant: euros(Number(s.montant)),
        }))}
        form={form ?? { valeurs: {}, erreurs: {} }}
        aDecider={aDecider.total}
      />,
    );
  }

  app.get('/anct/comite', ANCT, (request, reply) => pageComite(request, reply));

  app.post('/anct/comite', ANCT, async (request, reply) => {
    const v = corps(request);
    const r = await creerSessionCoselec(contexteUtilisateur(request), v);
    if (r.ok)
      return succes(reply, `La session n° ${r.value.numero} est créée.`, `/anct/comite/${r.value.id}`);
    if (r.error.status === 403) return echec(request, reply, r.error, '/anct/comite');
    return pageComite(
      request,
      reply,
      { valeurs: v, erreurs: r.error.fields ?? { date: r.error.message } },
      r.error.status ?? 400,
    );
  });

  app.get('/anct/comite/:id', ANCT, async (request, reply) => {
    const session = await sessionParId(db, param(request, 'id'));
    if (!session) return repondreIntrouvable(request, reply);
    const [decisions, t] = await Promise.all([decisionsDeSession(db, session.id), totaux(db)]);
    const titre = `Session n° ${session.numero} du ${dateJour(session.date)}`;
    return sendPage(
      request,
      reply,
      { title: titre, breadcrumbs: [FIL_COMITE, { label: titre }] },
      <SessionPage
        titre={titre}
        href={`/anct/comite/${session.id}`}
        totaux={t}
        decisions={decisions.map((d) => ({
          candidatureId: d.candidatureId,
          structure: d.structureNom,
          departement: d.departementCode,
          nature: d.nature === 'avenant' ? 'Avenant' : 'Décision initiale',
          avis: avisCoselec(d.avis),
          postes: d.postes > 0 ? `+${nombre(d.postes)}` : nombre(d.postes),
          montant: euros(Number(d.montantEur)),
          commentaire: d.commentaire ?? '',
        }))}
      />,
    );
  });
}

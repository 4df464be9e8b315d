import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { corps, echec, FILTRE_DEPARTEMENT, param, succes } from '../outils-http.tsx';
import { dateJour, nombre } from '../presenters/format.ts';
import { statutCandidature } from '../presenters/statuts.ts';
import { TYPE_XLSX } from '../presenters/xlsx.ts';
import { lireParametres } from '../programme/repo.ts';
import { candidaturesAStatuer, decisionsDeSession, sessionParId } from './lecture-comite.ts';
import { type FeuilleForm, FeuilleSessionPage } from './pages/feuille-session.tsx';
import { libelleAvisPrefecture } from './presenter.ts';
import { procesVerbalPdf, procesVerbalXlsx } from './proces-verbal.ts';
import { LIGNES_MAX_FEUILLE, statuerSession } from './statuer-session.ts';

const ANCT = { preHandler: requireRole('anct') };
const FIL_COMITE = { label: 'Comité de sélection', href: '/anct/comite' };

/** A session's worksheet (every decision on one form) and its minutes (PDF, XLSX). */
export function recrutementPagesFeuilleSession(app: FastifyInstance) {
  const db = app.deps.db;

  async function pageFeuille(
    request: FastifyRequest,
    reply: FastifyReply,
    departement: string | undefined,
    form?: FeuilleForm,
    status = 200,
  ) {
    const session = await sessionParId(db, param(request, 'id'));
    if (!session) return repondreIntrouvable(request, reply);
    const [lignes, params] = await Promise.all([
      candidaturesAStatuer(db, { departement, limite: LIGNES_MAX_FEUILLE + 1 }),
      lireParametres(db),
    ]);
    const titre = `Session n° ${session.numero} du ${dateJour(session.date)}`;
    const href = `/anct/comite/${session.id}`;
    const initial: Record<string, string> = { dureeMois: String(Math.max(...params.dureesContratMois)) };
    for (const l of lignes) initial[`postes_${l.id}`] = String(l.postesDemandes);
    return sendPage(
      request,
      reply,
      {
        title: status >= 400 ? `Erreur — Feuille de séance — ${titre}` : `Feuille de séance — ${titre}`,
        status,
        breadcrumbs: [FIL_COMITE, { label: titre, href }, { label: 'Feuille de séance' }],
      },
      <FeuilleSessionPage
        titre={titre}
        action={`${href}/feuille`}
        csrf={reply.generateCsrf()}
        departement={departement ?? null}
        tronquee={lignes.length > LIGNES_MAX_FEUILLE}
        durees={params.dureesContratMois}
        form={form ?? { valeurs: initial, erreurs: {} }}
        lignes={lignes.slice(0, LIGNES_MAX_FEUILLE).map((l) => ({
          candidatureId: l.id,
          structure: l.structureNom,
          departement: l.departementCode,
          statut: statutCandidature(l.statut).libelle,
          postesDemandes: nombre(l.postesDemandes),
          avis: {
            libelle: libelleAvisPrefecture(l.avis),
            ton: l.avis === 'favorable' ? 'success' : l.avis === 'defavorable' ? 'error' : 'new',
          },
          rang: l.rangPriorite ? String(l.rangPriorite) : '',
          avisCommentaire: l.avisCommentaire ?? '',
        }))}
      />,
    );
  }

  app.get('/anct/comite/:id/feuille', ANCT, (request, reply) => {
    const q = (request.query ?? {}) as Record<string, unknown>;
    return pageFeuille(request, reply, FILTRE_DEPARTEMENT.parse(q.departement || undefined));
  });

  app.post('/anct/comite/:id/feuille', ANCT, async (request, reply) => {
    const id = param(request, 'id');
    const v = corps(request, ['candidatures']);
    const ids = ((request.body ?? {}) as Record<string, unknown>).candidatures;
    const candidatures = (Array.isArray(ids) ? ids : ids ? [ids] : []).map(String);
    const r = await statuerSession(contexteUtilisateur(request), id, {
      dureeMois: v.dureeMois,
      lignes: candidatures.map((c) => ({
        candidatureId: c,
        choix: v[`choix_${c}`],
        postes: v[`postes_${c}`],
        commentaire: v[`commentaire_${c}`],
      })),
    });
    if (r.ok) {
      const { decisions, conventions } = r.value;
      return succes(
        reply,
        `${decisions} décision${decisions > 1 ? 's' : ''} enregistrée${decisions > 1 ? 's' : ''}` +
          (conventions > 0
            ? ` et ${conventions} convention${conventions > 1 ? 's' : ''} générée${conventions > 1 ? 's' : ''}.`
            : '.'),
        `/anct/comite/${id}`,
      );
    }
    if (r.error.status === 403 || r.error.status === 404)
      return echec(request, reply, r.error, `/anct/comite/${id}`);
    const departement = FILTRE_DEPARTEMENT.parse(v.departement || undefined);
    return pageFeuille(
      request,
      reply,
      departement,
      { valeurs: v, erreurs: r.error.fields ?? {}, message: r.error.message },
      r.error.status ?? 422,
    );
  });

  async function procesVerbal(request: FastifyRequest) {
    const session = await sessionParId(db, param(request, 'id'));
    if (!session) return null;
    return {
      numero: session.numero,
      date: session.date,
      decisions: await decisionsDeSession(db, session.id),
      editeLe: app.deps.now(),
    };
  }

  app.get('/anct/comite/:id/proces-verbal.pdf', ANCT, async (request, reply) => {
    const pv = await procesVerbal(request);
    if (!pv) return repondreIntrouvable(request, reply);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="proces-verbal-session-${pv.numero}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(await procesVerbalPdf(pv));
  });

  app.get('/anct/comite/:id/proces-verbal.xlsx', ANCT, async (request, reply) => {
    const pv = await procesVerbal(request);
    if (!pv) return repondreIntrouvable(request, reply);
    return reply
      .header('content-type', TYPE_XLSX)
      .header('content-disposition', `attachment; filename="proces-verbal-session-${pv.numero}.xlsx"`)
      .header('cache-control', 'private, no-store')
      .send(await procesVerbalXlsx(pv));
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { redirigerAvecMessage, repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { chargerStructure } from '../../structures/index.ts';
import { faireAppel } from './appel.ts';
import { adresseLieu, lieuDe, quand } from './courriels.ts';
import { genererEmargementPdf } from './emargement-pdf.ts';
import { AppelPage } from './pages/appel.tsx';
import { type AtelierLigne, inscriptionsActives } from './repo.ts';
import { atelierGere } from './routes-gestion.tsx';

const STATUTS: Record<string, string> = { confirmee: 'Confirmée', attente: 'Liste d’attente' };

async function page(
  request: FastifyRequest,
  reply: FastifyReply,
  a: AtelierLigne,
  erreurs: Record<string, string> = {},
  status = 422,
) {
  const inscrits = await inscriptionsActives(request.server.deps.db, a.id);
  const enErreur = Object.keys(erreurs).length > 0;
  return sendPage(
    request,
    reply,
    {
      title: `${enErreur ? 'Erreur — ' : ''}Appel — ${a.titre}`,
      status: enErreur ? status : 200,
      breadcrumbs: [{ label: 'Ateliers', href: '/activite/ateliers' }, { label: `Appel — ${a.titre}` }],
    },
    <AppelPage
      atelierId={a.id}
      titre={a.titre}
      quand={quand(a.debut, a.fin)}
      csrfToken={reply.generateCsrf()}
      inscrits={inscrits.map((i) => ({
        id: i.id,
        nom: i.nom,
        prenom: i.prenom,
        statut: STATUTS[i.statut] ?? i.statut,
        present: i.present === true,
      }))}
      erreurs={erreurs}
      activiteId={a.activiteId}
      ouvert={a.debut.getTime() <= request.server.deps.now().getTime() && a.statut === 'publie'}
    />,
  );
}

const nombre = (v: unknown) => {
  const s = typeof v === 'string' ? v.trim() : '';
  return s === '' ? 0 : /^\d{1,4}$/.test(s) ? Number(s) : -1;
};

/** Attendance: the printable sheet and the on-screen roll call that records the collective activity. */
export function ateliersAppelRoutes(app: FastifyInstance) {
  const garde = { preHandler: requireRole('conseiller', 'structure') };

  app.get<{ Params: { id: string } }>(
    '/activite/ateliers/:id/emargement.pdf',
    garde,
    async (request, reply) => {
      const a = await atelierGere(request, request.params.id, 'appel');
      if (!a) return repondreIntrouvable(request, reply);
      const acteur = userActor(request);
      const [inscrits, lieu, structure] = await Promise.all([
        inscriptionsActives(app.deps.db, a.id),
        lieuDe({ db: app.deps.db }, a),
        chargerStructure(app.deps.db, a.structureId),
      ]);
      const confirmes = inscrits.filter((i) => i.statut === 'confirmee');
      const pdf = await genererEmargementPdf({
        titre: a.titre,
        quand: quand(a.debut, a.fin),
        lieu: adresseLieu(lieu),
        structureNom: structure?.nom ?? '',
        animateur: `${acteur.prenom} ${acteur.nom}`,
        inscrits: confirmes.map((i) => ({ nom: i.nom, prenom: i.prenom })),
        lignesLibres: Math.max(5, Math.min(20, a.capacite - confirmes.length + 5)),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="emargement-${a.id}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.get<{ Params: { id: string } }>('/activite/ateliers/:id/appel', garde, async (request, reply) => {
    const a = await atelierGere(request, request.params.id, 'appel');
    if (!a) return repondreIntrouvable(request, reply);
    return page(request, reply, a);
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/activite/ateliers/:id/appel',
    garde,
    async (request, reply) => {
      const a = await atelierGere(request, request.params.id, 'appel');
      if (!a) return repondreIntrouvable(request, reply);
      const b = request.body ?? {};
      const presents = (Array.isArray(b.presents) ? b.presents : [b.presents]).filter(
        (x): x is string => typeof x === 'string',
      );
      const r = await faireAppel(contexteUtilisateur(request), a.id, {
        presents,
        sansInscription: {
          feminin: nombre(b.sans_feminin),
          masculin: nombre(b.sans_masculin),
          non_communique: nombre(b.sans_non_communique),
        },
      });
      if (!r.ok) {
        if (r.error.status === 404) return repondreIntrouvable(request, reply);
        return page(
          request,
          reply,
          a,
          r.error.fields ?? { sansInscription: r.error.message },
          r.error.status,
        );
      }
      return redirigerAvecMessage(
        reply,
        '/activite/ateliers',
        r.value.dejaEnregistree
          ? 'Les présences sont mises à jour. L’activité collective de cet atelier était déjà enregistrée.'
          : 'L’appel est enregistré et l’activité collective ajoutée à votre activité.',
      );
    },
  );
}

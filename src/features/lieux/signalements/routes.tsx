import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Role } from '../../../platform/auth/roles.ts';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { redirigerAvecMessage, repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { FileSignalementsPage } from './pages/file.tsx';
import { SignalementPage } from './pages/signalement.tsx';
import { type PerimetreSignalements, perimetreSignalements } from './policy.ts';
import { presenterSignalement } from './presenter.ts';
import { compterSignalements, signalementDuPerimetre, signalementsDuPerimetre } from './repo.ts';
import { traiterSignalement } from './traiter-signalement.ts';

const PAR_PAGE = 50;

/** The same queue in two spaces: a structure's (its places) and ANCT's (every place). */
const ESPACES: { role: Role; base: string; fil: { label: string; href: string }; perimetre: string }[] = [
  {
    role: 'structure',
    base: '/structure/lieux/signalements',
    fil: { label: 'Nos lieux', href: '/structure/lieux' },
    perimetre: 'les lieux de votre structure',
  },
  {
    role: 'anct',
    base: '/admin/lieux/signalements',
    fil: { label: 'Accueil', href: '/' },
    perimetre: 'tous les lieux du registre',
  },
];

const listeQuery = z.object({
  statut: z.enum(['nouveau', 'traite']).catch('nouveau').default('nouveau'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
const params = z.object({ id: z.string() });
const uuid = z.uuid();

function perimetreOuRefus(request: FastifyRequest): PerimetreSignalements | null {
  return perimetreSignalements(userActor(request));
}

/** "Signaler une erreur" reports, handled and closed by the owner structure or ANCT. */
export function lieuxSignalementsRoutes(app: FastifyInstance) {
  for (const espace of ESPACES) {
    const garde = { preHandler: requireRole(espace.role) };
    const titre = 'Signalements d’erreur';

    app.get(espace.base, garde, async (request, reply) => {
      const perimetre = perimetreOuRefus(request);
      if (!perimetre) return repondreIntrouvable(request, reply);
      const { statut, page } = listeQuery.parse(request.query ?? {});
      const total = await compterSignalements(app.deps.db, perimetre, statut);
      const pages = Math.max(1, Math.ceil(total / PAR_PAGE));
      const courante = Math.min(page, pages);
      const lignes = await signalementsDuPerimetre(
        app.deps.db,
        perimetre,
        statut,
        PAR_PAGE,
        (courante - 1) * PAR_PAGE,
      );
      return sendPage(
        request,
        reply,
        { title: titre, breadcrumbs: [espace.fil, { label: titre }] },
        <FileSignalementsPage
          base={espace.base}
          perimetre={espace.perimetre}
          statut={statut}
          signalements={lignes.map(presenterSignalement)}
          total={total}
          page={courante}
          pages={pages}
          href={(n) => `${espace.base}?${new URLSearchParams({ statut, page: String(n) })}`}
        />,
      );
    });

    async function afficher(
      request: FastifyRequest,
      reply: FastifyReply,
      id: string,
      formulaire: { valeurs: { issue: string; note: string }; erreurs: FieldErrors; status?: number },
    ) {
      const perimetre = perimetreOuRefus(request);
      const s =
        perimetre && uuid.safeParse(id).success
          ? await signalementDuPerimetre(app.deps.db, perimetre, id)
          : null;
      if (!s) return repondreIntrouvable(request, reply);
      const vue = presenterSignalement(s);
      return sendPage(
        request,
        reply,
        {
          title: Object.keys(formulaire.erreurs).length ? `Erreur — ${titre}` : titre,
          status: formulaire.status ?? 200,
          breadcrumbs: [espace.fil, { label: titre, href: espace.base }, { label: vue.lieu.nom }],
        },
        <SignalementPage
          base={espace.base}
          signalement={vue}
          csrf={reply.generateCsrf()}
          valeurs={formulaire.valeurs}
          erreurs={formulaire.erreurs}
        />,
      );
    }

    app.get(`${espace.base}/:id`, garde, async (request, reply) => {
      const { id } = params.parse(request.params);
      return afficher(request, reply, id, { valeurs: { issue: '', note: '' }, erreurs: {} });
    });

    app.post(`${espace.base}/:id`, garde, async (request, reply) => {
      const { id } = params.parse(request.params);
      const corps = (request.body ?? {}) as Record<string, unknown>;
      const r = await traiterSignalement(contexteUtilisateur(request), id, corps);
      if (r.ok) {
        const message = r.value.courriel
          ? 'Signalement clos : la personne qui l’a envoyé a été prévenue par courriel.'
          : 'Signalement clos.';
        return redirigerAvecMessage(reply, espace.base, message);
      }
      if (r.error.status === 404) return repondreIntrouvable(request, reply);
      if (r.error.status === 409) return redirigerAvecMessage(reply, espace.base, r.error.message, 'error');
      const texte = (v: unknown) => (typeof v === 'string' ? v : '');
      return afficher(request, reply, id, {
        valeurs: { issue: texte(corps.issue), note: texte(corps.note) },
        erreurs: r.error.fields ?? { issue: r.error.message },
        status: r.error.status,
      });
    });
  }
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isRole, ROLES } from '../../../platform/auth/roles.ts';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { ForbiddenError, requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { codeDepartementSchema, lireCodeDepartement } from '../../../platform/valeurs/codes-territoriaux.ts';
import { departementsParCode } from '../../territoires/index.ts';
import { echecAction } from '../echec-action.ts';
import { actionsPermises, can } from '../policies/index.ts';
import { ajouterAdhesion } from './ajouter-adhesion.ts';
import { desactiverUtilisateur, reactiverUtilisateur } from './changer-statut-utilisateur.ts';
import { lirePortee } from './formulaire-portee.ts';
import { FicheUtilisateurPage, type FormulaireAdhesion } from './pages/fiche-utilisateur.tsx';
import { ListeUtilisateursPage } from './pages/liste-utilisateurs.tsx';
import { presenterLigne, presenterUtilisateur } from './presenter.ts';
import {
  chargerUtilisateur,
  listerUtilisateurs,
  ressourceUtilisateur,
  UTILISATEURS_PAR_PAGE,
} from './queries.ts';
import { retirerAdhesion } from './retirer-adhesion.ts';

const filtresSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  departement: codeDepartementSchema().optional().catch(undefined),
  statut: z.enum(['actif', 'desactive']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});

const idSchema = z.object({ id: z.uuid() });

function queryString(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}

const ANCT_OU_PREFECTURE = requireRole('anct', 'prefecture');

export function administrationRoutes(app: FastifyInstance) {
  app.get('/admin/utilisateurs', { preHandler: ANCT_OU_PREFECTURE }, async (request, reply) => {
    const actor = userActor(request);
    const filtres = filtresSchema.parse(request.query ?? {});
    // A préfecture lists its own département only; the policy refuses any other.
    const departementFixe = actor.active?.role === 'prefecture' ? actor.active.departementCode : null;
    if (departementFixe && !filtres.departement)
      filtres.departement = lireCodeDepartement(departementFixe) ?? undefined;
    if (
      !can(actor, 'lister', {
        type: 'utilisateur',
        departementCodes: filtres.departement ? [filtres.departement] : [],
      })
    ) {
      throw new ForbiddenError('Accès refusé');
    }
    const { db } = app.deps;
    const [{ total, rows }, departements] = await Promise.all([
      listerUtilisateurs(db, filtres),
      departementsParCode(db),
    ]);
    const pages = Math.max(1, Math.ceil(total / UTILISATEURS_PAR_PAGE));
    const href = (page: number) => `/admin/utilisateurs?${queryString({ ...filtres, page })}`;
    return sendPage(
      request,
      reply,
      { title: 'Utilisateurs', breadcrumbs: [{ label: 'Utilisateurs' }] },
      <ListeUtilisateursPage
        filtres={filtres}
        utilisateurs={rows.map(presenterLigne)}
        total={total}
        page={filtres.page}
        pages={pages}
        departements={departements}
        departementFixe={departementFixe}
        peutInviter={can(actor, 'creer', {
          type: 'invitation',
          role: 'prefecture',
          departementCode: null,
          structureId: null,
        })}
        peutInviterPrefecture={
          departementFixe !== null &&
          can(actor, 'creer', {
            type: 'invitation',
            role: 'prefecture',
            departementCode: departementFixe,
            structureId: null,
          })
        }
        href={href}
      />,
    );
  });

  async function renderFiche(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    formulaire?: FormulaireAdhesion,
  ) {
    const actor = userActor(request);
    const user = await chargerUtilisateur(app.deps.db, id);
    if (!user) return repondreIntrouvable(request, reply);
    const resource = ressourceUtilisateur(user, actor.userId);
    const allowed = actionsPermises(actor, resource);
    if (!allowed.has('voir')) throw new ForbiddenError('Accès refusé');
    const retirer = new Set(
      user.adhesions
        .filter(
          (m) =>
            isRole(m.role) &&
            can(actor, 'retirer', {
              type: 'adhesion',
              role: m.role,
              departementCode: m.departementCode,
              structureId: m.structureId,
              structureDepartementCode: m.structureDepartementCode,
              soiMeme: actor.active?.id === m.id,
            }),
        )
        .map((m) => m.id),
    );
    const vue = presenterUtilisateur(user);
    return sendPage(
      request,
      reply,
      {
        title: formulaire ? `Erreur — ${vue.nomComplet}` : vue.nomComplet,
        status: formulaire ? 422 : 200,
        breadcrumbs: [{ label: 'Utilisateurs', href: '/admin/utilisateurs' }, { label: vue.nomComplet }],
      },
      <FicheUtilisateurPage
        utilisateur={vue}
        csrf={reply.generateCsrf()}
        roles={ROLES}
        departements={await departementsParCode(app.deps.db)}
        formulaire={formulaire}
        actions={{
          desactiver: user.actif && allowed.has('desactiver'),
          reactiver: !user.actif && allowed.has('reactiver'),
          ajouterAdhesion: can(actor, 'ajouter', {
            type: 'adhesion',
            role: 'anct',
            departementCode: null,
            structureId: null,
            structureDepartementCode: null,
          }),
          retirer,
          voirJournal: can(actor, 'consulter', { type: 'audit', departementCode: null }),
        }}
      />,
    );
  }

  app.get('/admin/utilisateurs/:id', { preHandler: ANCT_OU_PREFECTURE }, async (request, reply) => {
    const params = idSchema.safeParse(request.params);
    if (!params.success) return repondreIntrouvable(request, reply);
    return renderFiche(request, reply, params.data.id);
  });

  app.post(
    '/admin/utilisateurs/:id/adhesions',
    { preHandler: requireRole('anct') },
    async (request, reply) => {
      const params = idSchema.safeParse(request.params);
      if (!params.success) return repondreIntrouvable(request, reply);
      const id = params.data.id;
      const body = (request.body ?? {}) as Record<string, string | undefined>;
      const values = {
        role: body.role,
        departement: body.departement,
        structure: body.structure,
        structure_recherche: body.structure_recherche?.trim(),
      };
      const form = await lirePortee(app.deps.db, values);
      if ('errors' in form) return renderFiche(request, reply, id, { values, ...form });
      const result = await ajouterAdhesion(contexteRequete(request), { utilisateurId: id, ...form });
      if (!result.ok) {
        if (result.error.fields)
          return renderFiche(request, reply, id, { values, errors: result.error.fields });
        if (result.error.code === 'deja_membre') {
          return renderFiche(request, reply, id, { values, errors: { role: result.error.message } });
        }
        return echecAction(request, reply, result.error, `/admin/utilisateurs/${id}`);
      }
      setFlash(reply, { type: 'success', message: 'Le rôle a été ajouté.' });
      return reply.redirect(`/admin/utilisateurs/${id}`, 303);
    },
  );

  app.post(
    '/admin/utilisateurs/:id/adhesions/:adhesionId/retirer',
    { preHandler: requireRole('anct') },
    async (request, reply) => {
      const params = z.object({ id: z.uuid(), adhesionId: z.uuid() }).safeParse(request.params);
      if (!params.success) return repondreIntrouvable(request, reply);
      const back = `/admin/utilisateurs/${params.data.id}`;
      const result = await retirerAdhesion(contexteRequete(request), { adhesionId: params.data.adhesionId });
      if (!result.ok) return echecAction(request, reply, result.error, back);
      setFlash(reply, { type: 'success', message: 'Le rôle a été retiré.' });
      return reply.redirect(back, 303);
    },
  );

  for (const [suffix, useCase, message] of [
    ['desactiver', desactiverUtilisateur, 'Le compte est désactivé et ses sessions sont fermées.'],
    ['reactiver', reactiverUtilisateur, 'Le compte est réactivé.'],
  ] as const) {
    app.post(
      `/admin/utilisateurs/:id/${suffix}`,
      // The use case checks the policy: a préfecture acts only on accounts wholly in its département.
      { preHandler: ANCT_OU_PREFECTURE },
      async (request, reply) => {
        const params = idSchema.safeParse(request.params);
        if (!params.success) return repondreIntrouvable(request, reply);
        const back = `/admin/utilisateurs/${params.data.id}`;
        const result = await useCase(contexteRequete(request), { utilisateurId: params.data.id });
        if (!result.ok) return echecAction(request, reply, result.error, back);
        setFlash(reply, { type: 'success', message });
        return reply.redirect(back, 303);
      },
    );
  }
}

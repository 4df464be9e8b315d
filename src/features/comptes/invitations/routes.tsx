import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../../platform/auth/roles.ts';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { ForbiddenError, requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { chargerStructure, type StructureChoisie } from '../../structures/index.ts';
import { departementsParCode, nomDepartement } from '../../territoires/index.ts';
import { lirePortee } from '../administration/formulaire-portee.ts';
import { formaterDate, presenterAdhesion } from '../administration/presenter.ts';
import { echecAction } from '../echec-action.ts';
import { can } from '../policies/index.ts';
import { findUserByEmail, normaliseEmail } from '../repo.ts';
import {
  accepterAvecCompteExistant,
  accepterAvecNouveauCompte,
  invitationUtilisable,
} from './accepter-invitation.ts';
import { annulerInvitation } from './annuler-invitation.ts';
import { creerInvitation } from './creer-invitation.ts';
import { equipeRoutes } from './equipe-routes.tsx';
import { messageEnvoi } from './http.ts';
import {
  CompteExistantInvitationPage,
  CreerCompteInvitationPage,
  InvitationInvalidePage,
} from './pages/accepter.tsx';
import { InvitationsAdminPage, NouvelleInvitationPage } from './pages/invitations-admin.tsx';
import { invitationsPrefectureRoutes } from './prefecture-routes.tsx';
import { presenterInvitation } from './presenter.ts';
import { invitationsEnAttente, type JetonInvitation } from './queries.ts';

type Body = Record<string, string | undefined>;

const TOUTE_INVITATION = {
  type: 'invitation',
  role: 'anct',
  departementCode: null,
  structureId: null,
} as const;

export function invitationsRoutes(app: FastifyInstance) {
  const anct = requireRole('anct');

  async function renderNouvelle(
    request: FastifyRequest,
    reply: FastifyReply,
    values: NouvelleValues,
    errors: FieldErrors = {},
    candidats?: StructureChoisie[],
  ) {
    const failed = Object.keys(errors).length > 0;
    return sendPage(
      request,
      reply,
      {
        title: failed ? 'Erreur — Inviter une personne' : 'Inviter une personne',
        status: failed ? 422 : 200,
        breadcrumbs: [
          { label: 'Utilisateurs', href: '/admin/utilisateurs' },
          { label: 'Invitations', href: '/admin/invitations' },
          { label: 'Inviter une personne' },
        ],
      },
      <NouvelleInvitationPage
        csrf={reply.generateCsrf()}
        roles={ROLES}
        departements={await departementsParCode(app.deps.db)}
        values={values}
        errors={errors}
        candidats={candidats}
      />,
    );
  }

  app.get('/admin/invitations', { preHandler: anct }, async (request, reply) => {
    const actor = userActor(request);
    if (!can(actor, 'lister', TOUTE_INVITATION)) throw new ForbiddenError('Accès refusé');
    const rows = await invitationsEnAttente(app.deps.db, app.deps.now());
    return sendPage(
      request,
      reply,
      {
        title: 'Invitations en attente',
        breadcrumbs: [{ label: 'Utilisateurs', href: '/admin/utilisateurs' }, { label: 'Invitations' }],
      },
      <InvitationsAdminPage
        csrf={reply.generateCsrf()}
        invitations={rows.map(presenterInvitation)}
        peutAnnuler={can(actor, 'annuler', TOUTE_INVITATION)}
      />,
    );
  });

  app.get('/admin/invitations/nouvelle', { preHandler: anct }, async (request, reply) => {
    if (!can(userActor(request), 'creer', TOUTE_INVITATION)) throw new ForbiddenError('Accès refusé');
    return renderNouvelle(request, reply, {});
  });

  app.post('/admin/invitations/nouvelle', { preHandler: anct }, async (request, reply) => {
    const body = (request.body ?? {}) as Body;
    const values: NouvelleValues = {
      email: body.email?.trim(),
      role: body.role,
      departement: body.departement,
      structure: body.structure,
      structure_recherche: body.structure_recherche?.trim(),
    };
    const form = await lirePortee(app.deps.db, values);
    if ('errors' in form) return renderNouvelle(request, reply, values, form.errors, form.candidats);
    const result = await creerInvitation(contexteRequete(request), { email: values.email, ...form });
    if (!result.ok) {
      if (result.error.code === 'acces_refuse') throw new ForbiddenError(result.error.message);
      return renderNouvelle(request, reply, values, result.error.fields ?? { role: result.error.message });
    }
    setFlash(reply, messageEnvoi(result.value));
    return reply.redirect('/admin/invitations', 303);
  });

  app.post('/admin/invitations/:hash/annuler', { preHandler: anct }, async (request, reply) => {
    const { hash } = request.params as { hash: string };
    const result = await annulerInvitation(contexteRequete(request), hash);
    if (!result.ok) return echecAction(request, reply, result.error, '/admin/invitations');
    setFlash(reply, { type: 'success', message: `L’invitation de ${result.value.email} est annulée.` });
    return reply.redirect('/admin/invitations', 303);
  });

  equipeRoutes(app);
  invitationsPrefectureRoutes(app);
  accepterRoutes(app);
}

type NouvelleValues = {
  email?: string | undefined;
  role?: string | undefined;
  departement?: string | undefined;
  structure?: string | undefined;
  structure_recherche?: string | undefined;
};

function affichage(inv: JetonInvitation, departementNom: string | null, structureNom: string | null) {
  const m = presenterAdhesion({
    id: inv.hash,
    role: inv.role ?? '',
    departementCode: inv.departementCode,
    departementNom,
    structureId: inv.structureId,
    structureNom,
    referent: false,
  });
  return {
    email: inv.email,
    roleLibelle: m.roleLibelle,
    portee: m.portee,
    expireLe: formaterDate(inv.expireLe),
  };
}

const TITRES: Record<string, string> = {
  invitation_inconnue: 'Lien d’invitation invalide',
  invitation_utilisee: 'Invitation déjà utilisée',
  invitation_expiree: 'Invitation expirée',
};

function accepterRoutes(app: FastifyInstance) {
  const jetonParams = z.object({ jeton: z.string().max(100) });

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    jeton: string,
    values: Body = {},
    errors: FieldErrors = {},
  ) {
    const now = app.deps.now();
    const usable = await invitationUtilisable(app.deps.db, jeton, now);
    const breadcrumbs = [{ label: 'Invitation' }];
    if (!usable.ok) {
      const titre = TITRES[usable.error.code] ?? 'Invitation impossible';
      return sendPage(
        request,
        reply,
        { title: titre, status: usable.error.status ?? 410, breadcrumbs },
        <InvitationInvalidePage titre={titre} message={usable.error.message} />,
      );
    }
    const inv = usable.value;
    const names = await nomsPortee(app, inv);
    const invitation = affichage(inv, names.departementNom, names.structureNom);
    const action = `/invitation/${jeton}`;
    const existing = await findUserByEmail(app.deps.db, inv.email);
    if (!existing) {
      const failed = Object.keys(errors).length > 0;
      return sendPage(
        request,
        reply,
        {
          title: failed ? 'Erreur — Accepter l’invitation' : 'Accepter l’invitation',
          status: failed ? 422 : 200,
          breadcrumbs,
        },
        <CreerCompteInvitationPage
          invitation={invitation}
          action={action}
          csrf={reply.generateCsrf()}
          values={values}
          errors={errors}
        />,
      );
    }
    const actor = request.actor?.kind === 'user' ? request.actor : null;
    const connecte = !actor
      ? 'non'
      : normaliseEmail(actor.email) === normaliseEmail(inv.email)
        ? 'destinataire'
        : 'autre';
    return sendPage(
      request,
      reply,
      { title: 'Accepter l’invitation', breadcrumbs },
      <CompteExistantInvitationPage
        invitation={invitation}
        connecte={connecte}
        emailConnecte={actor?.email}
        action={`${action}/accepter`}
        retour={action}
        csrf={reply.generateCsrf()}
      />,
    );
  }

  app.get('/invitation/:jeton', async (request, reply) => {
    const params = jetonParams.safeParse(request.params);
    if (!params.success) return repondreIntrouvable(request, reply);
    return render(request, reply, params.data.jeton);
  });

  app.post('/invitation/:jeton', async (request, reply) => {
    const params = jetonParams.safeParse(request.params);
    if (!params.success) return repondreIntrouvable(request, reply);
    const jeton = params.data.jeton;
    const body = (request.body ?? {}) as Body;
    const result = await accepterAvecNouveauCompte(contexteRequete(request), { ...body, jeton });
    if (!result.ok) {
      if (result.error.fields) return render(request, reply, jeton, body, result.error.fields);
      return render(request, reply, jeton);
    }
    setFlash(reply, {
      type: 'success',
      message: `Votre compte est créé. Connectez-vous avec ${result.value.email} et le mot de passe choisi.`,
    });
    return reply.redirect('/connexion', 303);
  });

  app.post('/invitation/:jeton/accepter', async (request, reply) => {
    const params = jetonParams.safeParse(request.params);
    if (!params.success) return repondreIntrouvable(request, reply);
    const jeton = params.data.jeton;
    if (request.actor?.kind !== 'user')
      return reply.redirect(`/connexion?retour=${encodeURIComponent(`/invitation/${jeton}`)}`, 303);
    const result = await accepterAvecCompteExistant(contexteRequete(request), jeton);
    if (!result.ok) {
      return render(request, reply, jeton);
    }
    setFlash(reply, { type: 'success', message: 'Invitation acceptée : le rôle est ajouté à votre compte.' });
    return reply.redirect('/espace', 303);
  });
}

async function nomsPortee(app: FastifyInstance, inv: JetonInvitation) {
  const structure = inv.structureId ? await chargerStructure(app.deps.db, inv.structureId) : null;
  const departementNom = inv.departementCode ? await nomDepartement(app.deps.db, inv.departementCode) : null;
  return { structureNom: structure?.nom ?? null, departementNom };
}

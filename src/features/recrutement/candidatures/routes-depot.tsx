import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession } from '../../../platform/auth/sessions.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import type { DomainError } from '../../../platform/result.ts';
import type { CommuneCandidate } from '../../../ui/components/commune-field.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { dropIncomingSession, setSessionCookie } from '../../comptes/session-cookie.ts';
import { parseSiret } from '../../structures/domain/siret.ts';
import { resolveCommune } from '../../territoires/resoudre-commune.ts';
import { candidaterConseiller } from '../candidats/candidater-conseiller.ts';
import {
  CandidatureConseillerPage,
  ConfirmationConseillerPage,
} from '../candidats/pages/candidature-conseiller.tsx';
import { candidaturesDeStructure, ficheStructure } from '../lecture/structure.ts';
import { corps, liste, pageIntrouvable, renommer, structureDe } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { COMPTEUR_SCRIPT, POSITION_SCRIPT } from '../pages/composants.tsx';
import { dateJour, nombre } from '../presenters/format.ts';
import { candidaterStructure } from './candidater-structure.ts';
import { CandidatureStructurePage, ConfirmationStructurePage } from './pages/candidature-structure.tsx';

const LIMITE_DEPOTS = { rateLimit: { max: 30, timeWindow: '10 minutes' } };

/** Resolves the commune field without JavaScript; ambiguous text yields radio buttons. */
async function commune(request: FastifyRequest, texte: string | undefined, code: string | undefined) {
  const r = await resolveCommune(request.server.deps.db, texte ?? '', code);
  if (r.ok) return { code: r.commune.code, libelle: r.commune.libelle, erreur: undefined, choix: undefined };
  const choix: CommuneCandidate[] = r.candidates.map((c) => ({
    code: c.code,
    libelle: c.libelle,
    departementNom: c.departementNom,
    population: c.population,
  }));
  return { code: '', libelle: texte ?? '', erreur: r.message, choix };
}

/** The use case's field errors, with the commune's own message and a SIRET checked early. */
function erreursFormulaire(
  error: DomainError,
  communeErreur: string | undefined,
  siret?: string,
): FieldErrors {
  const e = renommer(error.fields, { communeCode: 'commune' });
  if (communeErreur) e.commune = communeErreur;
  if (siret !== undefined && !e.siret) {
    const s = parseSiret(siret);
    if (!s.ok) e.siret = s.error.message;
  }
  return e;
}

/** Signs the new account in, so that the confirmation page and the area are at hand. */
async function ouvrirSession(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  adhesionId: string,
) {
  await dropIncomingSession(request);
  const token = await createSession(request.server.deps.db, {
    userId,
    adhesionId,
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
    now: request.server.deps.now(),
  });
  setSessionCookie(reply, token);
}

export function recrutementPagesPubliques(app: FastifyInstance) {
  const structureForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    valeurs: Valeurs,
    erreurs: FieldErrors = {},
    status = 200,
    communes?: CommuneCandidate[],
    message?: string,
  ) =>
    sendPage(
      request,
      reply,
      {
        title: Object.keys(erreurs).length
          ? 'Erreur — Candidature d’une structure'
          : 'Candidature d’une structure',
        status,
        breadcrumbs: [{ label: 'Accueillir des conseillers numériques' }],
        scripts: [COMPTEUR_SCRIPT, POSITION_SCRIPT],
      },
      <CandidatureStructurePage
        csrf={reply.generateCsrf()}
        valeurs={valeurs}
        erreurs={erreurs}
        communes={communes}
        message={message}
      />,
    );

  app.get('/structures/candidature', (request, reply) => structureForm(request, reply, {}));

  app.post('/structures/candidature', { config: LIMITE_DEPOTS }, async (request, reply) => {
    const v = corps(request);
    const c = await commune(request, v.commune, v.communeCode);
    const valeurs = { ...v, commune: c.libelle, communeCode: c.code, motDePasse: undefined };
    const r = await candidaterStructure(
      app.deps,
      { ...v, communeCode: c.code },
      { ip: request.ip, actor: request.actor },
    );
    if (!r.ok) {
      const erreurs = erreursFormulaire(r.error, c.erreur, v.siret);
      return structureForm(request, reply, valeurs, erreurs, r.error.status ?? 400, c.choix, r.error.message);
    }
    await ouvrirSession(request, reply, r.value.utilisateurId, r.value.adhesionId);
    return reply.redirect('/structures/candidature/confirmation', 303);
  });

  app.get(
    '/structures/candidature/confirmation',
    { preHandler: requireRole('structure') },
    async (request, reply) => {
      const { structureId } = structureDe(request);
      const [fiche, candidatures] = await Promise.all([
        ficheStructure(app.deps.db, structureId),
        candidaturesDeStructure(app.deps.db, structureId),
      ]);
      const c = candidatures[0];
      if (!fiche || !c) return pageIntrouvable(request, reply);
      return sendPage(
        request,
        reply,
        { title: 'Candidature enregistrée', breadcrumbs: [{ label: 'Candidature enregistrée' }] },
        <ConfirmationStructurePage
          vue={{
            structure: fiche.nom,
            siret: fiche.siret ?? '—',
            commune: fiche.communeNom ?? '—',
            postes: nombre(c.postesDemandes),
            dateDebut: dateJour(c.dateDebutSouhaitee),
            email: c.contactEmail ?? '',
          }}
        />,
      );
    },
  );

  const conseillerForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    valeurs: Valeurs,
    situations: string[],
    erreurs: FieldErrors = {},
    status = 200,
    communes?: CommuneCandidate[],
    message?: string,
  ) =>
    sendPage(
      request,
      reply,
      {
        title: Object.keys(erreurs).length
          ? 'Erreur — Devenir conseiller numérique'
          : 'Devenir conseiller numérique',
        status,
        breadcrumbs: [{ label: 'Devenir conseiller numérique' }],
        scripts: [COMPTEUR_SCRIPT, POSITION_SCRIPT],
      },
      <CandidatureConseillerPage
        csrf={reply.generateCsrf()}
        valeurs={valeurs}
        situations={situations}
        erreurs={erreurs}
        communes={communes}
        message={message}
      />,
    );

  app.get('/candidature', (request, reply) => conseillerForm(request, reply, {}, []));

  app.post('/candidature', { config: LIMITE_DEPOTS }, async (request, reply) => {
    const v = corps(request);
    const situations = liste(request, 'situations');
    const c = await commune(request, v.commune, v.communeCode);
    const valeurs = { ...v, commune: c.libelle, communeCode: c.code, motDePasse: undefined };
    const r = await candidaterConseiller(
      app.deps,
      { ...v, situations, communeCode: c.code },
      { ip: request.ip },
    );
    if (!r.ok) {
      const erreurs = erreursFormulaire(r.error, c.erreur);
      return conseillerForm(
        request,
        reply,
        valeurs,
        situations,
        erreurs,
        r.error.status ?? 400,
        c.choix,
        r.error.message,
      );
    }
    await ouvrirSession(request, reply, r.value.utilisateurId, r.value.adhesionId);
    return reply.redirect('/candidature/confirmation', 303);
  });

  app.get('/candidature/confirmation', { preHandler: requireRole('candidat') }, (request, reply) =>
    sendPage(
      request,
      reply,
      { title: 'Candidature enregistrée', breadcrumbs: [{ label: 'Candidature enregistrée' }] },
      <ConfirmationConseillerPage email={request.actor?.kind === 'user' ? request.actor.email : ''} />,
    ),
  );
}

import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireRole, requireUser, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { StructureConventionsPage } from '../conventions/pages/structure-conventions.tsx';
import { signerConvention, TAILLE_MAX_PDF } from '../conventions/signer-convention.ts';
import { telechargerConvention } from '../conventions/telecharger-convention.ts';
import { STATUTS_CANDIDATURE_ACTIVE } from '../domain/transitions.ts';
import { estDans } from '../domain/types.ts';
import {
  candidaturesDeStructure,
  conventionsDeStructure,
  decisionsDeCandidature,
  ficheStructure,
} from '../lecture/structure.ts';
import { corps, echec, pageIntrouvable, param, structureDe, succes } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { COMPTEUR_SCRIPT } from '../pages/composants.tsx';
import { euros, nombre } from '../presenters/format.ts';
import {
  presenterCandidature,
  presenterConvention,
  presenterDecision,
  presenterFiche,
  valeursModification,
} from '../presenters/structure.ts';
import { estExaminee, postesStructure } from '../repo.ts';
import { modifierCandidatureStructure } from './modifier-candidature-structure.ts';
import { RetraitStructurePage, StructureCandidaturePage } from './pages/structure-candidature.tsx';
import { retirerCandidatureStructure } from './retirer-candidature-structure.ts';

const STRUCTURE = { preHandler: requireRole('structure') };
const FIL = { label: 'Candidature', href: '/structure/candidature' };

export function recrutementPagesStructure(app: FastifyInstance) {
  const db = app.deps.db;

  async function pageCandidature(
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { valeurs: Valeurs; erreurs: FieldErrors },
    status = 200,
  ) {
    const { structureId } = structureDe(request);
    const [fiche, candidatures, postes] = await Promise.all([
      ficheStructure(db, structureId),
      candidaturesDeStructure(db, structureId),
      postesStructure(db, structureId),
    ]);
    if (!fiche) return pageIntrouvable(request, reply);
    const c = candidatures[0] ?? null;
    const decisions = c ? await decisionsDeCandidature(db, c.id) : [];
    const modifiable = c !== null && c.statut === 'CREEE' && !(await estExaminee(db, c.id));
    const retirable =
      c !== null && estDans(STATUTS_CANDIDATURE_ACTIVE, c.statut) && c.statut !== 'REFUS_COSELEC';
    return sendPage(
      request,
      reply,
      {
        title: form ? 'Erreur — Candidature de la structure' : 'Candidature de la structure',
        status,
        breadcrumbs: [{ label: 'Candidature' }],
        scripts: modifiable ? [COMPTEUR_SCRIPT] : [],
      },
      <StructureCandidaturePage
        csrf={reply.generateCsrf()}
        fiche={presenterFiche(fiche)}
        candidature={c ? presenterCandidature(c) : null}
        decisions={decisions.map(presenterDecision)}
        postes={{
          attribues: nombre(postes.attribues),
          occupes: nombre(postes.occupes),
          ouverts: nombre(Math.max(0, postes.attribues - postes.occupes)),
        }}
        modifiable={modifiable}
        retirable={retirable}
        valeurs={form?.valeurs ?? (c ? valeursModification(c, fiche) : {})}
        erreurs={form?.erreurs ?? {}}
      />,
    );
  }

  app.get('/structure/candidature', STRUCTURE, (request, reply) => pageCandidature(request, reply));

  app.post('/structure/candidature', STRUCTURE, async (request, reply) => {
    const { actor, structureId } = structureDe(request);
    const c = (await candidaturesDeStructure(db, structureId))[0];
    if (!c) return pageIntrouvable(request, reply);
    const v = corps(request);
    const r = await modifierCandidatureStructure(app.deps, actor, c.id, v, { ip: request.ip });
    if (r.ok) return succes(reply, 'Votre candidature est mise à jour.', '/structure/candidature');
    if (!r.error.fields) return echec(request, reply, r.error, '/structure/candidature');
    return pageCandidature(request, reply, { valeurs: v, erreurs: r.error.fields }, r.error.status ?? 400);
  });

  app.get('/structure/candidature/retrait', STRUCTURE, async (request, reply) => {
    const { structureId } = structureDe(request);
    const fiche = await ficheStructure(db, structureId);
    if (!fiche) return pageIntrouvable(request, reply);
    return sendPage(
      request,
      reply,
      { title: 'Retirer la candidature', breadcrumbs: [FIL, { label: 'Retirer la candidature' }] },
      <RetraitStructurePage csrf={reply.generateCsrf()} structure={fiche.nom} />,
    );
  });

  app.post('/structure/candidature/retrait', STRUCTURE, async (request, reply) => {
    const { actor, structureId } = structureDe(request);
    const c = (await candidaturesDeStructure(db, structureId))[0];
    if (!c) return pageIntrouvable(request, reply);
    const r = await retirerCandidatureStructure(app.deps, actor, c.id, 'ABANDON', { ip: request.ip });
    if (!r.ok) return echec(request, reply, r.error, '/structure/candidature');
    return succes(reply, 'La candidature est retirée.', '/structure/candidature');
  });

  async function pageConventions(
    request: FastifyRequest,
    reply: FastifyReply,
    erreur?: { conventionId: string; message: string },
    status = 200,
  ) {
    const { structureId } = structureDe(request);
    const [fiche, conventions] = await Promise.all([
      ficheStructure(db, structureId),
      conventionsDeStructure(db, structureId),
    ]);
    if (!fiche) return pageIntrouvable(request, reply);
    const engage = conventions
      .filter((c) => c.statut !== 'RESILIEE')
      .reduce((s, c) => s + Number(c.montantEur), 0);
    return sendPage(
      request,
      reply,
      {
        title: erreur ? 'Erreur — Conventions' : 'Conventions',
        status,
        breadcrumbs: [{ label: 'Conventions' }],
      },
      <StructureConventionsPage
        csrf={reply.generateCsrf()}
        structure={fiche.nom}
        conventions={conventions.map(presenterConvention)}
        engage={euros(engage)}
        erreur={erreur}
      />,
    );
  }

  app.get('/structure/conventions', STRUCTURE, (request, reply) => pageConventions(request, reply));

  // Uploads need multipart parsing: registered in a child scope, for this route only.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: TAILLE_MAX_PDF, files: 1, fields: 5 },
      // Keep the file's name with its content (keyValues mode would keep the bytes only).
      onFile: async (part) => {
        const contenu = await part.toBuffer();
        (part as unknown as { value: unknown }).value = { nom: part.filename, contenu };
      },
    });
    scope.post('/structure/conventions/:id/signee', STRUCTURE, async (request, reply) => {
      const id = param(request, 'id');
      const part = ((request.body ?? {}) as Record<string, unknown>).fichier as
        | { nom?: string; contenu?: Buffer }
        | undefined;
      const fichier =
        part?.nom && part.contenu && part.contenu.length > 0
          ? { nom: part.nom, contenu: part.contenu }
          : null;
      const r = await signerConvention(app.deps, userActor(request), id, fichier, { ip: request.ip });
      if (r.ok) return succes(reply, 'La convention signée est déposée.', '/structure/conventions');
      if (r.error.status === 403 || r.error.status === 404)
        return echec(request, reply, r.error, '/structure/conventions');
      return pageConventions(
        request,
        reply,
        { conventionId: id, message: r.error.message },
        r.error.status ?? 422,
      );
    });
  });

  app.get('/recrutement/conventions/:id/pdf', { preHandler: requireUser }, async (request, reply) => {
    const version = (request.query as Record<string, string>).version === 'signee' ? 'signee' : 'emise';
    const r = await telechargerConvention(app.deps, userActor(request), param(request, 'id'), version);
    if (!r.ok) return echec(request, reply, r.error, '/espace');
    const nom = r.value.nom.replace(/[^a-zA-Z0-9._-]/g, '_');
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${nom}"`)
      .header('cache-control', 'private, no-store')
      .send(r.value.contenu);
  });
}

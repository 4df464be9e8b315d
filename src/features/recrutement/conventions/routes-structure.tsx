import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, requireUser } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { conventionsDeStructure, ficheStructure } from '../lecture/structure.ts';
import { echec, param, structureDe, succes } from '../outils-http.tsx';
import { euros } from '../presenters/format.ts';
import { presenterConvention } from '../presenters/structure.ts';
import { StructureConventionsPage } from './pages/structure-conventions.tsx';
import { signerConvention, TAILLE_MAX_PDF } from './signer-convention.ts';
import { telechargerConvention } from './telecharger-convention.ts';

const STRUCTURE = { preHandler: requireRole('structure') };

/** The structure's conventions (signed copy upload) and the download of a convention's PDF. */
export function recrutementPagesConventionsStructure(app: FastifyInstance) {
  const db = app.deps.db;

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
    if (!fiche) return repondreIntrouvable(request, reply);
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
    // The guard runs before the body is read: nobody else's upload is buffered.
    scope.post(
      '/structure/conventions/:id/signee',
      { onRequest: requireRole('structure') },
      async (request, reply) => {
        const id = param(request, 'id');
        const part = ((request.body ?? {}) as Record<string, unknown>).fichier as
          | { nom?: string; contenu?: Buffer }
          | undefined;
        const fichier =
          part?.nom && part.contenu && part.contenu.length > 0
            ? { nom: part.nom, contenu: part.contenu }
            : null;
        const r = await signerConvention(contexteUtilisateur(request), id, fichier);
        if (r.ok)
          return succes(
            reply,
            'La convention signée est déposée : l’ANCT va la vérifier.',
            '/structure/conventions',
          );
        if (r.error.status === 403 || r.error.status === 404)
          return echec(request, reply, r.error, '/structure/conventions');
        return pageConventions(
          request,
          reply,
          { conventionId: id, message: r.error.message },
          r.error.status ?? 422,
        );
      },
    );
  });

  app.get('/recrutement/conventions/:id/pdf', { preHandler: requireUser }, async (request, reply) => {
    const version = (request.query as Record<string, string>).version === 'signee' ? 'signee' : 'emise';
    const r = await telechargerConvention(contexteUtilisateur(request), param(request, 'id'), version);
    if (!r.ok) return echec(request, reply, r.error, '/espace');
    const nom = r.value.nom.replace(/[^a-zA-Z0-9._-]/g, '_');
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${nom}"`)
      .header('cache-control', 'private, no-store')
      .send(r.value.contenu);
  });
}

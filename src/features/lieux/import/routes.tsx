import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { demanderImport } from './demander-import.ts';
import { correspondancesIntegrees, type Format, formatDepuisTexte, resoudreFormat } from './formats.ts';
import { TAILLE_MAX_OCTETS } from './lecture.ts';
import { type ImportFormValues, ImportPage } from './pages/import.tsx';
import { statutImport } from './presenter-suivi.ts';
import { derniersImports } from './repo.ts';
import { BREADCRUMBS, dateFr, verifierDroit } from './routes-commun.ts';
import { lieuxImportSuiviRoutes } from './routes-suivi.tsx';

interface Televersement {
  nom: string;
  contenu: Buffer;
}

const TAILLE_MAX_MO = TAILLE_MAX_OCTETS / 1024 / 1024;

function optionsFormats() {
  const integres = correspondancesIntegrees().filter((n) => n !== 'france-services');
  return [
    { value: 'automatique', label: 'Automatique (d’après les colonnes et les séparateurs du fichier)' },
    { value: 'v1', label: 'Standard v1.x (CSV ou JSON)' },
    { value: 'v0', label: 'Ancien standard v0.x' },
    { value: 'france-services', label: 'Liste des France Services (ANCT)' },
    ...integres.map((n) => ({ value: n, label: `Correspondance fournie : ${n}` })),
  ];
}

async function afficherFormulaire(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  valeurs: ImportFormValues,
  erreurs: FieldErrors,
  status = 200,
) {
  const imports = await derniersImports(app.deps.db, 20);
  return sendPage(
    request,
    reply,
    { title: 'Importer des lieux', breadcrumbs: [...BREADCRUMBS, { label: 'Importer des lieux' }], status },
    <ImportPage
      csrf={reply.generateCsrf()}
      formats={optionsFormats()}
      valeurs={{ format: 'automatique', ...valeurs }}
      erreurs={erreurs}
      imports={imports.map((i) => ({ ...i, ...statutImport(i.statut), date: dateFr.format(i.creeLe) }))}
      tailleMaxMo={TAILLE_MAX_MO}
    />,
  );
}

const champsSchema = z.object({
  source: z.string().optional().default(''),
  format: z.string().optional().default('automatique'),
  simulation: z.string().optional(),
  strict: z.string().optional(),
});

/** ANCT's upload page: a file of places, its report on screen and as CSV. */
export function lieuxImportRoutes(app: FastifyInstance) {
  const anct = requireRole('anct');

  app.get('/admin/lieux/import', { preHandler: anct }, async (request, reply) => {
    verifierDroit(request);
    return afficherFormulaire(app, request, reply, {}, {});
  });

  // Multipart only for the upload route: an encapsulated plugin keeps it away from every other route.
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: TAILLE_MAX_OCTETS, files: 2, fields: 10, fieldSize: 1024 },
      async onFile(part: MultipartFile & { value?: unknown }) {
        const contenu = await part.toBuffer();
        part.value = { nom: part.filename, contenu } satisfies Televersement;
      },
    });

    scope.post(
      '/admin/lieux/import',
      {
        // Before the body is read: an anonymous or non-ANCT upload is refused without buffering it.
        onRequest: anct,
        errorHandler: (error: FastifyError, request, reply) => {
          if (
            error.code === 'FST_REQ_FILE_TOO_LARGE' ||
            error.code === 'FST_FILES_LIMIT' ||
            error.statusCode === 413
          ) {
            return afficherFormulaire(
              app,
              request,
              reply,
              {},
              {
                fichier: `Le fichier dépasse ${TAILLE_MAX_MO} Mo : découpez-le en plusieurs fichiers.`,
              },
              413,
            );
          }
          if (error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || error.code === 'FST_PARTS_LIMIT') {
            return afficherFormulaire(
              app,
              request,
              reply,
              {},
              { fichier: 'Envoi du formulaire incomplet : recommencez.' },
              400,
            );
          }
          throw error;
        },
      },
      async (request, reply) => {
        verifierDroit(request);
        const body = (request.body ?? {}) as Record<string, unknown>;
        const champs = champsSchema.parse({
          source: typeof body.source === 'string' ? body.source : undefined,
          format: typeof body.format === 'string' ? body.format : undefined,
          simulation: typeof body.simulation === 'string' ? body.simulation : undefined,
          strict: typeof body.strict === 'string' ? body.strict : undefined,
        });
        const valeurs: ImportFormValues = {
          source: champs.source,
          format: champs.format,
          simulation: champs.simulation === '1',
          strict: champs.strict === '1',
        };
        const fichier = body.fichier as Televersement | undefined;
        const mapping = body.correspondance as Televersement | undefined;
        const erreurs: FieldErrors = {};
        if (!fichier?.nom || fichier.contenu.length === 0)
          erreurs.fichier = 'Choisissez un fichier CSV ou JSON non vide.';

        let format: Format | null = null;
        if (mapping?.nom && mapping.contenu.length > 0) {
          const r = formatDepuisTexte(mapping.contenu.toString('utf8'));
          if (r.ok) format = r.format;
          else erreurs.correspondance = r.message;
        } else {
          const r = optionsFormats().some((o) => o.value === champs.format)
            ? resoudreFormat(champs.format)
            : null;
          if (r?.ok) format = r.format;
          else erreurs.format = r?.ok === false ? r.message : 'Choisissez un format dans la liste.';
        }
        if (Object.keys(erreurs).length > 0 || !fichier || !format) {
          return afficherFormulaire(app, request, reply, valeurs, erreurs, 422);
        }

        const resultat = await demanderImport(contexteUtilisateur(request), {
          source: champs.source,
          format: champs.format,
          correspondance:
            mapping?.nom && mapping.contenu.length > 0 ? mapping.contenu.toString('utf8') : undefined,
          fichier,
          simulation: valeurs.simulation ?? false,
          strict: valeurs.strict ?? false,
        });
        if (!resultat.ok) {
          const e = resultat.error;
          return afficherFormulaire(
            app,
            request,
            reply,
            valeurs,
            e.fields ?? { fichier: e.message },
            e.status ?? 422,
          );
        }
        const { importId } = resultat.value;
        setFlash(reply, {
          type: 'info',
          message: `${valeurs.simulation ? 'Simulation' : 'Import'} lancé : cette page suit son avancement ; vous pouvez la quitter, il continue.`,
        });
        return reply.redirect(`/admin/lieux/import/${importId}`, 303);
      },
    );
  });

  lieuxImportSuiviRoutes(app, anct);
}

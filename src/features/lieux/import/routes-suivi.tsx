import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { tacheParId } from '../../../platform/taches/queries.ts';
import { SUIVI_TACHE_SCRIPT } from '../../../ui/components/avancement-tache.tsx';
import { RapportPage } from './pages/rapport.tsx';
import { SuiviImportPage } from './pages/suivi.tsx';
import { etatSuiviImport, presenterSuiviImport } from './presenter-suivi.ts';
import { raisonsPrincipales, rapportCsv } from './rapport.ts';
import { rapportParId } from './repo.ts';
import { annulerImport, reprendreImport } from './reprendre-import.ts';
import { BREADCRUMBS, dateFr, verifierDroit } from './routes-commun.ts';

/** An import once asked: its progress, its report (page and CSV), resuming or undoing it. */
export function lieuxImportSuiviRoutes(app: FastifyInstance, anct: preHandlerAsyncHookHandler) {
  const idParams = z.object({ id: z.uuid() });

  app.get('/admin/lieux/import/:id', { preHandler: anct }, async (request, reply) => {
    verifierDroit(request);
    const params = idParams.safeParse(request.params);
    const trouve = params.success ? await rapportParId(app.deps.db, params.data.id) : null;
    if (!trouve) return reply.callNotFound();
    const breadcrumbs = [
      ...BREADCRUMBS,
      { label: 'Importer des lieux', href: '/admin/lieux/import' },
      { label: 'Rapport' },
    ];
    if (trouve.statut !== 'termine' || !trouve.rapport) {
      const tache = trouve.tacheId ? await tacheParId(app.deps.db, trouve.tacheId) : null;
      return sendPage(
        request,
        reply,
        { title: 'Suivi de l’import', breadcrumbs, scripts: [SUIVI_TACHE_SCRIPT] },
        <SuiviImportPage
          vue={presenterSuiviImport(trouve, tache, dateFr.format(trouve.creeLe))}
          csrf={reply.generateCsrf()}
        />,
      );
    }
    return sendPage(
      request,
      reply,
      { title: 'Rapport d’import', breadcrumbs },
      <RapportPage
        id={trouve.id}
        date={dateFr.format(trouve.creeLe)}
        rapport={trouve.rapport}
        raisons={raisonsPrincipales(trouve.rapport.rejets)}
      />,
    );
  });

  app.get('/admin/lieux/import/:id/etat', { preHandler: anct }, async (request, reply) => {
    verifierDroit(request);
    const params = idParams.safeParse(request.params);
    const trouve = params.success ? await rapportParId(app.deps.db, params.data.id) : null;
    if (!trouve) return reply.callNotFound();
    const tache = trouve.tacheId ? await tacheParId(app.deps.db, trouve.tacheId) : null;
    return reply
      .header('cache-control', 'no-store')
      .send(etatSuiviImport(presenterSuiviImport(trouve, tache, '')));
  });

  app.post('/admin/lieux/import/:id/reprendre', { preHandler: anct }, async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const r = await reprendreImport(contexteUtilisateur(request), params.data.id);
    if (!r.ok && r.error.status === 404) return reply.callNotFound();
    setFlash(
      reply,
      r.ok
        ? {
            type: 'info',
            message:
              'Import relancé : il reprend son fichier ; les lignes déjà écrites seront comptées inchangées.',
          }
        : { type: 'error', message: r.error.message },
    );
    return reply.redirect(`/admin/lieux/import/${params.data.id}`, 303);
  });

  app.post('/admin/lieux/import/:id/annuler', { preHandler: anct }, async (request, reply) => {
    const params = idParams.safeParse(request.params);
    if (!params.success) return reply.callNotFound();
    const r = await annulerImport(contexteUtilisateur(request), params.data.id);
    if (!r.ok && r.error.status === 404) return reply.callNotFound();
    setFlash(
      reply,
      r.ok
        ? {
            type: 'success',
            message: `Import annulé : ${r.value.retires} lieu(x) créé(s) par lui retiré(s) du registre.`,
          }
        : { type: 'error', message: r.error.message },
    );
    return reply.redirect(`/admin/lieux/import/${params.data.id}`, 303);
  });

  app.get('/admin/lieux/import/:id/rapport.csv', { preHandler: anct }, async (request, reply) => {
    verifierDroit(request);
    const params = idParams.safeParse(request.params);
    const trouve = params.success ? await rapportParId(app.deps.db, params.data.id) : null;
    if (!trouve?.rapport) return reply.callNotFound();
    const date = trouve.creeLe.toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="rapport-import-lieux-${date}.csv"`)
      .header('cache-control', 'no-store')
      .send(rapportCsv(trouve.rapport));
  });
}

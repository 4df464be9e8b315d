import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ForbiddenError, requireRole, userActor } from '../../platform/http/guards.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { codeDepartementSchema } from '../../platform/valeurs/codes-territoriaux.ts';
import { departementsParCode } from '../territoires/index.ts';
import { CSV_BOM, ligneCsv } from './domain/csv.ts';
import { decoderCurseur, encoderCurseur } from './domain/curseur.ts';
import { type LibellesAudit, libelleAction } from './domain/libelles.ts';
import { JournalAuditPage } from './pages/journal.tsx';
import { can } from './policy.ts';
import { presenterEvenement } from './presenter.ts';
import { type FiltresAudit, rechercherEvenements } from './queries.ts';

const PAR_PAGE = 50;
const EXPORT_MAX = 100_000;
const EXPORT_LOT = 1000;

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(v)));
const texte = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || undefined)
    .optional()
    .catch(undefined);

const filtresSchema = z.object({
  acteur: texte(254),
  action: texte(100),
  entite: texte(60),
  entite_id: texte(100),
  departement: codeDepartementSchema().optional().catch(undefined),
  du: z.string().optional(),
  au: z.string().optional(),
  curseur: z.string().max(40).optional().catch(undefined),
});

/** Filters from the query string; a malformed date is reported on the page, not silently dropped. */
function lireFiltres(query: unknown) {
  const { curseur, ...raw } = filtresSchema.parse(query ?? {});
  const erreurs: Record<string, string> = {};
  const filtres: FiltresAudit = { ...raw, du: undefined, au: undefined };
  for (const key of ['du', 'au'] as const) {
    const v = raw[key]?.trim();
    if (!v) continue;
    if (date.safeParse(v).success) filtres[key] = v;
    else erreurs[key] = 'Date invalide : utilisez le format jj/mm/aaaa.';
  }
  if (filtres.du && filtres.au && filtres.du > filtres.au)
    erreurs.au = 'La date de fin précède la date de début.';
  return { filtres, erreurs, curseur: decoderCurseur(curseur) };
}

function qs(filtres: FiltresAudit, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filtres, ...extra })) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function libellesAudit(app: FastifyInstance): LibellesAudit {
  return { actions: app.deps.registry.auditActions, entites: app.deps.registry.auditEntities };
}

export function auditRoutes(app: FastifyInstance) {
  const anct = requireRole('anct');

  app.get('/admin/audit', { preHandler: anct }, async (request, reply) => {
    const actor = userActor(request);
    if (!can(actor, 'consulter', { type: 'audit', departementCode: null }))
      throw new ForbiddenError('Accès refusé');
    const { filtres, erreurs, curseur } = lireFiltres(request.query);
    const rows = await rechercherEvenements(app.deps.db, filtres, { avant: curseur, limite: PAR_PAGE + 1 });
    const page = rows.slice(0, PAR_PAGE);
    const last = page.at(-1);
    const hasErrors = Object.keys(erreurs).length > 0;
    return sendPage(
      request,
      reply,
      {
        title: 'Journal d’audit',
        breadcrumbs: [{ label: 'Journal d’audit' }],
        status: hasErrors ? 400 : 200,
      },
      <JournalAuditPage
        filtres={filtres}
        erreurs={erreurs}
        evenements={page.map((e) => presenterEvenement(e, libellesAudit(app)))}
        libelles={libellesAudit(app)}
        departements={await departementsParCode(app.deps.db)}
        suivante={
          rows.length > PAR_PAGE && last
            ? `/admin/audit${qs(filtres, { curseur: encoderCurseur(last.id) })}`
            : null
        }
        premiere={curseur ? `/admin/audit${qs(filtres)}` : null}
        exportCsv={
          can(actor, 'exporter', { type: 'audit', departementCode: null })
            ? `/admin/audit/export.csv${qs(filtres)}`
            : null
        }
      />,
    );
  });

  app.get('/admin/audit/export.csv', { preHandler: anct }, async (request, reply) => {
    const actor = userActor(request);
    if (!can(actor, 'exporter', { type: 'audit', departementCode: null }))
      throw new ForbiddenError('Accès refusé');
    const { filtres } = lireFiltres(request.query);
    const db = app.deps.db;
    async function* lignes() {
      yield CSV_BOM;
      yield ligneCsv([
        'id',
        'date',
        'auteur',
        'role_auteur',
        'action',
        'libelle_action',
        'type_entite',
        'id_entite',
        'departement',
        'structure',
        'ip',
        'details',
      ]);
      let avant: number | null = null;
      let total = 0;
      while (total < EXPORT_MAX) {
        const lot = await rechercherEvenements(db, filtres, { avant, limite: EXPORT_LOT });
        for (const e of lot) {
          yield ligneCsv([
            e.id,
            e.survenuLe,
            e.acteurEmail,
            e.acteurRole,
            e.action,
            libelleAction(e.action, app.deps.registry.auditActions),
            e.entiteType,
            e.entiteId,
            e.departementCode,
            e.structureId,
            e.ip,
            e.details,
          ]);
        }
        total += lot.length;
        if (lot.length < EXPORT_LOT) break;
        avant = lot.at(-1)!.id;
      }
    }
    const stamp = app.deps.now().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="journal-audit-${stamp}.csv"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(lignes()));
  });
}

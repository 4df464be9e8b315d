import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { STATUTS_CONVENTION } from '../domain/types.ts';
import { conventionsNationales, LIGNES_PAR_PAGE } from '../lecture/anct.ts';
import { corps, echec, FILTRE_DEPARTEMENT, FILTRE_PAGE, param, requete, succes } from '../outils-http.tsx';
import { dateHeure, euros, nombre } from '../presenters/format.ts';
import { statutConvention } from '../presenters/statuts.ts';
import { listeDepartements } from '../programme/lecture-departement.ts';
import { ConventionsAnctPage } from './pages/anct-conventions.tsx';
import { resilierConvention } from './resilier-convention.ts';
import { signerConvention } from './signer-convention.ts';

const ANCT = { preHandler: requireRole('anct') };

/** ANCT's national list of conventions: validation of the signature, termination. */
export function recrutementPagesConventionsAnct(app: FastifyInstance) {
  const db = app.deps.db;

  app.get('/anct/conventions', ANCT, async (request, reply) => {
    const f = z
      .object({
        statut: z.enum(STATUTS_CONVENTION).optional().catch(undefined),
        departement: FILTRE_DEPARTEMENT,
        page: FILTRE_PAGE,
      })
      .parse(request.query ?? {});
    const [{ total, montant, rows }, departements] = await Promise.all([
      conventionsNationales(db, f),
      listeDepartements(db),
    ]);
    const pages = Math.max(1, Math.ceil(total / LIGNES_PAR_PAGE));
    return sendPage(
      request,
      reply,
      { title: 'Conventions de financement', breadcrumbs: [{ label: 'Conventions' }] },
      <ConventionsAnctPage
        csrf={reply.generateCsrf()}
        filtres={f}
        departements={departements}
        conventions={rows.map((c) => ({
          id: c.id,
          numero: c.numero,
          structure: c.structureNom,
          candidatureId: c.candidatureId,
          departement: c.departementCode,
          statut: statutConvention(c.statut),
          postes: nombre(c.postes),
          montant: euros(Number(c.montantEur)),
          duree: `${c.dureeMois} mois`,
          signeeDeposee: c.signee,
          signeeLe: c.signeeLe ? dateHeure(c.signeeLe) : null,
          aSigner: c.statut === 'A_SIGNER',
          resiliable: c.statut !== 'RESILIEE',
        }))}
        total={total}
        montant={euros(montant)}
        page={f.page}
        pages={pages}
        href={(n) => `/anct/conventions?${requete({ ...f, page: n })}`}
      />,
    );
  });

  app.post('/anct/conventions/:id/signature', ANCT, async (request, reply) => {
    const r = await signerConvention(contexteUtilisateur(request), param(request, 'id'), null);
    if (!r.ok) return echec(request, reply, r.error, '/anct/conventions');
    return succes(reply, 'La signature de la convention est validée.', '/anct/conventions');
  });

  app.post('/anct/conventions/:id/resiliation', ANCT, async (request, reply) => {
    const r = await resilierConvention(
      contexteUtilisateur(request),
      param(request, 'id'),
      corps(request).motif ?? '',
    );
    if (!r.ok) return echec(request, reply, r.error, '/anct/conventions');
    return succes(reply, 'La convention est résiliée.', '/anct/conventions');
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { STATUTS_CONVENTION } from '../domain/types.ts';
import { conventionsNationales, LIGNES_PAR_PAGE } from '../lecture/anct.ts';
import { corps, echec, FILTRE_DEPARTEMENT, FILTRE_PAGE, param, requete, succes } from '../outils-http.tsx';
import { can } from '../policy.ts';
import { dateHeure, euros, nombre } from '../presenters/format.ts';
import { statutConvention } from '../presenters/statuts.ts';
import { listeDepartements } from '../programme/lecture-departement.ts';
import { ConventionsAnctPage } from './pages/anct-conventions.tsx';
import { VerificationConventionPage } from './pages/anct-verification.tsx';
import { chargerConvention, ressourceConvention } from './repo.ts';
import { resilierConvention } from './resilier-convention.ts';
import { verifierSignature } from './verifier-signature.ts';

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
          aVerifier: c.statut === 'SIGNATURE_A_VERIFIER',
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

  async function pageVerification(
    request: FastifyRequest,
    reply: FastifyReply,
    erreur?: { message: string; motif: string },
  ) {
    const c = await chargerConvention(db, param(request, 'id'));
    if (!c || !can(userActor(request), 'voir', ressourceConvention(c)))
      return repondreIntrouvable(request, reply);
    return sendPage(
      request,
      reply,
      {
        title: `${erreur ? 'Erreur — ' : ''}Convention ${c.numero}`,
        status: erreur ? 422 : 200,
        breadcrumbs: [{ label: 'Conventions', href: '/anct/conventions' }, { label: c.numero }],
      },
      <VerificationConventionPage
        csrf={reply.generateCsrf()}
        erreur={erreur?.message}
        motif={erreur?.motif}
        convention={{
          id: c.id,
          numero: c.numero,
          structure: c.structureNom,
          candidatureId: c.candidatureId,
          departement: c.departementCode,
          statut: statutConvention(c.statut),
          postes: nombre(c.postes),
          montant: euros(Number(c.montantEur)),
          duree: `${c.dureeMois} mois`,
          deposeeLe: c.signatureDeposeeLe ? dateHeure(c.signatureDeposeeLe) : null,
          signeeLe: c.signeeLe ? dateHeure(c.signeeLe) : null,
          motifRenvoi: c.motifRenvoi,
          aVerifier: c.statut === 'SIGNATURE_A_VERIFIER',
          signeeDeposee: c.fichierSigneId !== null,
        }}
      />,
    );
  }

  app.get('/anct/conventions/:id', ANCT, (request, reply) => pageVerification(request, reply));

  app.post('/anct/conventions/:id/signature', ANCT, async (request, reply) => {
    const r = await verifierSignature(contexteUtilisateur(request), param(request, 'id'), {
      decision: 'valider',
    });
    if (!r.ok) return echec(request, reply, r.error, '/anct/conventions');
    return succes(
      reply,
      'La signature de la convention est validée : la structure en est informée.',
      '/anct/conventions?statut=SIGNATURE_A_VERIFIER',
    );
  });

  app.post('/anct/conventions/:id/renvoi', ANCT, async (request, reply) => {
    const motif = corps(request).motif ?? '';
    const r = await verifierSignature(contexteUtilisateur(request), param(request, 'id'), {
      decision: 'renvoyer',
      motif,
    });
    if (!r.ok) {
      if (r.error.code === 'motif_invalide')
        return pageVerification(request, reply, { message: r.error.message, motif });
      return echec(request, reply, r.error, '/anct/conventions');
    }
    return succes(
      reply,
      'La convention signée est renvoyée à la structure avec votre motif.',
      '/anct/conventions?statut=SIGNATURE_A_VERIFIER',
    );
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

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { candidaturesStructures, decisionsCoselec, sessionsCoselec } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { categorieEmployeur, isStructureType } from '../../structures/index.ts';
import { type ConventionGeneree, genererConvention } from '../conventions/generer-convention.ts';
import { verifierQuotaEtEnveloppe } from '../domain/budget.ts';
import { financementParPoste } from '../domain/parametres.ts';
import type { AvisCoselec, StatutCandidatureStructure } from '../domain/types.ts';
import { envoyer, mailConventionPrete, mailDecision } from '../emails.ts';
import { apparierApres } from '../mises-en-relation/apparier.ts';
import { can } from '../policy.ts';
import { verrouillerParametres } from '../programme/repo.ts';
import {
  chargerCandidature,
  postesAttribuesCandidature,
  postesOccupesStructure,
  totauxNationaux,
} from '../repo.ts';
import { type ChoixComite, calculerDecision } from './domain/decision.ts';
import { CANDIDATURE_INTROUVABLE } from './modifier-candidature-structure.ts';

const postes = z.coerce
  .number({ error: 'Indiquez un nombre de postes.' })
  .int('Le nombre de postes est un nombre entier.');

export const decisionSchema = z.object({
  sessionId: z.uuid('Choisissez la session du comité.'),
  choix: z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('positif'), postes }),
      z.object({ type: z.literal('negatif') }),
      z.object({ type: z.literal('examen_complementaire') }),
      z.object({ type: z.literal('ajout'), postes }),
      z.object({ type: z.literal('retrait'), postes }),
    ],
    {
      error: 'Choisissez la décision : positif, négatif, examen complémentaire, ajout ou retrait de postes.',
    },
  ),
  dureeMois: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.coerce.number().int().optional(),
  ),
  commentaire: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.string().trim().max(1000, 'Le commentaire : 1 000 caractères au plus.').optional(),
  ),
});

export interface DecisionEnregistree {
  id: string;
  avis: AvisCoselec;
  postes: number;
  montantEur: number;
  statut: StatutCandidatureStructure;
  convention: ConventionGeneree | null;
}

/** What one recorded decision leaves to do once its transaction commits. */
export interface DecisionDansTransaction {
  decision: DecisionEnregistree;
  mails: Parameters<typeof envoyer>[1];
  /** The structure whose new open posts call for matching, if any. */
  aApparier: string | null;
}

type DecisionSaisie = z.infer<typeof decisionSchema>;

/**
 * One committee decision inside the caller's transaction (single decision or a session worksheet).
 * The programme row is locked for the whole transaction: the national quota and the envelope are
 * checked against totals no other decision can change meanwhile (ADR 009).
 */
export async function enregistrerDecision(
  tx: ContexteUtilisateur,
  candidatureId: string,
  d: DecisionSaisie,
): Promise<Result<DecisionDansTransaction>> {
  const c0 = await chargerCandidature(tx.db, candidatureId);
  const resource = c0 && {
    type: 'candidature-structure' as const,
    structureId: c0.structureId,
    departementCode: c0.departementCode,
  };
  if (!c0 || !resource || !can(tx.actor, 'voir', resource))
    return fail('introuvable', CANDIDATURE_INTROUVABLE, 404);
  if (!can(tx.actor, 'decider', resource))
    return fail('acces_refuse', 'Seule l’ANCT enregistre les décisions du comité.', 403);

  const params = await verrouillerParametres(tx.db);
  const c = (await chargerCandidature(tx.db, candidatureId, { verrou: true }))!;
  const [session] = await tx.db.select().from(sessionsCoselec).where(eq(sessionsCoselec.id, d.sessionId));
  if (!session)
    return fail('session_inconnue', 'Session du comité inconnue.', 404, {
      sessionId: 'Session du comité inconnue.',
    });
  if (!isStructureType(c.structureType)) throw new Error(`type de structure inconnu : ${c.structureType}`);

  const parPoste = financementParPoste(params, categorieEmployeur(c.structureType));
  const decision = calculerDecision(
    {
      statut: c.statut as StatutCandidatureStructure,
      postesAttribues: await postesAttribuesCandidature(tx.db, c.id),
      postesOccupes: await postesOccupesStructure(tx.db, c.structureId),
    },
    d.choix as ChoixComite,
    parPoste,
  );
  if (!decision.ok) return decision;
  const budget = verifierQuotaEtEnveloppe(params, await totauxNationaux(tx.db), decision.value);
  if (!budget.ok) return budget;

  const [row] = await tx.db
    .insert(decisionsCoselec)
    .values({
      sessionId: session.id,
      candidatureId: c.id,
      nature: decision.value.nature,
      avis: decision.value.avis,
      postes: decision.value.postes,
      financementParPosteEur: decision.value.financementParPosteEur,
      montantEur: decision.value.montantEur,
      commentaire: d.commentaire ?? null,
      decidePar: tx.actor.userId,
      creeLe: tx.now,
    })
    .returning({ id: decisionsCoselec.id });
  await tx.db
    .update(candidaturesStructures)
    .set({ statut: decision.value.statut, modifieLe: tx.now })
    .where(eq(candidaturesStructures.id, c.id));

  let convention: ConventionGeneree | null = null;
  if (decision.value.postes > 0) {
    const g = await genererConvention(tx, {
      params,
      candidatureId: c.id,
      structureId: c.structureId,
      decisionId: row!.id,
      postes: decision.value.postes,
      dureeMois: d.dureeMois ?? Math.max(...params.dureesContratMois),
      session: { numero: session.numero, date: session.date },
    });
    if (!g.ok) return g;
    convention = g.value;
  }
  await recordAudit(tx.db, {
    actor: tx.actor,
    action: 'decision_coselec.enregistree',
    entityType: 'candidature_structure',
    entityId: c.id,
    departementCode: c.departementCode,
    structureId: c.structureId,
    ip: tx.ip,
    details: {
      session: session.numero,
      nature: decision.value.nature,
      avis: decision.value.avis,
      postes: decision.value.postes,
      montantEur: decision.value.montantEur,
      statut: { de: c.statut, vers: decision.value.statut },
      totaux: budget.value,
      convention: convention?.numero ?? null,
    },
  });
  const to = c.contactEmail ?? '';
  const mails = [
    mailDecision(tx.config.baseUrl, {
      to,
      structure: c.structureNom,
      avis: decision.value.avis,
      postes: decision.value.postes,
      session: session.numero,
    }),
    convention
      ? mailConventionPrete(tx.config.baseUrl, {
          to,
          structure: c.structureNom,
          numero: convention.numero,
          postes: convention.postes,
          montantEur: convention.montantEur,
        })
      : null,
  ];
  return ok({
    decision: {
      id: row!.id,
      avis: decision.value.avis,
      postes: decision.value.postes,
      montantEur: decision.value.montantEur,
      statut: decision.value.statut,
      convention,
    },
    mails,
    // New open posts: propose candidates now rather than at night.
    aApparier:
      decision.value.postes > 0 && decision.value.statut === 'VALIDATION_COSELEC' ? c.structureId : null,
  });
}

/** ANCT records the committee's decision on one application. */
export async function decider(
  ctx: ContexteUtilisateur,
  candidatureId: string,
  input: unknown,
): Promise<Result<DecisionEnregistree>> {
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const r = await inTransaction(ctx, (tx) =>
    enregistrerDecision({ ...tx, actor: ctx.actor }, candidatureId, parsed.data),
  );
  if (!r.ok) return r;
  await envoyer(ctx, r.value.mails);
  if (r.value.aApparier) await apparierApres(ctx, { structureIds: [r.value.aApparier] });
  return ok(r.value.decision);
}

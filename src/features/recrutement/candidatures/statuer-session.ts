import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { sessionsCoselec } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import {
  estDans,
  STATUT_CANDIDATURE_STRUCTURE_LABELS,
  STATUTS_CANDIDATURE_STRUCTURE,
} from '../domain/types.ts';
import { envoyer } from '../emails.ts';
import { apparierApres } from '../mises-en-relation/apparier.ts';
import { can } from '../policy.ts';
import { verrouillerParametres } from '../programme/repo.ts';
import { chargerCandidature } from '../repo.ts';
import { type DecisionDansTransaction, enregistrerDecision } from './decider.ts';
import { POSTES_MAX_PAR_DECISION } from './domain/decision.ts';
import { STATUTS_A_STATUER } from './lecture-comite.ts';

/** The decisions a session worksheet records (amendments stay on each application's page). */
export const CHOIX_FEUILLE = ['positif', 'negatif', 'examen_complementaire'] as const;

/** One worksheet row as posted: an empty choice leaves the application for a later session. */
export interface LigneFeuille {
  candidatureId: string;
  choix?: string | undefined;
  postes?: string | undefined;
  commentaire?: string | undefined;
}

export const LIGNES_MAX_FEUILLE = 300;

const postesSchema = z.coerce
  .number({ error: `Indiquez un nombre de postes entre 1 et ${POSTES_MAX_PAR_DECISION}.` })
  .int(`Indiquez un nombre entier de postes entre 1 et ${POSTES_MAX_PAR_DECISION}.`)
  .min(1, `Indiquez un nombre de postes entre 1 et ${POSTES_MAX_PAR_DECISION}.`)
  .max(POSTES_MAX_PAR_DECISION, `Indiquez un nombre de postes entre 1 et ${POSTES_MAX_PAR_DECISION}.`);

const dureeSchema = z.preprocess(
  (v) => (v === '' || v === null ? undefined : v),
  z.coerce.number({ error: 'La durée des conventions est un nombre de mois.' }).int().optional(),
);

/** Field names of one row, shared with the worksheet page so that the error summary links to them. */
export const champLigne = (champ: 'choix' | 'postes' | 'commentaire', candidatureId: string) =>
  `${champ}_${candidatureId}`;

export interface FeuilleEnregistree {
  decisions: number;
  postes: number;
  conventions: number;
}

type Saisie =
  | {
      ok: true;
      candidatureId: string;
      choix: { type: 'positif'; postes: number } | { type: 'negatif' } | { type: 'examen_complementaire' };
      commentaire?: string;
    }
  | { ok: false; erreurs: Record<string, string> };

/** One posted row, checked field by field in the sheet's order (decision, posts, comment). */
function lireLigne(l: LigneFeuille, nom: string): Saisie | null {
  const choix = l.choix?.trim() ?? '';
  if (choix === '') return null;
  const erreurs: Record<string, string> = {};
  const connu = (CHOIX_FEUILLE as readonly string[]).includes(choix);
  if (!connu)
    erreurs[champLigne('choix', l.candidatureId)] =
      `${nom} : choisissez un avis positif, négatif ou un examen complémentaire.`;
  const p = choix === 'positif' ? postesSchema.safeParse(l.postes?.trim() || undefined) : null;
  if (p && !p.success)
    erreurs[champLigne('postes', l.candidatureId)] =
      `${nom} : ${p.error.issues[0]?.message ?? 'nombre de postes invalide.'}`;
  const commentaire = l.commentaire?.trim() || undefined;
  if (commentaire && commentaire.length > 1000)
    erreurs[champLigne('commentaire', l.candidatureId)] =
      `${nom} : le commentaire compte 1 000 caractères au plus.`;
  if (Object.keys(erreurs).length > 0) return { ok: false, erreurs };
  return {
    ok: true,
    candidatureId: l.candidatureId,
    choix:
      p?.success === true
        ? { type: 'positif', postes: p.data }
        : { type: choix as 'negatif' | 'examen_complementaire' },
    ...(commentaire ? { commentaire } : {}),
  };
}

/**
 * ANCT records every decision of a session from its worksheet, all or nothing: one transaction holds
 * the programme lock (ADR 009) for the whole sheet, each row is checked against the totals the rows
 * above it already changed, and one faulty row leaves nothing written. Each faulty row is reported
 * under its own fields, in the sheet's order.
 */
export async function statuerSession(
  ctx: ContexteUtilisateur,
  sessionId: string,
  input: { lignes: LigneFeuille[]; dureeMois?: unknown },
): Promise<Result<FeuilleEnregistree>> {
  if (!can(ctx.actor, 'gerer_sessions', { type: 'programme' }))
    return fail('acces_refuse', 'Seule l’ANCT enregistre les décisions du comité.', 403);
  if (input.lignes.length > LIGNES_MAX_FEUILLE)
    return fail('feuille_trop_longue', `Une feuille compte ${LIGNES_MAX_FEUILLE} lignes au plus.`, 413);
  const duree = dureeSchema.safeParse(input.dureeMois);
  if (!duree.success)
    return fail('champs_invalides', 'La durée des conventions est un nombre de mois.', 422, {
      dureeMois: 'La durée des conventions est un nombre de mois.',
    });

  const faits: DecisionDansTransaction[] = [];
  const r = await inTransaction(ctx, async (tx0) => {
    const tx = { ...tx0, actor: ctx.actor };
    const [session] = await tx.db.select().from(sessionsCoselec).where(eq(sessionsCoselec.id, sessionId));
    if (!session) return fail('session_inconnue', 'Session du comité inconnue.', 404);
    // The programme lock first: two sheets filled at once are recorded one after the other, so a row
    // decided by the other sheet meanwhile is refused below instead of becoming an amendment.
    await verrouillerParametres(tx.db);
    const erreurs: Record<string, string> = {};
    const vues = new Set<string>();
    for (const l of input.lignes) {
      if (vues.has(l.candidatureId)) continue;
      vues.add(l.candidatureId);
      const c = await chargerCandidature(tx.db, l.candidatureId);
      const nom = c?.structureNom ?? 'Candidature inconnue';
      const saisie = lireLigne(l, nom);
      if (!saisie) continue;
      if (!saisie.ok) {
        Object.assign(erreurs, saisie.erreurs);
        continue;
      }
      if (c && !(STATUTS_A_STATUER as readonly string[]).includes(c.statut)) {
        erreurs[champLigne('choix', l.candidatureId)] =
          `${nom} : le comité a déjà statué sur cette candidature (« ${estDans(STATUTS_CANDIDATURE_STRUCTURE, c.statut) ? STATUT_CANDIDATURE_STRUCTURE_LABELS[c.statut] : c.statut} ») ; ` +
          'rechargez la feuille de séance.';
        continue;
      }
      // A savepoint per row: a refused row undoes only its own writes, and the next rows are still checked.
      const d = await inTransaction(tx, (sp) =>
        enregistrerDecision({ ...sp, actor: ctx.actor }, saisie.candidatureId, {
          sessionId: session.id,
          choix: saisie.choix,
          dureeMois: duree.data,
          commentaire: saisie.commentaire,
        }),
      );
      if (d.ok) faits.push(d.value);
      else {
        const champ = d.error.fields?.postes ? 'postes' : 'choix';
        erreurs[champLigne(champ, l.candidatureId)] = `${nom} : ${d.error.fields?.postes ?? d.error.message}`;
      }
    }
    const n = Object.keys(erreurs).length;
    if (n > 0) {
      faits.length = 0;
      return fail(
        'feuille_invalide',
        n === 1
          ? 'Une ligne de la feuille est à corriger : aucune décision n’a été enregistrée.'
          : `${n} lignes de la feuille sont à corriger : aucune décision n’a été enregistrée.`,
        422,
        erreurs,
      );
    }
    if (faits.length === 0)
      return fail('feuille_vide', 'Choisissez la décision d’au moins une candidature.', 422);
    const bilan = {
      decisions: faits.length,
      postes: faits.reduce((s, f) => s + f.decision.postes, 0),
      conventions: faits.filter((f) => f.decision.convention).length,
    };
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'session_coselec.feuille_enregistree',
      entityType: 'session_coselec',
      entityId: session.id,
      ip: tx.ip,
      details: { numero: session.numero, ...bilan },
    });
    return ok(bilan);
  });
  if (!r.ok) return r;
  await envoyer(
    ctx,
    faits.flatMap((f) => f.mails),
  );
  const aApparier = [...new Set(faits.map((f) => f.aApparier).filter((s): s is string => s !== null))];
  if (aApparier.length > 0) await apparierApres(ctx, { structureIds: aApparier });
  return r;
}

import { and, eq } from 'drizzle-orm';
import { accompagnements, activitePassCheques } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { peutActivite } from '../policies/activite.ts';
import { CHEQUES_MAX, type ChequeSaisi } from './domain.ts';
import { peutPass } from './policy.ts';
import { activitePourCheques, structureAccepte } from './repo.ts';
import { verifierCheque } from './verifier-cheque.ts';

export interface ChequesUtilises {
  activiteId: string;
  accompagnementId?: string | null;
  cheques: ChequeSaisi[];
}

/**
 * Records the cheques used in one activity, all or none. Joins the caller's transaction (the activity
 * being recorded, the API), so a refused cheque undoes the activity too when the caller so decides.
 * A person records for their own activities; an API token for its structure's; the system for any.
 */
export async function enregistrerChequesUtilises(
  ctx: UseCaseContext,
  entree: ChequesUtilises,
): Promise<Result<{ ids: string[] }>> {
  if (entree.cheques.length === 0) return ok({ ids: [] });
  if (entree.cheques.length > CHEQUES_MAX)
    return fail('cheques_trop_nombreux', `Une activité porte au plus ${CHEQUES_MAX} chèques.`, 422);
  try {
    return await inTransaction(ctx, (tx) => enregistrer(tx, entree));
  } catch (erreur) {
    // Two structures racing for one number: the unique index decides, the loser gets a clear refusal.
    if (
      (erreur as { code?: string; cause?: { code?: string } }).code === '23505' ||
      (erreur as { cause?: { code?: string } }).cause?.code === '23505'
    )
      return fail(
        'cheque_deja_utilise',
        'Un de ces chèques vient d’être utilisé : un chèque ne sert qu’une fois.',
        409,
      );
    throw erreur;
  }
}

async function enregistrer(tx: UseCaseContext, entree: ChequesUtilises): Promise<Result<{ ids: string[] }>> {
  const activite = await activitePourCheques(tx.db, entree.activiteId);
  const acteur = tx.actor;
  const introuvable = fail('activite_introuvable', 'Cette activité n’est pas une de vos activités.', 404, {
    activite: 'Choisissez une de vos activités.',
  });
  if (!activite) return introuvable;
  if (acteur?.kind === 'user') {
    if (
      !peutPass(acteur, 'enregistrer') ||
      !peutActivite(acteur, 'modifier', {
        type: 'activite',
        structureId: activite.structureId,
        conseillerId: activite.conseillerId,
      })
    )
      return introuvable;
  } else if (acteur?.kind === 'api' && acteur.structureId !== activite.structureId) return introuvable;

  if (!(await structureAccepte(tx.db, activite.structureId)))
    return fail(
      'pass_non_accepte',
      'Votre structure n’accepte pas le pass numérique : le gestionnaire de la structure peut l’activer dans les paramètres du pass numérique.',
      422,
    );

  if (entree.accompagnementId) {
    const [a] = await tx.db
      .select({ id: accompagnements.id })
      .from(accompagnements)
      .where(
        and(eq(accompagnements.id, entree.accompagnementId), eq(accompagnements.activiteId, activite.id)),
      );
    if (!a)
      return fail('accompagnement_introuvable', 'Cet accompagnement n’appartient pas à cette activité.', 422);
  }

  const valides: ChequeSaisi[] = [];
  const vus = new Set<string>();
  for (const [i, c] of entree.cheques.entries()) {
    const r = await verifierCheque(tx.db, c, activite.date);
    if (!r.ok) return prefixer(r.error, entree.cheques.length > 1 ? i : null);
    if (vus.has(r.value.numero))
      return fail('cheque_en_double', `Le chèque n° ${r.value.numero} est indiqué deux fois.`, 422, {
        numero: `Le chèque n° ${r.value.numero} est indiqué deux fois.`,
      });
    vus.add(r.value.numero);
    valides.push(r.value);
  }

  const ecrits = await tx.db
    .insert(activitePassCheques)
    .values(
      valides.map((c) => ({
        numero: c.numero,
        emetteur: c.emetteur,
        valeurCentimes: c.valeurCentimes,
        valableJusquau: c.valableJusquau,
        structureId: activite.structureId,
        activiteId: activite.id,
        accompagnementId: entree.accompagnementId ?? null,
        dateActivite: activite.date,
        enregistrePar: acteur?.kind === 'user' ? acteur.userId : null,
        enregistreLe: tx.now,
      })),
    )
    .returning({ id: activitePassCheques.id });
  await recordAudit(tx.db, {
    actor: acteur,
    action: 'activite.pass.cheques',
    entityType: 'activite',
    entityId: activite.id,
    structureId: activite.structureId,
    departementCode: activite.departementCode,
    ip: tx.ip,
    details: {
      cheques: valides.length,
      valeurCentimes: valides.reduce((s, c) => s + c.valeurCentimes, 0),
    },
  });
  return ok({ ids: ecrits.map((e) => e.id) });
}

function prefixer(
  e: { code: string; message: string; status?: number; fields?: Record<string, string> },
  i: number | null,
) {
  const fields =
    e.fields && i !== null
      ? Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`cheques.${i}.${k}`, v]))
      : e.fields;
  return fail(e.code, i !== null ? `Chèque ${i + 1} : ${e.message}` : e.message, e.status ?? 422, fields);
}

import { and, eq, or, sql } from 'drizzle-orm';
import { ateliersInscriptions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { courriel, envoyer, lieuDe } from './courriels.ts';
import { placesRestantes } from './domain/atelier.ts';
import { type ValeursInscription, verifierInscription } from './domain/inscription.ts';
import { confirmees } from './places.ts';
import { type InscriptionLigne, verrouillerAtelier } from './repo.ts';

/**
 * What the public is told. A registration already made with this address or number gives the answer a
 * new one would get (no one learns who is registered) and takes no second seat; the owner of the
 * address is told the truth by e-mail.
 */
export type ReponseInscription = 'confirmee' | 'attente';

/**
 * A registration without an account. The seats are counted under a lock of the workshop row, so the
 * last seat cannot be given twice: the next registrants go on the waiting list.
 */
export async function inscrire(
  ctx: UseCaseContext,
  atelierId: string,
  valeurs: ValeursInscription,
): Promise<Result<{ reponse: ReponseInscription }> | { ok: false; erreurs: Record<string, string> }> {
  const v = verifierInscription(valeurs);
  if (!v.ok) return v;
  const s = v.saisie;
  let mail: { sorte: 'confirmee' | 'attente' | 'deja'; inscription: InscriptionLigne } | null = null;
  const r = await inTransaction(ctx, async (tx) => {
    const atelier = await verrouillerAtelier(tx.db, atelierId);
    if (!atelier) return fail('atelier_introuvable', 'Cet atelier n’existe pas.', 404);
    if (atelier.statut !== 'publie') return fail('atelier_annule', 'Cet atelier est annulé.', 409);
    if (!atelier.inscriptionRequise)
      return fail('sans_inscription', 'Cet atelier est en accès libre : venez sans vous inscrire.', 409);
    if (atelier.debut.getTime() <= tx.now.getTime())
      return fail('atelier_commence', 'Cet atelier a déjà commencé : les inscriptions sont closes.', 409);
    const memes = [
      ...(s.courriel ? [eq(ateliersInscriptions.courriel, s.courriel)] : []),
      ...(s.telephone ? [eq(ateliersInscriptions.telephone, s.telephone)] : []),
    ];
    const [existante] = await tx.db
      .select()
      .from(ateliersInscriptions)
      .where(
        and(
          eq(ateliersInscriptions.atelierId, atelier.id),
          sql`${ateliersInscriptions.statut} <> 'annulee'`,
          or(...memes),
        ),
      )
      .limit(1);
    const libre = placesRestantes(atelier.capacite, await confirmees(tx.db, atelier.id)) > 0;
    if (existante) {
      // The answer a new registrant would get now: nothing tells whether this person was registered.
      mail = { sorte: 'deja', inscription: existante };
      return ok({ reponse: (libre ? 'confirmee' : 'attente') as ReponseInscription, atelier });
    }
    const [rang] = libre
      ? [null]
      : await tx.db
          .select({ n: sql<number>`coalesce(max(${ateliersInscriptions.rangAttente}), 0)::int + 1` })
          .from(ateliersInscriptions)
          .where(
            and(eq(ateliersInscriptions.atelierId, atelier.id), eq(ateliersInscriptions.statut, 'attente')),
          );
    const [inscription] = await tx.db
      .insert(ateliersInscriptions)
      .values({
        atelierId: atelier.id,
        prenom: s.prenom,
        nom: s.nom,
        courriel: s.courriel,
        telephone: s.telephone,
        consentementLe: tx.now,
        statut: libre ? 'confirmee' : 'attente',
        rangAttente: rang ? rang.n : null,
        creeLe: tx.now,
      })
      .returning();
    await recordAudit(tx.db, {
      actor: null,
      action: 'atelier.inscription',
      entityType: 'atelier',
      entityId: atelier.id,
      departementCode: atelier.departementCode,
      structureId: atelier.structureId,
      ip: tx.ip,
      details: { inscriptionId: inscription!.id, statut: inscription!.statut },
    });
    mail = { sorte: libre ? 'confirmee' : 'attente', inscription: inscription! };
    return ok({ reponse: (libre ? 'confirmee' : 'attente') as ReponseInscription, atelier });
  });
  if (!r.ok) return r;
  const m = mail as { sorte: 'confirmee' | 'attente' | 'deja'; inscription: InscriptionLigne } | null;
  if (m)
    await envoyer(ctx, [
      courriel(ctx, m.sorte, r.value.atelier, await lieuDe(ctx, r.value.atelier), m.inscription),
    ]);
  return ok({ reponse: r.value.reponse });
}

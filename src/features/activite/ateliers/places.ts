import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ateliersInscriptions } from '../../../db/schema/index.ts';
import { aPromouvoir } from './domain/atelier.ts';
import type { AtelierLigne, InscriptionLigne } from './repo.ts';

/** Confirmed registrations of a workshop; call under the workshop's lock. */
export async function confirmees(db: Db, atelierId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ateliersInscriptions)
    .where(and(eq(ateliersInscriptions.atelierId, atelierId), eq(ateliersInscriptions.statut, 'confirmee')));
  return r?.n ?? 0;
}

/**
 * Gives the free seats to the waiting list, first come first served; call under the workshop's lock
 * (`verrouillerAtelier`) in the transaction that freed the seats. Returns the registrations confirmed.
 */
export async function promouvoir(db: Db, atelier: AtelierLigne): Promise<InscriptionLigne[]> {
  if (atelier.statut !== 'publie') return [];
  const attente = await db
    .select()
    .from(ateliersInscriptions)
    .where(and(eq(ateliersInscriptions.atelierId, atelier.id), eq(ateliersInscriptions.statut, 'attente')))
    .orderBy(asc(ateliersInscriptions.rangAttente), asc(ateliersInscriptions.creeLe));
  const n = aPromouvoir(atelier.capacite, await confirmees(db, atelier.id), attente.length);
  if (n === 0) return [];
  const elus = attente.slice(0, n);
  return db
    .update(ateliersInscriptions)
    .set({ statut: 'confirmee', rangAttente: null })
    .where(
      inArray(
        ateliersInscriptions.id,
        elus.map((e) => e.id),
      ),
    )
    .returning();
}

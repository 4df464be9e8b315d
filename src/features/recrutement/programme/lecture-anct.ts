import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { evenementsAudit, parametresProgramme, utilisateurs } from '../../../db/schema/index.ts';

/** Read side of ANCT's programme settings page. */

/** Who last changed the programme's figures, and when. */
export async function derniereModificationParametres(db: Db) {
  const [row] = await db
    .select({ le: parametresProgramme.modifieLe, prenom: utilisateurs.prenom, nom: utilisateurs.nom })
    .from(parametresProgramme)
    .leftJoin(utilisateurs, eq(utilisateurs.id, parametresProgramme.modifiePar));
  return row ?? null;
}

/** The audit trail of the programme's parameters and milestones (newest first). */
export async function historiqueProgramme(db: Db, limite = 10) {
  return db
    .select({
      action: evenementsAudit.action,
      acteur: evenementsAudit.acteurEmail,
      details: evenementsAudit.details,
      le: evenementsAudit.survenuLe,
    })
    .from(evenementsAudit)
    .where(
      and(eq(evenementsAudit.entiteType, 'programme'), sql`${evenementsAudit.action} like 'programme.%'`),
    )
    .orderBy(desc(evenementsAudit.survenuLe))
    .limit(limite);
}

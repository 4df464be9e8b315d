import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { sessionsCoselec } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { can } from '../policy.ts';
import { dateIso } from '../schemas.ts';

export const sessionSchema = z.object({
  numero: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.coerce.number().int('Le numéro est un nombre entier.').min(1, 'Le numéro commence à 1.').optional(),
  ),
  date: dateIso('la date de la session'),
});

/** ANCT opens a committee session; without a number, the next one is taken. */
export async function creerSessionCoselec(
  ctx: ContexteUtilisateur,
  input: unknown,
): Promise<Result<{ id: string; numero: number; date: string }>> {
  if (!can(ctx.actor, 'gerer_sessions', { type: 'programme' })) {
    return fail('acces_refuse', 'Seule l’ANCT organise les sessions du comité de sélection.', 403);
  }
  const parsed = sessionSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  return inTransaction(ctx, async (tx) => {
    // Sessions are created rarely: a table lock makes "next number" safe across processes.
    await tx.db.execute(sql`lock table ${sessionsCoselec} in share row exclusive mode`);
    let numero = parsed.data.numero;
    if (numero === undefined) {
      const [row] = await tx.db
        .select({ n: sql<number>`coalesce(max(${sessionsCoselec.numero}), 0)::int` })
        .from(sessionsCoselec);
      numero = (row?.n ?? 0) + 1;
    } else {
      const [existante] = await tx.db
        .select({ id: sessionsCoselec.id })
        .from(sessionsCoselec)
        .where(eq(sessionsCoselec.numero, numero));
      if (existante) {
        return fail('session_existante', `La session n° ${numero} existe déjà.`, 409, {
          numero: `La session n° ${numero} existe déjà.`,
        });
      }
    }
    const [row] = await tx.db
      .insert(sessionsCoselec)
      .values({ numero, date: parsed.data.date, creeLe: tx.now })
      .returning({ id: sessionsCoselec.id });
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'session_coselec.creee',
      entityType: 'session_coselec',
      entityId: row!.id,
      ip: tx.ip,
      details: { numero, date: parsed.data.date },
    });
    return ok({ id: row!.id, numero, date: parsed.data.date });
  });
}

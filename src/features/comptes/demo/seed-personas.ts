import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { adhesions, utilisateurs } from '../../../db/schema/index.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { insererStructuresDemo } from '../../structures/index.ts';
import { DEMO_PASSWORD, DEMO_STRUCTURES, DEMO_TOTP_SECRET, PERSONAS } from './personas.ts';

/** Inserts the demo structures and personas (idempotent: existing rows are left as they are). */
export async function seedPersonas(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await insererStructuresDemo(tx, Object.values(DEMO_STRUCTURES));
    for (const p of PERSONAS) {
      await tx
        .insert(utilisateurs)
        .values({
          id: p.id,
          email: p.email,
          prenom: p.prenom,
          nom: p.nom,
          motDePasseHash: passwordHash,
          demo: true,
          totpSecret: p.totp ? DEMO_TOTP_SECRET : null,
          totpActiveLe: p.totp ? sql`now()` : null,
        })
        .onConflictDoNothing();
      for (const m of p.memberships) {
        await tx
          .insert(adhesions)
          .values({
            id: m.id,
            utilisateurId: p.id,
            role: m.role,
            departementCode: m.departementCode ?? null,
            structureId: m.structureId ?? null,
            referent: m.referent ?? false,
          })
          .onConflictDoNothing();
      }
    }
  });
}

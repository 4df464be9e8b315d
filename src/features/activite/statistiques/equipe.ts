import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { activites } from '../../../db/schema/index.ts';
import { nomsUtilisateurs } from '../../comptes/index.ts';

/** The conseillers who recorded activity in a structure (the team filter of a structure's page). */
export async function conseillersDeLEquipe(db: Db, structureId: string) {
  const rows = await db
    .selectDistinct({ id: activites.conseillerId })
    .from(activites)
    .where(eq(activites.structureId, structureId));
  const noms = await nomsUtilisateurs(
    db,
    rows.map((r) => r.id),
  );
  return [...noms.entries()]
    .map(([id, n]) => ({ value: id, label: `${n.prenom} ${n.nom}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

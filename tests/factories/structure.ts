import type { Db } from '../../src/db/client.ts';
import { structures } from '../../src/db/schema/index.ts';
import { siretValide } from './recrutement.ts';

export type LigneStructure = typeof structures.$inferInsert;

let numero = 0;

/** A valid structure row: a commune of the Aisne (Laon), a SIRET that passes the Luhn check. */
export function buildStructure(over: Partial<LigneStructure> = {}): LigneStructure {
  numero += 1;
  return {
    nom: `Commune de test ${numero}`,
    siret: siretValide(),
    type: 'COMMUNE',
    departementCode: '02',
    communeCode: '02408',
    adresse: '1 place de la Mairie, 02000 Laon',
    codePostal: '02000',
    latitude: 49.5641,
    longitude: 3.6199,
    qpv: 'non',
    zrr: false,
    franceServices: false,
    ...over,
  };
}

/** Inserts a structure built by `buildStructure` (no use case creates one outside recruitment). */
export async function insererStructure(db: Db, over: Partial<LigneStructure> = {}) {
  const [ligne] = await db.insert(structures).values(buildStructure(over)).returning();
  return ligne!;
}

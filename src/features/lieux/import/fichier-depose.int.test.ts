import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/helpers/db.ts';
import type { Database } from '../../../db/client.ts';
import { lieuxImports, lieuxImportsFichiers } from '../../../db/schema/index.ts';
import {
  deposerFichier,
  lireFichierDepose,
  purgerDepotsOrphelins,
  supprimerFichierDepose,
  TAILLE_MORCEAU,
} from './fichier-depose.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('fichier déposé d’un import, en morceaux', () => {
  it.each([
    ['un octet', 1],
    ['un morceau tout juste', TAILLE_MORCEAU],
    ['trois morceaux et un reste', 3 * TAILLE_MORCEAU + 17],
  ])('relit à l’identique %s (octets quelconques, pas seulement de l’UTF-8)', async (_cas, taille) => {
    const id = randomUUID();
    const contenu = randomBytes(taille);
    let pauses = 0;
    await deposerFichier(database.db, id, contenu, async () => {
      pauses++;
    });
    const morceaux = await database.db
      .select()
      .from(lieuxImportsFichiers)
      .where(eq(lieuxImportsFichiers.importId, id));
    expect(morceaux).toHaveLength(Math.ceil(taille / TAILLE_MORCEAU));
    // A pause after each piece: the server answers between two of them.
    expect(pauses).toBe(morceaux.length);
    const relu = await lireFichierDepose(database.db, id);
    expect(relu?.equals(contenu)).toBe(true);
    await supprimerFichierDepose(database.db, id);
    expect(await lireFichierDepose(database.db, id)).toBeNull();
  });

  it('purge les morceaux anciens restés sans import, garde ceux d’un import et les récents', async () => {
    const orphelin = randomUUID();
    const recent = randomUUID();
    const [imp] = await database.db
      .insert(lieuxImports)
      .values({ source: 'purge', format: 'v1', fichier: 'a.csv', statut: 'en_attente' })
      .returning({ id: lieuxImports.id });
    const enregistre = imp!.id;
    const ancien = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const id of [orphelin, enregistre])
      await database.db
        .insert(lieuxImportsFichiers)
        .values({ importId: id, rang: 0, morceau: 'YQ==', recuLe: ancien });
    await deposerFichier(database.db, recent, Buffer.from('b'));
    await purgerDepotsOrphelins(database.db, new Date(Date.now() - 60 * 60 * 1000));
    expect(await lireFichierDepose(database.db, orphelin)).toBeNull();
    expect((await lireFichierDepose(database.db, enregistre))?.toString()).toBe('a');
    expect((await lireFichierDepose(database.db, recent))?.toString()).toBe('b');
  });
});

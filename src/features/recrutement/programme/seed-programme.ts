import type { Db } from '../../../db/client.ts';
import { jalonsProgramme, parametresProgramme } from '../../../db/schema/index.ts';
import { JALONS_2021, PARAMETRES_2021 } from '../domain/parametres.ts';
import { PROGRAMME_CNFS } from './repo.ts';

/** Seeds the 2021 values once; later starts leave ANCT's edits alone. */
export async function initialiserProgramme(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(parametresProgramme)
      .values({
        id: PROGRAMME_CNFS,
        postesCibles: PARAMETRES_2021.postesCibles,
        financementPublicEur: PARAMETRES_2021.financementParPosteEur.public,
        financementPriveEur: PARAMETRES_2021.financementParPosteEur.prive,
        enveloppeEur: PARAMETRES_2021.enveloppeEur,
        dureesContratMois: PARAMETRES_2021.dureesContratMois,
      })
      .onConflictDoNothing();
    await tx
      .insert(jalonsProgramme)
      .values(JALONS_2021.map((j) => ({ ...j, programmeId: PROGRAMME_CNFS })))
      .onConflictDoNothing();
  });
}

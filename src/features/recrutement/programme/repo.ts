import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { jalonsProgramme, parametresProgramme } from '../../../db/schema/index.ts';
import {
  INDICATEURS_JALON,
  type IndicateurJalon,
  JALON_ECHEANCE_AVIS,
  type Jalon,
  type ParametresProgramme,
} from '../domain/parametres.ts';
import { estDans } from '../domain/types.ts';

/** The conseillers numériques programme (the only one so far). */
export const PROGRAMME_CNFS = 'cnfs';

type Row = typeof parametresProgramme.$inferSelect;

function versDomaine(row: Row): ParametresProgramme {
  return {
    postesCibles: row.postesCibles,
    financementParPosteEur: { public: row.financementPublicEur, prive: row.financementPriveEur },
    enveloppeEur: row.enveloppeEur,
    dureesContratMois: row.dureesContratMois,
  };
}

export async function lireParametres(db: Db): Promise<ParametresProgramme> {
  const [row] = await db.select().from(parametresProgramme).where(eq(parametresProgramme.id, PROGRAMME_CNFS));
  if (!row) throw new Error('paramètres du programme absents : la tâche de démarrage ne les a pas créés');
  return versDomaine(row);
}

/**
 * Reads the parameters and locks their row until the transaction ends: committee decisions (and
 * parameter edits) run one at a time, so two of them cannot both pass the quota and envelope checks.
 */
export async function verrouillerParametres(tx: Db): Promise<ParametresProgramme> {
  const [row] = await tx
    .select()
    .from(parametresProgramme)
    .where(eq(parametresProgramme.id, PROGRAMME_CNFS))
    .for('update');
  if (!row) throw new Error('paramètres du programme absents');
  return versDomaine(row);
}

export async function lireJalons(db: Db): Promise<Jalon[]> {
  const rows = await db
    .select()
    .from(jalonsProgramme)
    .where(eq(jalonsProgramme.programmeId, PROGRAMME_CNFS))
    .orderBy(asc(jalonsProgramme.date), asc(jalonsProgramme.code));
  return rows.map((r) => ({
    code: r.code,
    libelle: r.libelle,
    date: r.date,
    indicateur: estDans<IndicateurJalon>(INDICATEURS_JALON, r.indicateur) ? r.indicateur : null,
    cible: r.cible,
  }));
}

/** Deadline of the préfectures' opinions (YYYY-MM-DD), or null when ANCT removed it. */
export async function echeanceAvis(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ date: jalonsProgramme.date })
    .from(jalonsProgramme)
    .where(
      and(eq(jalonsProgramme.programmeId, PROGRAMME_CNFS), eq(jalonsProgramme.code, JALON_ECHEANCE_AVIS)),
    );
  return row?.date ?? null;
}

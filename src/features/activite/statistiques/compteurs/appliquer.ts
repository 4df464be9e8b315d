import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import { lignesJour, lignesMois, lignesPresences } from './contributions.ts';

const CLE_PRESENCES = sql.raw('departement_code, type, thematique, anonyme, mois, mois_precedent');

async function ajouterJour(db: Db, lignes: SQL, signe: number) {
  await db.execute(sql`insert into activite_stats_jour
      (departement_code, thematique, type, jour, activites, accompagnements)
    select departement_code, thematique, type, jour, activites * ${signe}::int, accompagnements * ${signe}::int
    from (${lignes}) l order by departement_code, thematique, type, jour
    on conflict on constraint activite_stats_jour_pk do update set
      activites = activite_stats_jour.activites + excluded.activites,
      accompagnements = activite_stats_jour.accompagnements + excluded.accompagnements`);
}

async function ajouterMois(db: Db, lignes: SQL, signe: number) {
  await db.execute(sql`insert into activite_stats_mois
      (departement_code, thematique, type, mois, dimension, valeur, n)
    select departement_code, thematique, type, mois, dimension, valeur, n * ${signe}::int
    from (${lignes}) l order by departement_code, thematique, type, mois, dimension, valeur
    on conflict on constraint activite_stats_mois_pk do update set n = activite_stats_mois.n + excluded.n`);
}

/** Adds (signe +1) or subtracts the difference `avec − sans` to the presence chains. */
async function ajouterPresences(db: Db, avec: SQL, sans: SQL | null, signe: number) {
  const difference = sans
    ? sql`select ${CLE_PRESENCES}, sum(n)::int as n from (
        select ${CLE_PRESENCES}, n from (${avec}) a
        union all select ${CLE_PRESENCES}, -n from (${sans}) s) d
      group by ${CLE_PRESENCES} having sum(n) <> 0`
    : avec;
  await db.execute(sql`insert into activite_stats_presences (${CLE_PRESENCES}, n)
    select ${CLE_PRESENCES}, n * ${signe}::int from (${difference}) l
    order by departement_code, type, thematique, mois, mois_precedent, anonyme
    on conflict on constraint activite_stats_presences_pk do update set
      n = activite_stats_presences.n + excluded.n`);
}

/**
 * Adds one recorded activity's contributions to the summary tables (signe +1, called in the
 * recording's transaction after its rows are written), or removes them (signe -1, called before the
 * activity and its accompaniments are deleted). Upserts in key order (`n = n + excluded.n`), so
 * concurrent writers stay exact and take row locks in the same order. Its beneficiaries must be
 * locked by the caller (the presence chains read their history).
 */
export async function appliquerActivite(db: Db, activiteId: string, signe: 1 | -1): Promise<void> {
  const perimetre = { sorte: 'activites' as const, ids: [activiteId] };
  await ajouterJour(db, lignesJour(perimetre), signe);
  await ajouterMois(db, lignesMois(perimetre), signe);
  await ajouterPresences(
    db,
    lignesPresences({ beneficiairesDe: activiteId }),
    lignesPresences({ beneficiairesDe: activiteId, sansActivite: activiteId }),
    signe,
  );
}

/**
 * For changes other than a new activity (merging beneficiaries, erasing, editing a profile or an
 * activity, deleting): call with -1 before the change and +1 after it, in the same transaction, with
 * every activity whose rows change and every beneficiary whose accompaniments or profile change (the
 * union of before and after). Whole contributions are removed then added back.
 */
export async function appliquerPerimetre(
  db: Db,
  perimetre: { activiteIds: string[]; beneficiaireIds: string[] },
  signe: 1 | -1,
): Promise<void> {
  if (perimetre.activiteIds.length > 0) {
    const p = { sorte: 'activites' as const, ids: [...new Set(perimetre.activiteIds)].sort() };
    await ajouterJour(db, lignesJour(p), signe);
    await ajouterMois(db, lignesMois(p), signe);
  }
  if (perimetre.beneficiaireIds.length > 0)
    await ajouterPresences(
      db,
      lignesPresences({ beneficiaires: [...new Set(perimetre.beneficiaireIds)].sort() }),
      null,
      signe,
    );
}

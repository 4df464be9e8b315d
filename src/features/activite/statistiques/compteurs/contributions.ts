import { type SQL, sql } from 'drizzle-orm';

/**
 * The summary rows as computed from the raw rows: one definition used by the incremental upkeep
 * (restricted to one activity), the monthly rebuild and the check. Each query returns the table's key
 * columns and the counts, grouped.
 */
export type Perimetre =
  | { sorte: 'tout' }
  | { sorte: 'mois'; mois: string }
  | { sorte: 'annee'; annee: string }
  | { sorte: 'activites'; ids: string[] };

export function listeUuid(ids: string[]): SQL {
  if (ids.length === 0) return sql`array[]::uuid[]`;
  return sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
}

/** [start, end) of a YYYY-MM month as dates. */
export function bornesMois(mois: string): { debut: string; fin: string } {
  const [a, m] = mois.split('-').map(Number) as [number, number];
  const suivant = m === 12 ? `${a + 1}-01` : `${a}-${String(m + 1).padStart(2, '0')}`;
  return { debut: `${mois}-01`, fin: `${suivant}-01` };
}

function surActivites(p: Perimetre, alias: string): SQL {
  const col = (c: string) => sql.raw(`${alias}.${c}`);
  if (p.sorte === 'activites') return sql`${col('id')} = any(${listeUuid(p.ids)})`;
  if (p.sorte === 'mois') {
    const { debut, fin } = bornesMois(p.mois);
    return sql`${col('date')} >= ${debut}::date and ${col('date')} < ${fin}::date`;
  }
  if (p.sorte === 'annee')
    return sql`${col('date')} >= ${`${p.annee}-01-01`}::date and ${col('date')} <= ${`${p.annee}-12-31`}::date`;
  return sql`true`;
}

/** Activities expanded to their keys: national and département rows, all and each digital theme. */
function activitesDeclinees(p: Perimetre): SQL {
  return sql`select a.*, to_char(a.date, 'YYYY-MM') as mois, d.v as dept, th.v as theme
    from activites a
    cross join lateral unnest(array['*', coalesce(a.departement_code, '')]) as d(v)
    cross join lateral unnest(array['*'] || a.thematiques_numeriques) as th(v)
    where ${surActivites(p, 'a')}`;
}

/** Rows of activite_stats_jour: departement_code, thematique, type, jour, activites, accompagnements. */
export function lignesJour(p: Perimetre): SQL {
  return sql`select x.dept as departement_code, x.theme as thematique, x.type, x.date as jour,
      count(*)::int as activites,
      coalesce(sum((select count(*) from accompagnements ac where ac.activite_id = x.id)), 0)::int
        as accompagnements
    from (${activitesDeclinees(p)}) x
    group by x.dept, x.theme, x.type, x.date`;
}

/** Rows of activite_stats_mois: departement_code, thematique, type, mois, dimension, valeur, n. */
export function lignesMois(p: Perimetre): SQL {
  return sql`with x as (${activitesDeclinees(p)}),
    ac as (select ac.activite_id, ac.premier_accompagnement, b.anonyme, b.genre, b.tranche_age,
        b.statut_social
      from accompagnements ac join beneficiaires b on b.id = ac.beneficiaire_id
      where ac.activite_id in (select id from activites a where ${surActivites(p, 'a')})),
    v (dept, theme, type, mois, dimension, valeur, n) as (
      select dept, theme, type, mois, 'totaux', 'activites', 1 from x
      union all select x.dept, x.theme, x.type, x.mois, 'totaux', 'accompagnements', 1
        from x join ac on ac.activite_id = x.id
      union all select x.dept, x.theme, x.type, x.mois, 'totaux', 'nouveaux', 1
        from x join ac on ac.activite_id = x.id where ac.premier_accompagnement
      union all select x.dept, x.theme, x.type, x.mois, 'totaux', 'nouveaux_nommes', 1
        from x join ac on ac.activite_id = x.id where ac.premier_accompagnement and not ac.anonyme
      union all select x.dept, x.theme, x.type, x.mois, 'genre', ac.genre, 1
        from x join ac on ac.activite_id = x.id
      union all select x.dept, x.theme, x.type, x.mois, 'trancheAge', ac.tranche_age, 1
        from x join ac on ac.activite_id = x.id
      union all select x.dept, x.theme, x.type, x.mois, 'statutSocial', ac.statut_social, 1
        from x join ac on ac.activite_id = x.id
      union all select dept, theme, type, mois, 'type', type, 1 from x
      union all select dept, theme, type, mois, 'dureeTranche', case when duree_minutes <= 30 then 'moins_30'
          when duree_minutes <= 60 then '30_60' when duree_minutes <= 120 then '60_120'
          else 'plus_120' end, 1 from x
      union all select dept, theme, type, mois, 'typeLieu', type_lieu, 1 from x
      union all select dept, theme, type, mois, 'thematiquesNumeriques', t.v, 1
        from x, unnest(x.thematiques_numeriques) as t(v)
      union all select dept, theme, type, mois, 'thematiquesAdministratives', t.v, 1
        from x, unnest(x.thematiques_administratives) as t(v)
      union all select dept, theme, type, mois, 'materiel', t.v, 1 from x, unnest(x.materiel) as t(v)
      union all select dept, theme, type, mois, 'autonomie', autonomie, 1 from x where autonomie is not null
      union all select dept, theme, type, mois, 'orientation', orientation, 1 from x
        where orientation is not null
      union all select dept, theme, type, mois, 'communes', commune_insee, 1 from x
        where commune_insee is not null and dept <> '*'
      ${
        // A month's rebuild leaves the yearly rows to `lignesCommunesAnnee`.
        p.sorte === 'mois'
          ? sql``
          : sql`union all select dept, theme, type, left(mois, 4) || '-00', 'communesAn', commune_insee, 1
              from x where commune_insee is not null and dept <> '*'`
      })
    select dept as departement_code, theme as thematique, type, mois, dimension, valeur, sum(n)::int as n
    from v group by dept, theme, type, mois, dimension, valeur`;
}

/**
 * Rows of activite_stats_presences: departement_code, type, thematique, anonyme, mois,
 * mois_precedent, n. Each beneficiary's months of activity per class, chained to the previous one.
 * `beneficiaires` restricts to some people (their whole history is read); `sansActivite` leaves one
 * activity out (the upkeep's "before" state); `mois` keeps only that month's rows.
 */
export function lignesPresences(options: {
  mois?: string;
  /** The people of this activity. */
  beneficiairesDe?: string;
  beneficiaires?: string[];
  sansActivite?: string;
}): SQL {
  const conditions: SQL[] = [sql`true`];
  if (options.mois) {
    const { debut, fin } = bornesMois(options.mois);
    conditions.push(sql`ac.date < ${fin}::date`);
    conditions.push(sql`ac.beneficiaire_id in (select beneficiaire_id from accompagnements
      where date >= ${debut}::date and date < ${fin}::date)`);
  }
  if (options.beneficiairesDe)
    conditions.push(sql`ac.beneficiaire_id in (select beneficiaire_id from accompagnements
      where activite_id = ${options.beneficiairesDe}::uuid)`);
  if (options.beneficiaires)
    conditions.push(sql`ac.beneficiaire_id = any(${listeUuid(options.beneficiaires)})`);
  if (options.sansActivite) conditions.push(sql`ac.activite_id <> ${options.sansActivite}::uuid`);
  return sql`with cl as (
      select distinct ac.beneficiaire_id as b, bn.anonyme, d.v as dept, ty.v as type, th.v as theme,
        to_char(ac.date, 'YYYY-MM') as mois
      from accompagnements ac
      join activites a on a.id = ac.activite_id
      join beneficiaires bn on bn.id = ac.beneficiaire_id
      cross join lateral unnest(array['*', coalesce(ac.departement_code, '')]) as d(v)
      cross join lateral unnest(array['*', ac.type]) as ty(v)
      cross join lateral unnest(array['*'] || a.thematiques_numeriques) as th(v)
      where ${sql.join(conditions, sql` and `)}),
    ch as (select cl.*, coalesce(lag(mois) over (partition by b, dept, type, theme order by mois), '')
        as precedent from cl)
    select dept as departement_code, type, theme as thematique, anonyme, mois,
      precedent as mois_precedent, count(*)::int as n
    from ch ${options.mois ? sql`where mois = ${options.mois}` : sql``}
    group by dept, type, theme, anonyme, mois, precedent`;
}

/**
 * The yearly commune rows of activite_stats_mois (mois 'YYYY-00', dimension 'communesAn'): the
 * communes' distribution read for whole years, far fewer rows than by month at national scale.
 */
export function lignesCommunesAnnee(annee: string): SQL {
  return sql`select x.dept as departement_code, x.theme as thematique, x.type, ${`${annee}-00`} as mois,
      'communesAn' as dimension, x.commune_insee as valeur, count(*)::int as n
    from (${activitesDeclinees({ sorte: 'annee', annee })}) x
    where x.commune_insee is not null and x.dept <> '*'
    group by x.dept, x.theme, x.type, x.commune_insee`;
}

import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { lignes } from '../../../db/sql.ts';
import type { FiltresStatistiques, PorteeStatistiques, Statistiques } from './domain/contrat.ts';
import { type Criteres, criteres } from './domain/criteres.ts';
import { type Comptes, type Dimension, resultat } from './domain/resultat.ts';

/** Conditions on the columns `activites` and `accompagnements` share (alias `t`). */
export function conditionsCommunes(c: Criteres, t: string): SQL {
  const col = (nom: string) => sql.raw(`${t}.${nom}`);
  const parts: SQL[] = [sql`true`];
  if (c.structureId) parts.push(sql`${col('structure_id')} = ${c.structureId}::uuid`);
  if (c.conseillerId) parts.push(sql`${col('conseiller_id')} = ${c.conseillerId}::uuid`);
  if (c.departementCode) parts.push(sql`${col('departement_code')} = ${c.departementCode}`);
  if (c.du) parts.push(sql`${col('date')} >= ${c.du}::date`);
  if (c.au) parts.push(sql`${col('date')} <= ${c.au}::date`);
  if (c.type) parts.push(sql`${col('type')} = ${c.type}`);
  return sql.join(parts, sql` and `);
}

function conditionThemes(c: Criteres, t: string): SQL {
  if (!c.thematiquesNumeriques) return sql`true`;
  const liste = sql.join(
    c.thematiquesNumeriques.map((x) => sql`${x}`),
    sql`, `,
  );
  return sql`${sql.raw(`${t}.thematiques_numeriques`)} && array[${liste}]::text[]`;
}

const entier = z.coerce.number().int();
const ligneJour = z.object({ jour: z.string(), activites: entier, accompagnements: entier });
const ligneRepartition = z.object({ dimension: z.string(), code: z.string(), nombre: entier });
const ligneTotaux = z.object({
  accompagnements: entier,
  beneficiaires: entier,
  nouveaux: entier,
  nouveaux_nommes: entier,
  anonymes: entier,
});

/**
 * The statistics by plain aggregation over the raw rows: the truth the summary tables are checked
 * against, and the benchmark's baseline (a fair aggregation using the scope/date indexes).
 */
export async function statistiquesBrutes(
  db: Db,
  portee: PorteeStatistiques,
  filtres: FiltresStatistiques,
): Promise<Statistiques> {
  return resultat(await comptesBruts(db, criteres(portee, filtres)));
}

/** Accompaniments matching the criteria (joined to their activity only when themes filter). */
function accompagnementsRetenus(c: Criteres): SQL {
  if (!c.thematiquesNumeriques)
    return sql`select ac.* from accompagnements ac where ${conditionsCommunes(c, 'ac')}`;
  return sql`select ac.* from accompagnements ac join activites a on a.id = ac.activite_id
    where ${conditionsCommunes(c, 'ac')} and ${conditionThemes(c, 'a')}`;
}

export async function comptesBruts(db: Db, c: Criteres): Promise<Comptes> {
  const act = sql`select * from activites a where ${conditionsCommunes(c, 'a')} and ${conditionThemes(c, 'a')}`;
  const acc = accompagnementsRetenus(c);
  const [joursAct, joursAcc, totaux, repAct, repBen] = await Promise.all([
    lignes(
      db,
      sql`select a.date::text as jour, count(*)::int as activites, 0 as accompagnements
        from (${act}) a group by a.date`,
      ligneJour,
    ),
    lignes(
      db,
      sql`select ac.date::text as jour, 0 as activites, count(*)::int as accompagnements
        from (${acc}) ac group by ac.date`,
      ligneJour,
    ),
    lignes(
      db,
      sql`select count(*)::int as accompagnements,
          count(distinct ac.beneficiaire_id)::int as beneficiaires,
          (count(*) filter (where ac.premier_accompagnement))::int as nouveaux,
          (count(*) filter (where ac.premier_accompagnement and not b.anonyme))::int as nouveaux_nommes,
          (count(distinct ac.beneficiaire_id) filter (where b.anonyme))::int as anonymes
        from (${acc}) ac join beneficiaires b on b.id = ac.beneficiaire_id`,
      ligneTotaux,
    ),
    lignes(
      db,
      sql`with a as (${act})
        select 'type' as dimension, a.type as code, count(*)::int as nombre from a group by a.type
        union all select 'dureeTranche', case when a.duree_minutes <= 30 then 'moins_30'
            when a.duree_minutes <= 60 then '30_60' when a.duree_minutes <= 120 then '60_120'
            else 'plus_120' end, count(*)::int from a group by 2
        union all select 'typeLieu', a.type_lieu, count(*)::int from a group by a.type_lieu
        union all select 'thematiquesNumeriques', t.v, count(*)::int
          from a, unnest(a.thematiques_numeriques) as t(v) group by t.v
        union all select 'thematiquesAdministratives', t.v, count(*)::int
          from a, unnest(a.thematiques_administratives) as t(v) group by t.v
        union all select 'materiel', t.v, count(*)::int from a, unnest(a.materiel) as t(v) group by t.v
        union all select 'autonomie', a.autonomie, count(*)::int from a
          where a.autonomie is not null group by a.autonomie
        union all select 'orientation', a.orientation, count(*)::int from a
          where a.orientation is not null group by a.orientation
        union all select 'communes', a.commune_insee, count(*)::int from a
          where a.commune_insee is not null group by a.commune_insee`,
      ligneRepartition,
    ),
    lignes(
      db,
      sql`with ac as (select b.genre, b.tranche_age, b.statut_social
          from (${acc}) ac join beneficiaires b on b.id = ac.beneficiaire_id)
        select 'genre' as dimension, genre as code, count(*)::int as nombre from ac group by genre
        union all select 'trancheAge', tranche_age, count(*)::int from ac group by tranche_age
        union all select 'statutSocial', statut_social, count(*)::int from ac group by statut_social`,
      ligneRepartition,
    ),
  ]);
  const jours = new Map<string, { activites: number; accompagnements: number }>();
  for (const l of [...joursAct, ...joursAcc]) {
    const j = jours.get(l.jour) ?? { activites: 0, accompagnements: 0 };
    j.activites += l.activites;
    j.accompagnements += l.accompagnements;
    jours.set(l.jour, j);
  }
  const repartitions = new Map<Dimension, Map<string, number>>();
  for (const l of [...repAct, ...repBen]) {
    const d = l.dimension as Dimension;
    const m = repartitions.get(d) ?? new Map<string, number>();
    m.set(l.code, (m.get(l.code) ?? 0) + l.nombre);
    repartitions.set(d, m);
  }
  const t = totaux[0]!;
  return {
    activites: joursAct.reduce((s, l) => s + l.activites, 0),
    accompagnements: t.accompagnements,
    beneficiaires: t.beneficiaires,
    nouveaux: t.nouveaux,
    nouveauxNommes: t.nouveaux_nommes,
    anonymes: t.anonymes,
    jours,
    repartitions,
  };
}

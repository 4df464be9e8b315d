import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { fail, ok, type Result } from '../../platform/result.ts';
import type { Avancement } from './domain/avancement.ts';
import { STATUTS_OCCUPANT_POSTE, STATUTS_PROPOSITION_OUVERTE } from './domain/types.ts';
import { porteeDe } from './portee.ts';
import { calculerAvancement } from './programme/avancement.ts';

export interface TableauDeBordDepartement {
  departementCode: string;
  avancement: Avancement;
  avis: { attendus: number; donnes: number; favorables: number; defavorables: number; enRetard: number };
  candidats: { residents: number; disponibles: number; proposes: number };
  couverture: {
    structuresValidees: number;
    enQpv: number;
    enZrr: number;
    franceServices: number;
    postesQpv: number;
    postesZrr: number;
  };
}

const liste = (values: readonly string[]) => sql.raw(values.map((s) => `'${s}'`).join(', '));

async function une(db: Db, q: ReturnType<typeof sql>): Promise<Record<string, unknown>> {
  const res = (await db.execute(q)) as unknown as { rows: Record<string, unknown>[] };
  return res.rows[0] ?? {};
}

/** The figures a préfecture steers its département with (ANCT sees any département). */
export async function tableauDeBordDepartement(
  db: Db,
  actor: Actor,
  departementCode: string,
): Promise<Result<TableauDeBordDepartement>> {
  const portee = porteeDe(actor);
  const autorise =
    portee.type === 'national' || (portee.type === 'departement' && portee.code === departementCode);
  if (!autorise)
    return fail(
      'acces_refuse',
      'Ce tableau de bord est réservé à la préfecture du département et à l’ANCT.',
      403,
    );
  const dep = departementCode;
  const [avancement, avis, candidats, couverture] = await Promise.all([
    calculerAvancement(db, dep),
    une(
      db,
      sql`select count(*) filter (where c.statut in ('CREEE', 'EXAMEN_COMPLEMENTAIRE_COSELEC'))::int as attendus,
            count(a.id)::int as donnes,
            count(a.id) filter (where a.avis = 'favorable')::int as favorables,
            count(a.id) filter (where a.avis = 'defavorable')::int as defavorables,
            count(a.id) filter (where a.en_retard)::int as en_retard
          from candidatures_structures c
          join structures s on s.id = c.structure_id
          left join avis_prefecture a on a.candidature_id = c.id
          where s.departement_code = ${dep}`,
    ),
    une(
      db,
      sql`select
            (select count(*)::int from candidats where departement_code = ${dep} and statut <> 'retire') as residents,
            (select count(*)::int from candidats k where k.departement_code = ${dep} and k.statut = 'actif'
               and not exists (select 1 from mises_en_relation m where m.candidat_id = k.id
                               and m.statut in (${liste(STATUTS_OCCUPANT_POSTE)}))) as disponibles,
            (select count(distinct m.candidat_id)::int from mises_en_relation m
               join structures s on s.id = m.structure_id
               where s.departement_code = ${dep} and m.statut in (${liste(STATUTS_PROPOSITION_OUVERTE)})) as proposes`,
    ),
    une(
      db,
      sql`with v as (
            select s.qpv, s.zrr, s.france_services, coalesce(sum(d.postes), 0) as postes
            from candidatures_structures c
            join structures s on s.id = c.structure_id
            left join decisions_coselec d on d.candidature_id = c.id
            where c.statut = 'VALIDATION_COSELEC' and s.departement_code = ${dep}
            group by c.id, s.qpv, s.zrr, s.france_services)
          select count(*)::int as structures,
            count(*) filter (where qpv = 'oui')::int as qpv,
            count(*) filter (where zrr)::int as zrr,
            count(*) filter (where france_services)::int as fs,
            coalesce(sum(postes) filter (where qpv = 'oui'), 0)::int as postes_qpv,
            coalesce(sum(postes) filter (where zrr), 0)::int as postes_zrr
          from v`,
    ),
  ]);
  return ok({
    departementCode: dep,
    avancement,
    avis: {
      attendus: Number(avis.attendus ?? 0),
      donnes: Number(avis.donnes ?? 0),
      favorables: Number(avis.favorables ?? 0),
      defavorables: Number(avis.defavorables ?? 0),
      enRetard: Number(avis.en_retard ?? 0),
    },
    candidats: {
      residents: Number(candidats.residents ?? 0),
      disponibles: Number(candidats.disponibles ?? 0),
      proposes: Number(candidats.proposes ?? 0),
    },
    couverture: {
      structuresValidees: Number(couverture.structures ?? 0),
      enQpv: Number(couverture.qpv ?? 0),
      enZrr: Number(couverture.zrr ?? 0),
      franceServices: Number(couverture.fs ?? 0),
      postesQpv: Number(couverture.postes_qpv ?? 0),
      postesZrr: Number(couverture.postes_zrr ?? 0),
    },
  });
}

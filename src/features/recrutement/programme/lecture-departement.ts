import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { STATUTS_OCCUPANT_POSTE } from '../domain/types.ts';
import { enListe } from './avancement.ts';
import { STATUTS_RECRUTE_VALIDE } from './domain/chiffres.ts';

/** The département dashboard's figures beyond the progress report (candidates, zones, opinions). */

const occupants = sql.raw(STATUTS_OCCUPANT_POSTE.map((s) => `'${s}'`).join(', '));
const valides = enListe(STATUTS_RECRUTE_VALIDE);

async function ligne<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows[0]!;
}

async function lignes<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface CandidatsDepartement {
  inscrits: number;
  disponibles: number;
  enPause: number;
  proposes: number;
  diplomes: number;
}

export async function candidatsDepartement(db: Db, dep: string): Promise<CandidatsDepartement> {
  const r = await ligne<Record<string, number>>(
    db,
    sql`select
      count(*) filter (where c.statut <> 'retire')::int as inscrits,
      count(*) filter (where c.statut = 'actif' and not exists (
        select 1 from mises_en_relation m where m.candidat_id = c.id and m.statut in (${occupants})))::int as disponibles,
      count(*) filter (where c.statut = 'en_pause')::int as en_pause,
      count(*) filter (where c.statut = 'actif' and c.diplome)::int as diplomes
    from candidats c where c.departement_code = ${dep}`,
  );
  // Candidates (from any département) proposed to this département's structures: "nearby" as matching sees it.
  const p = await ligne<{ n: number }>(
    db,
    sql`select count(distinct m.candidat_id)::int as n
        from mises_en_relation m join structures s on s.id = m.structure_id
        where s.departement_code = ${dep} and m.statut in ('nouvelle', 'interessee')`,
  );
  return {
    inscrits: Number(r.inscrits),
    disponibles: Number(r.disponibles),
    enPause: Number(r.en_pause),
    diplomes: Number(r.diplomes),
    proposes: Number(p.n),
  };
}

export interface CouvertureZone {
  zone: 'qpv' | 'zrr' | 'france_services' | 'toutes';
  candidatures: number;
  validees: number;
  postesDemandes: number;
  postesAttribues: number;
  recrutes: number;
}

/** Applications, validations, posts and recruitments in QPV, ZRR and France Services structures. */
export async function couvertureZones(db: Db, dep: string): Promise<CouvertureZone[]> {
  const rows = await lignes<Record<string, unknown>>(
    db,
    sql`with c as (
          select c.id, c.statut, c.postes_demandes, s.id as structure_id, s.qpv, s.zrr, s.france_services,
            coalesce((select sum(d.postes) from decisions_coselec d where d.candidature_id = c.id), 0) as attribues,
            (select count(*) from mises_en_relation m where m.structure_id = s.id and m.statut in (${valides})) as recrutes
          from candidatures_structures c join structures s on s.id = c.structure_id
          where s.departement_code = ${dep} and c.statut not in ('ABANDON', 'ANNULEE', 'DOUBLON'))
        select z.zone,
          count(c.id)::int as candidatures,
          count(c.id) filter (where c.statut = 'VALIDATION_COSELEC')::int as validees,
          coalesce(sum(c.postes_demandes), 0)::int as demandes,
          coalesce(sum(c.attribues) filter (where c.statut = 'VALIDATION_COSELEC'), 0)::int as attribues,
          coalesce(sum(c.recrutes), 0)::int as recrutes
        from (values ('qpv'), ('zrr'), ('france_services'), ('toutes')) as z(zone)
        left join c on (z.zone = 'qpv' and c.qpv = 'oui') or (z.zone = 'zrr' and c.zrr)
          or (z.zone = 'france_services' and c.france_services) or z.zone = 'toutes'
        group by z.zone`,
  );
  const ordre = ['toutes', 'qpv', 'zrr', 'france_services'];
  return rows
    .map((r) => ({
      zone: r.zone as CouvertureZone['zone'],
      candidatures: Number(r.candidatures),
      validees: Number(r.validees),
      postesDemandes: Number(r.demandes),
      postesAttribues: Number(r.attribues),
      recrutes: Number(r.recrutes),
    }))
    .sort((a, b) => ordre.indexOf(a.zone) - ordre.indexOf(b.zone));
}

export interface AvancementAvis {
  aExaminer: number;
  donnes: number;
  favorables: number;
  defavorables: number;
  enRetard: number;
}

/** The préfecture's concertation: applications waiting for an opinion, opinions given (late ones). */
export async function avancementAvis(db: Db, dep: string): Promise<AvancementAvis> {
  const r = await ligne<Record<string, number>>(
    db,
    sql`select
      count(*) filter (where a.id is null and c.statut in ('CREEE', 'EXAMEN_COMPLEMENTAIRE_COSELEC'))::int as a_examiner,
      count(a.id)::int as donnes,
      count(a.id) filter (where a.avis = 'favorable')::int as favorables,
      count(a.id) filter (where a.avis = 'defavorable')::int as defavorables,
      count(a.id) filter (where a.en_retard)::int as en_retard
    from candidatures_structures c join structures s on s.id = c.structure_id
    left join avis_prefecture a on a.candidature_id = c.id
    where s.departement_code = ${dep} and c.statut not in ('ABANDON', 'ANNULEE', 'DOUBLON')`,
  );
  return {
    aExaminer: Number(r.a_examiner),
    donnes: Number(r.donnes),
    favorables: Number(r.favorables),
    defavorables: Number(r.defavorables),
    enRetard: Number(r.en_retard),
  };
}

export async function nomDepartement(db: Db, code: string): Promise<string | null> {
  const rows = await lignes<{ nom: string }>(db, sql`select nom from departements where code = ${code}`);
  return rows[0]?.nom ?? null;
}

export async function listeDepartements(db: Db): Promise<{ code: string; nom: string }[]> {
  return lignes<{ code: string; nom: string }>(db, sql`select code, nom from departements order by code`);
}

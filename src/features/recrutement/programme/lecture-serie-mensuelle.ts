import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';

export interface MoisAvancement {
  /** YYYY-MM (Europe/Paris). */
  mois: string;
  candidatures: number;
  postesAttribues: number;
  recrutements: number;
  prisesDePoste: number;
}

/**
 * Month by month, from the records the pipeline writes: applications filed, posts granted by committee
 * sessions (validated applications, amendments included), recruitments entered (contracts of advisers
 * still holding their post or who held it) and contract starts of advisers in post.
 */
export async function serieMensuelle(db: Db, departementCode?: string): Promise<MoisAvancement[]> {
  const dep = departementCode ? sql`and s.departement_code = ${departementCode}` : sql``;
  const res = (await db.execute(sql`
    with cand as (
      select to_char(c.cree_le at time zone 'Europe/Paris', 'YYYY-MM') as mois, count(*)::int as n
      from candidatures_structures c join structures s on s.id = c.structure_id
      where true ${dep} group by 1),
    att as (
      select to_char(se.date, 'YYYY-MM') as mois, sum(d.postes)::int as n
      from decisions_coselec d
      join sessions_coselec se on se.id = d.session_id
      join candidatures_structures c on c.id = d.candidature_id and c.statut = 'VALIDATION_COSELEC'
      join structures s on s.id = c.structure_id
      where true ${dep} group by 1),
    rec as (
      select to_char(k.cree_le at time zone 'Europe/Paris', 'YYYY-MM') as mois, count(*)::int as n
      from contrats k join mises_en_relation m on m.id = k.mise_en_relation_id
      join structures s on s.id = m.structure_id
      where m.statut in ('recrutee', 'validee', 'en_poste', 'rupture') ${dep} group by 1),
    pdp as (
      select to_char(k.date_debut, 'YYYY-MM') as mois, count(*)::int as n
      from contrats k join mises_en_relation m on m.id = k.mise_en_relation_id
      join structures s on s.id = m.structure_id
      where m.statut = 'en_poste' ${dep} group by 1),
    mois as (select mois from cand union select mois from att union select mois from rec union select mois from pdp)
    select mois.mois,
      coalesce(cand.n, 0) as candidatures, coalesce(att.n, 0) as attribues,
      coalesce(rec.n, 0) as recrutements, coalesce(pdp.n, 0) as prises
    from mois
    left join cand using (mois) left join att using (mois) left join rec using (mois) left join pdp using (mois)
    order by mois.mois`)) as unknown as { rows: Record<string, unknown>[] };
  return res.rows.map((r) => ({
    mois: String(r.mois),
    candidatures: Number(r.candidatures),
    postesAttribues: Number(r.attribues),
    recrutements: Number(r.recrutements),
    prisesDePoste: Number(r.prises),
  }));
}

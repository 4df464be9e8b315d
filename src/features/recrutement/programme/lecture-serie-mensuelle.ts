import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { enListe } from './avancement.ts';
import {
  STATUTS_EN_POSTE,
  STATUTS_RECRUTE_VALIDE,
  STATUTS_RECRUTEMENT_ENREGISTRE,
} from './domain/chiffres.ts';

export interface MoisAvancement {
  /** YYYY-MM (Europe/Paris). */
  mois: string;
  candidatures: number;
  postesAttribues: number;
  recrutementsEnregistres: number;
  recrutes: number;
  prisesDePoste: number;
}

const enregistres = enListe(STATUTS_RECRUTEMENT_ENREGISTRE);
const valides = enListe(STATUTS_RECRUTE_VALIDE);
const enPoste = enListe(STATUTS_EN_POSTE);

/**
 * Month by month, the records each headline figure counts today (DEFINITIONS_CHIFFRES), dated as the
 * definition's `serie` says: applications by filing month, granted posts by committee session,
 * recruitments (recorded, validated) by the month the structure recorded them, posts taken by contract
 * start. Summed over the months, each column equals its headline figure — a broken contract leaves
 * both, a validation enters both.
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
      select to_char(coalesce(k.cree_le, m.modifie_le) at time zone 'Europe/Paris', 'YYYY-MM') as mois,
        count(*)::int as n,
        count(*) filter (where m.statut in (${valides}))::int as v
      from mises_en_relation m left join contrats k on k.mise_en_relation_id = m.id
      join structures s on s.id = m.structure_id
      where m.statut in (${enregistres}) ${dep} group by 1),
    pdp as (
      select coalesce(to_char(k.date_debut, 'YYYY-MM'),
          to_char(m.modifie_le at time zone 'Europe/Paris', 'YYYY-MM')) as mois, count(*)::int as n
      from mises_en_relation m left join contrats k on k.mise_en_relation_id = m.id
      join structures s on s.id = m.structure_id
      where m.statut in (${enPoste}) ${dep} group by 1),
    mois as (select mois from cand union select mois from att union select mois from rec union select mois from pdp)
    select mois.mois,
      coalesce(cand.n, 0) as candidatures, coalesce(att.n, 0) as attribues,
      coalesce(rec.n, 0) as enregistres, coalesce(rec.v, 0) as recrutes, coalesce(pdp.n, 0) as prises
    from mois
    left join cand using (mois) left join att using (mois) left join rec using (mois) left join pdp using (mois)
    order by mois.mois`)) as unknown as { rows: Record<string, unknown>[] };
  return res.rows.map((r) => ({
    mois: String(r.mois),
    candidatures: Number(r.candidatures),
    postesAttribues: Number(r.attribues),
    recrutementsEnregistres: Number(r.enregistres),
    recrutes: Number(r.recrutes),
    prisesDePoste: Number(r.prises),
  }));
}

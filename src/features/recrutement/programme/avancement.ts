import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { estDans, STATUTS_CANDIDATURE_STRUCTURE } from '../domain/types.ts';
import { type Avancement, additionner, avancementVide } from './domain/avancement.ts';
import {
  STATUTS_EN_POSTE,
  STATUTS_RECRUTE_VALIDE,
  STATUTS_RECRUTEMENT_ENREGISTRE,
} from './domain/chiffres.ts';
import { lireParametres } from './repo.ts';

/**
 * Progress computed from the records the pipeline writes (no counter to drift), each figure as
 * `DEFINITIONS_CHIFFRES` (domain/chiffres.ts) defines it; engage_eur sums the committee's decision
 * rows of validated applications.
 */
export const enListe = (statuts: readonly string[]) => sql.raw(statuts.map((s) => `'${s}'`).join(', '));
const enregistres = enListe(STATUTS_RECRUTEMENT_ENREGISTRE);
const valides = enListe(STATUTS_RECRUTE_VALIDE);
const enPoste = enListe(STATUTS_EN_POSTE);

type Ligne = Record<string, unknown> & { dep: string };

async function lignes(db: Db, query: ReturnType<typeof sql>): Promise<Ligne[]> {
  const res = await db.execute(query);
  return (res as unknown as { rows: Ligne[] }).rows;
}

/** Per département (only those with some activity), optionally one département only. */
export async function avancementParDepartement(
  db: Db,
  departementCode?: string,
): Promise<Map<string, Avancement>> {
  const params = await lireParametres(db);
  const filtre = departementCode ? sql`and s.departement_code = ${departementCode}` : sql``;
  const [statuts, decisions, signes, recrutements] = await Promise.all([
    lignes(
      db,
      sql`select s.departement_code as dep, c.statut, count(*)::int as n,
            coalesce(sum(c.postes_demandes) filter (where c.statut not in ('ABANDON', 'ANNULEE', 'DOUBLON')), 0)::int as demandes
          from candidatures_structures c join structures s on s.id = c.structure_id
          where true ${filtre} group by 1, 2`,
    ),
    lignes(
      db,
      sql`select s.departement_code as dep, coalesce(sum(d.postes), 0)::int as postes, coalesce(sum(d.montant_eur), 0)::bigint as montant
          from decisions_coselec d
          join candidatures_structures c on c.id = d.candidature_id and c.statut = 'VALIDATION_COSELEC'
          join structures s on s.id = c.structure_id
          where true ${filtre} group by 1`,
    ),
    lignes(
      db,
      sql`with att as (select candidature_id, sum(postes) as p from decisions_coselec group by 1),
               sig as (select candidature_id, sum(postes) as p from conventions where statut = 'SIGNEE' group by 1)
          select s.departement_code as dep, coalesce(sum(greatest(0, least(sig.p, att.p))), 0)::int as postes
          from sig join att using (candidature_id)
          join candidatures_structures c on c.id = sig.candidature_id and c.statut = 'VALIDATION_COSELEC'
          join structures s on s.id = c.structure_id
          where true ${filtre} group by 1`,
    ),
    lignes(
      db,
      sql`select s.departement_code as dep,
            count(*) filter (where m.statut in (${enregistres}))::int as enregistres,
            count(*) filter (where m.statut in (${valides}))::int as recrutes,
            count(*) filter (where m.statut in (${enPoste}))::int as en_poste,
            count(*) filter (where m.statut in (${valides}) and f.certification = 'en_cours')::int as en_formation
          from mises_en_relation m
          join structures s on s.id = m.structure_id
          left join formations f on f.mise_en_relation_id = m.id
          where m.statut in (${enregistres}) ${filtre} group by 1`,
    ),
  ]);
  const out = new Map<string, Avancement>();
  const de = (dep: string) => {
    let a = out.get(dep);
    if (!a) {
      a = avancementVide(params.enveloppeEur, STATUTS_CANDIDATURE_STRUCTURE);
      out.set(dep, a);
    }
    return a;
  };
  for (const r of statuts) {
    const a = de(r.dep);
    const n = Number(r.n);
    a.structures.total += n;
    if (estDans(STATUTS_CANDIDATURE_STRUCTURE, r.statut)) a.structures.par_statut[r.statut] += n;
    a.postes.demandes += Number(r.demandes);
  }
  for (const r of decisions) {
    const a = de(r.dep);
    a.postes.attribues += Number(r.postes);
    a.financement.engage_eur += Number(r.montant);
  }
  for (const r of signes) de(r.dep).postes.conventionnes += Number(r.postes);
  for (const r of recrutements) {
    const a = de(r.dep);
    a.postes.recrutements_enregistres += Number(r.enregistres);
    a.postes.recrutes += Number(r.recrutes);
    a.postes.en_poste += Number(r.en_poste);
    a.postes.en_formation += Number(r.en_formation);
  }
  return out;
}

/** National progress, or one département's. */
export async function calculerAvancement(db: Db, departementCode?: string): Promise<Avancement> {
  const params = await lireParametres(db);
  const parDep = await avancementParDepartement(db, departementCode);
  return additionner([...parDep.values()], params.enveloppeEur, STATUTS_CANDIDATURE_STRUCTURE);
}

import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../../db/client.ts';
import { lignes } from '../../../../db/sql.ts';
import type { Criteres } from '../domain/criteres.ts';
import type { Comptes, Dimension } from '../domain/resultat.ts';
import { bornesMois } from './contributions.ts';

/** The last day of the month of a YYYY-MM-DD date. */
function finDeMois(jour: string): string {
  const { fin } = bornesMois(jour.slice(0, 7));
  const d = new Date(`${fin}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether the summary tables answer these criteria exactly: no structure/conseiller condition (those
 * scopes read the raw rows through their indexes: a few thousand rows), at most one theme (a union of
 * themes is not additive), and a period made of whole months (distinct people are counted by month).
 */
export function repondable(c: Criteres): boolean {
  if (c.structureId || c.conseillerId) return false;
  if ((c.thematiquesNumeriques?.length ?? 0) > 1) return false;
  if (c.du && !c.du.endsWith('-01')) return false;
  if (c.au && finDeMois(c.au) !== c.au) return false;
  return true;
}

const entier = z.coerce.number().int();
const ligneJour = z.object({ jour: z.string(), activites: entier, accompagnements: entier });
const ligneDim = z.object({ dimension: z.string(), valeur: z.string(), n: entier });
const lignePresence = z.object({ anonyme: z.boolean(), n: entier });

/** The counts from the summary tables; call only when `repondable(c)`. */
export async function comptesCompteurs(db: Db, c: Criteres): Promise<Comptes> {
  const dept = c.departementCode ?? '*';
  const theme = c.thematiquesNumeriques?.[0] ?? '*';
  const M1 = c.du ? c.du.slice(0, 7) : '0000-00';
  const M2 = c.au ? c.au.slice(0, 7) : '9999-99';
  const type: SQL = c.type ? sql` and type = ${c.type}` : sql``;
  const periodeMois = sql` and mois >= ${M1} and mois <= ${M2}`;
  // Communes: by year when the period is made of whole years (fewer rows: national top 50).
  const anneesEntieres = (!c.du || c.du.endsWith('-01-01')) && (!c.au || c.au.endsWith('-12-31'));
  const communesPar = anneesEntieres
    ? sql`dimension = 'communesAn' and mois >= ${c.du ? `${c.du.slice(0, 4)}-00` : '0000-00'}
        and mois <= ${c.au ? `${c.au.slice(0, 4)}-00` : '9999-99'}`
    : sql`dimension = 'communes'${periodeMois}`;
  const [jours, dims, communes, presences] = await Promise.all([
    lignes(
      db,
      sql`select jour::text as jour, sum(activites)::int as activites, sum(accompagnements)::int as accompagnements
        from activite_stats_jour where departement_code = ${dept} and thematique = ${theme}${type}
        ${c.du ? sql` and jour >= ${c.du}::date` : sql``}${c.au ? sql` and jour <= ${c.au}::date` : sql``}
        group by jour having sum(activites) <> 0 or sum(accompagnements) <> 0`,
      ligneJour,
    ),
    lignes(
      db,
      sql`select dimension, valeur, sum(n)::int as n from activite_stats_mois
        where departement_code = ${dept} and thematique = ${theme}${type}${periodeMois}
          and dimension not in ('communes', 'communesAn')
        group by dimension, valeur having sum(n) <> 0`,
      ligneDim,
    ),
    // Communes live on the département rows only (a commune lies in one département).
    lignes(
      db,
      sql`select 'communes' as dimension, valeur, sum(n)::int as n from activite_stats_mois
        where ${dept === '*' ? sql`departement_code <> '*'` : sql`departement_code = ${dept}`}
          and thematique = ${theme}${type} and ${communesPar}
        group by valeur having sum(n) <> 0`,
      ligneDim,
    ),
    lignes(
      db,
      sql`select anonyme, sum(n)::int as n from activite_stats_presences
        where departement_code = ${dept} and type = ${c.type ?? '*'} and thematique = ${theme}
          ${periodeMois} and mois_precedent < ${M1}
        group by anonyme`,
      lignePresence,
    ),
  ]);
  const totaux = new Map<string, number>();
  const repartitions = new Map<Dimension, Map<string, number>>();
  for (const l of [...dims, ...communes]) {
    if (l.dimension === 'totaux') {
      totaux.set(l.valeur, l.n);
      continue;
    }
    const d = l.dimension as Dimension;
    const m = repartitions.get(d) ?? new Map<string, number>();
    m.set(l.valeur, (m.get(l.valeur) ?? 0) + l.n);
    repartitions.set(d, m);
  }
  const anonymes = presences.find((p) => p.anonyme)?.n ?? 0;
  const nommes = presences.find((p) => !p.anonyme)?.n ?? 0;
  return {
    activites: totaux.get('activites') ?? 0,
    accompagnements: totaux.get('accompagnements') ?? 0,
    beneficiaires: anonymes + nommes,
    nouveaux: totaux.get('nouveaux') ?? 0,
    nouveauxNommes: totaux.get('nouveaux_nommes') ?? 0,
    anonymes,
    jours: new Map(
      jours.map((j) => [j.jour, { activites: j.activites, accompagnements: j.accompagnements }]),
    ),
    repartitions,
  };
}

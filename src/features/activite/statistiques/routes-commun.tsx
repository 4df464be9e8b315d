import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { sendPage } from '../../../platform/http/render.tsx';
import { nomsUtilisateurs } from '../../comptes/index.ts';
import { structuresDuDepartement } from '../../structures/index.ts';
import { listerDepartements, nomsCommunes, nomsDepartements } from '../../territoires/index.ts';
import { calculerStatistiques } from './calculer.ts';
import type { FiltresStatistiques, PorteeStatistiques } from './domain/contrat.ts';
import { lireFiltres, type ValeurRequete } from './domain/filtres.ts';
import { conseillersDeLEquipe } from './equipe.ts';
import { exporterCsv } from './exports/csv.ts';
import { sectionsExport } from './exports/tableaux.ts';
import { exporterXlsx } from './exports/xlsx.ts';
import { DSFR_CHART_SCRIPT } from './pages/graphique-dsfr.tsx';
import { PageImpression } from './pages/impression.tsx';
import { PageStatistiques, type ValeursFiltres } from './pages/statistiques.tsx';
import { filtresPermis, verifierFiltres } from './policy.ts';
import { decrireFiltres, presenterStatistiques } from './presenter.ts';
import { appliquerSecret, sansSecret } from './public/secret.ts';

export type Format = 'html' | 'csv' | 'xlsx';

export interface DemandeStatistiques {
  portee: PorteeStatistiques;
  titre: string;
  /** The page's address (exports live under it). */
  action: string;
  perimetre: string;
  /** Public figures: small counts hidden. */
  secret: boolean;
  /** File name stem of the exports. */
  fichier: string;
  format: Format;
  breadcrumbs?: { label: string; href?: string }[];
}

function valeursBrutes(q: Record<string, ValeurRequete>): ValeursFiltres {
  const un = (v: ValeurRequete) => (Array.isArray(v) ? v[0] : v);
  const t = q.thematiquesNumeriques;
  return {
    du: un(q.du),
    au: un(q.au),
    departementCode: un(q.departementCode),
    conseillerId: un(q.conseillerId),
    structureId: un(q.structureId),
    type: un(q.type),
    thematiquesNumeriques: t === undefined ? [] : Array.isArray(t) ? t : t.split(','),
  };
}

/** The current filters as a query string (export and print links), only the known fields. */
function requeteDe(f: FiltresStatistiques): string {
  const p = new URLSearchParams();
  for (const k of ['du', 'au', 'departementCode', 'structureId', 'conseillerId', 'type'] as const) {
    const v = f[k];
    if (v) p.append(k, v);
  }
  for (const t of f.thematiquesNumeriques ?? []) p.append('thematiquesNumeriques', t);
  return p.toString();
}

/**
 * One statistics page, print view or export: filters read and checked against the scope, figures
 * computed, hidden where public, shown in the asked format. Bad filters give the form with French
 * messages (never a 500, never figures of a wider scope).
 */
export async function servirStatistiques(
  request: FastifyRequest,
  reply: FastifyReply,
  d: DemandeStatistiques,
) {
  const db = request.server.deps.db;
  const q = (request.query ?? {}) as Record<string, ValeurRequete>;
  const permis = filtresPermis(d.portee);
  // Structures to choose from: the scope's département, or the one a national page filters on.
  // Never on public pages: they go down to a département, not to a structure.
  const departementDesStructures = d.secret
    ? null
    : d.portee.niveau === 'departement'
      ? d.portee.departementCode
      : d.portee.niveau === 'national' && typeof q.departementCode === 'string'
        ? q.departementCode.toUpperCase().slice(0, 3)
        : null;
  const [departements, conseillers, structures] = await Promise.all([
    permis.departement ? listerDepartements(db, true) : Promise.resolve(null),
    permis.conseiller && d.portee.niveau === 'structure'
      ? conseillersDeLEquipe(db, d.portee.structureId)
      : Promise.resolve(null),
    permis.structure && departementDesStructures
      ? structuresDuDepartement(db, departementDesStructures)
      : Promise.resolve(null),
  ]);
  const options = {
    structures: structures?.map((x) => ({ value: x.id, label: x.nom })),
    departements: departements?.map((x) => ({ value: x.code, label: `${x.code} — ${x.nom}` })),
    conseillers: conseillers ?? undefined,
  };
  const lus = lireFiltres(q);
  const verifies = lus.ok ? verifierFiltres(d.portee, lus.value, { publique: d.secret }) : lus;
  const page = (status: number, body: Parameters<typeof PageStatistiques>[0]) =>
    sendPage(
      request,
      reply,
      {
        title: status === 200 ? d.titre : `Erreur — ${d.titre}`,
        status,
        scripts: [DSFR_CHART_SCRIPT],
        ...(d.breadcrumbs ? { breadcrumbs: d.breadcrumbs } : {}),
      },
      <PageStatistiques {...body} />,
    );
  if (!verifies.ok) {
    const erreurs = verifies.error.fields ?? { _: verifies.error.message };
    if (d.format !== 'html') {
      return reply
        .code(400)
        .type('text/plain; charset=utf-8')
        .send(`${verifies.error.message}\n${Object.values(erreurs).join('\n')}\n`);
    }
    return page(400, {
      titre: d.titre,
      perimetre: d.perimetre,
      action: d.action,
      valeurs: valeursBrutes(q),
      erreurs,
      ...options,
      vue: null,
      filtres: [],
      requete: '',
    });
  }
  const filtres = verifies.value;
  const stats = await calculerStatistiques(db, d.portee, filtres);
  const publiees = d.secret ? appliquerSecret(stats) : sansSecret(stats);
  const [communes, nomsDep, nomsCons] = await Promise.all([
    nomsCommunes(
      db,
      stats.repartitions.communes.map((c) => c.code),
    ),
    filtres.departementCode
      ? nomsDepartements(db, [filtres.departementCode])
      : Promise.resolve(new Map<string, string>()),
    filtres.conseillerId ? nomsUtilisateurs(db, [filtres.conseillerId]) : Promise.resolve(new Map()),
  ]);
  const vue = presenterStatistiques(publiees, communes);
  const cons = filtres.conseillerId ? nomsCons.get(filtres.conseillerId) : undefined;
  const description = decrireFiltres({
    perimetre: d.perimetre,
    du: filtres.du,
    au: filtres.au,
    departement: filtres.departementCode
      ? `${nomsDep.get(filtres.departementCode) ?? ''} (${filtres.departementCode})`.trim()
      : undefined,
    structure: filtres.structureId
      ? (structures?.find((x) => x.id === filtres.structureId)?.nom ?? filtres.structureId)
      : undefined,
    conseiller: cons ? `${cons.prenom} ${cons.nom}` : filtres.conseillerId,
    type: filtres.type,
    thematiques: filtres.thematiquesNumeriques,
  });
  if (d.format === 'csv' || d.format === 'xlsx') {
    const sections = sectionsExport(vue, description);
    const nom = `${d.fichier}.${d.format}`;
    reply.header('content-disposition', `attachment; filename="${nom}"`).header('cache-control', 'no-store');
    if (d.format === 'csv') return reply.type('text/csv; charset=utf-8').send(exporterCsv(sections));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await exporterXlsx(sections));
  }
  const requete = requeteDe(filtres);
  if (q.impression !== undefined) {
    const html = renderToString(
      <PageImpression
        titre={d.titre}
        vue={vue}
        filtres={description}
        retour={requete ? `${d.action}?${requete}` : d.action}
        secret={d.secret}
      />,
    );
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(`<!DOCTYPE html>${html}`);
  }
  return page(200, {
    titre: d.titre,
    perimetre: d.perimetre,
    action: d.action,
    valeurs: valeursBrutes(q),
    erreurs: {},
    ...options,
    vue,
    filtres: description,
    requete,
    secret: d.secret,
  });
}

import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../../platform/http/render.tsx';
import { nomsDepartements } from '../../territoires/index.ts';
import { libelle, THEMATIQUES_NUMERIQUES, THEMES_CRA_2021 } from '../domain/vocabulaire.ts';
import { HistoriquePage, type LigneDepartementHistorique } from './pages/historique.tsx';
import { historiqueCra } from './queries.ts';

const TRIS = ['departement', 'usagers', 'accompagnements'] as const;
type Tri = (typeof TRIS)[number];

/** Column and order from the query string; anything else falls back to the département order. */
export function lireTri(query: unknown): { colonne: Tri; ordre: 'asc' | 'desc' } {
  const q = (query ?? {}) as Record<string, unknown>;
  const colonne = (TRIS as readonly unknown[]).includes(q.tri) ? (q.tri as Tri) : 'departement';
  const ordre =
    q.ordre === 'desc' || q.ordre === 'asc' ? q.ordre : colonne === 'departement' ? 'asc' : 'desc';
  return { colonne, ordre };
}

/** Public page of the former reports' aggregates. */
export function historiqueRoutes(app: FastifyInstance) {
  app.get('/statistiques/activite/historique', async (request, reply) => {
    const tri = lireTri(request.query);
    const h = await historiqueCra(app.deps.db);
    const noms = await nomsDepartements(
      app.deps.db,
      h.departements.map((d) => d.departementCode),
    );
    const lignes: LigneDepartementHistorique[] = h.departements.map((d) => ({
      code: d.departementCode,
      nom: noms.get(d.departementCode) ?? d.departementCode,
      usagers: d.usagers,
      accompagnements: d.accompagnements,
      individuels: d.accompagnement.individuel ?? 0,
      ateliers: d.accompagnement.atelier ?? 0,
    }));
    const signe = tri.ordre === 'asc' ? 1 : -1;
    lignes.sort((a, b) =>
      tri.colonne === 'departement'
        ? signe * a.code.localeCompare(b.code, 'fr', { numeric: true })
        : signe * (a[tri.colonne] - b[tri.colonne]) || a.code.localeCompare(b.code),
    );
    return sendPage(
      request,
      reply,
      {
        title: 'Historique des comptes rendus d’activité',
        breadcrumbs: [{ label: 'Historique des comptes rendus d’activité' }],
      },
      <HistoriquePage
        vide={h.departements.length === 0}
        total={{
          usagers: h.total.usagers,
          accompagnements: h.total.accompagnements,
          departements: lignes.length,
        }}
        themes={Object.entries(THEMES_CRA_2021).map(([code, t]) => ({
          libelle: t.libelle,
          n: h.total.themes[code] ?? 0,
          vers: t.vers.map((v) => libelle(THEMATIQUES_NUMERIQUES, v)),
        }))}
        themesActuels={Object.entries(h.total.themesActuels)
          .sort(([, a], [, b]) => b - a)
          .map(([code, n]) => ({ libelle: libelle(THEMATIQUES_NUMERIQUES, code), n }))}
        departements={lignes}
        tri={tri}
      />,
    );
  });
}

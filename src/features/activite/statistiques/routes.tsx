import { createRequire } from 'node:module';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPagePasTrouvee } from '../../../platform/http/render.tsx';
import { departementExiste, nomsDepartements } from '../../territoires/index.ts';
import { DSFR_CHART_BASE } from './pages/graphique-dsfr.tsx';
import { porteeDe, porteePublique } from './policy.ts';
import { type DemandeStatistiques, type Format, servirStatistiques } from './routes-commun.tsx';

const require = createRequire(import.meta.url);
// The package exports no package.json: its main file is dist/DSFRChart/DSFRChart.umd.cjs.
const DSFR_CHART_DIST = path.dirname(path.dirname(require.resolve('@gouvfr/dsfr-chart')));

type Page = Omit<DemandeStatistiques, 'format'>;

/** Registers a page and its two exports (`<page>/export.csv`, `<page>/export.xlsx`). */
function avecExports(
  app: FastifyInstance,
  url: string,
  options: object,
  demande: (request: FastifyRequest, reply: FastifyReply) => Promise<Page | null>,
) {
  const servir = (format: Format) => async (request: FastifyRequest, reply: FastifyReply) => {
    const d = await demande(request, reply);
    if (!d) return sendPagePasTrouvee(request, reply);
    return servirStatistiques(request, reply, { ...d, format });
  };
  app.get(url, options, servir('html'));
  app.get(`${url}/export.csv`, options, servir('csv'));
  app.get(`${url}/export.xlsx`, options, servir('xlsx'));
}

/** Statistics pages of each role, the public ones, their exports, and the State's chart assets. */
export function statistiquesRoutes(app: FastifyInstance) {
  // The chart web components, from the installed package (versioned path, cached a year).
  app.register(fastifyStatic, {
    root: DSFR_CHART_DIST,
    prefix: `${DSFR_CHART_BASE}/`,
    decorateReply: false,
    maxAge: '7d',
    index: false,
  });

  avecExports(
    app,
    '/activite/statistiques',
    { preHandler: requireRole('conseiller', 'structure') },
    async (request) => {
      const acteur = userActor(request);
      const portee = porteeDe(acteur);
      if (!portee) return null;
      const structure = acteur.active?.structureNom ?? 'votre structure';
      const equipe = portee.niveau === 'structure';
      return {
        portee,
        titre: equipe ? 'Statistiques de l’équipe' : 'Mes statistiques',
        action: '/activite/statistiques',
        perimetre: equipe ? `L’activité de l’équipe de ${structure}` : `Votre activité à ${structure}`,
        secret: false,
        fichier: equipe ? 'statistiques-equipe' : 'mes-statistiques',
      };
    },
  );

  avecExports(
    app,
    '/prefecture/activite/statistiques',
    { preHandler: requireRole('prefecture') },
    async (request) => {
      const acteur = userActor(request);
      const portee = porteeDe(acteur);
      if (portee?.niveau !== 'departement') return null;
      const m = acteur.active!;
      return {
        portee,
        titre: 'Activité des conseillers du département',
        action: '/prefecture/activite/statistiques',
        perimetre: `Département ${m.departementNom ?? ''} (${portee.departementCode}) — chiffres agrégés, aucune personne nommée`,
        secret: false,
        fichier: `statistiques-activite-${portee.departementCode}`,
      };
    },
  );

  avecExports(app, '/admin/activite/statistiques', { preHandler: requireRole('anct') }, async (request) => {
    const portee = porteeDe(userActor(request));
    if (portee?.niveau !== 'national') return null;
    return {
      portee,
      titre: 'Activité des conseillers numériques',
      action: '/admin/activite/statistiques',
      perimetre: 'France entière — chiffres agrégés, aucune personne nommée',
      secret: false,
      fichier: 'statistiques-activite-national',
    };
  });

  avecExports(app, '/statistiques/activite', {}, async () => ({
    portee: porteePublique(),
    titre: 'Statistiques de l’activité',
    action: '/statistiques/activite',
    perimetre: 'L’activité des conseillers numériques, France entière',
    secret: true,
    fichier: 'statistiques-activite',
  }));

  avecExports(app, '/statistiques/activite/:departement', {}, async (request) => {
    const code = String((request.params as { departement: string }).departement).toUpperCase();
    if (!/^[0-9AB]{2,3}$/.test(code) || !(await departementExiste(request.server.deps.db, code))) return null;
    const nom = (await nomsDepartements(request.server.deps.db, [code])).get(code) ?? code;
    return {
      portee: porteePublique(code),
      titre: `Statistiques de l’activité — ${nom}`,
      action: `/statistiques/activite/${code}`,
      perimetre: `L’activité des conseillers numériques, département ${nom} (${code})`,
      secret: true,
      fichier: `statistiques-activite-${code}`,
      breadcrumbs: [{ label: 'Statistiques de l’activité', href: '/statistiques/activite' }, { label: nom }],
    };
  });
}

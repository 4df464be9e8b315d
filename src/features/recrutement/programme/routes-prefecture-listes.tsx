import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { departementsPublies } from '../../territoires/index.ts';
import { conseillersEtFormations, conventionsNationales, LIGNES_PAR_PAGE } from '../lecture/anct.ts';
import { departementDe, FILTRE_PAGE, requete } from '../outils-http.tsx';
import { dateHeure, dateJour, euros, nombre } from '../presenters/format.ts';
import {
  libelleCertification,
  libelleTypeContrat,
  statutConvention,
  statutRelation,
} from '../presenters/statuts.ts';
import { ConseillersDepartementPage, ConventionsDepartementPage } from './pages/prefecture-listes.tsx';

const PREFECTURE = { preHandler: requireRole('prefecture') };
const FILTRES = z.object({ page: FILTRE_PAGE });

async function nomDepartement(db: Db, code: string): Promise<string> {
  const [row] = await db
    .select({ nom: departementsPublies.nom })
    .from(departementsPublies)
    .where(eq(departementsPublies.code, code));
  const nom = row?.nom;
  return nom ? `${nom} (${code})` : code;
}

const periode = (debut: string | null, fin: string | null) =>
  debut ? (fin ? `du ${dateJour(debut)} au ${dateJour(fin)}` : `depuis le ${dateJour(debut)}`) : '—';

/**
 * The préfecture's lists of its département: advisers (structure, contract, training) and conventions.
 * The département always comes from the active membership, never from the query string.
 */
export function recrutementPagesPrefectureListes(app: FastifyInstance) {
  const db = app.deps.db;

  app.get('/prefecture/conseillers', PREFECTURE, async (request, reply) => {
    const { departementCode } = departementDe(request);
    const f = FILTRES.parse(request.query ?? {});
    const [{ total, rows }, departement] = await Promise.all([
      conseillersEtFormations(db, { departement: departementCode, page: f.page }),
      nomDepartement(db, departementCode),
    ]);
    return sendPage(
      request,
      reply,
      { title: `Conseillers — ${departement}`, breadcrumbs: [{ label: 'Conseillers du département' }] },
      <ConseillersDepartementPage
        departement={departement}
        total={total}
        page={f.page}
        pages={Math.max(1, Math.ceil(total / LIGNES_PAR_PAGE))}
        href={(n) => `/prefecture/conseillers?${requete({ page: n })}`}
        conseillers={rows.map((r) => ({
          nom: [r.prenom, r.nom].filter(Boolean).join(' ') || 'Conseiller',
          structure: r.structureNom,
          statut: statutRelation(r.statut),
          contrat: r.contratType
            ? `${libelleTypeContrat(r.contratType)}${r.heuresHebdo ? `, ${nombre(r.heuresHebdo)} h par semaine` : ''}`
            : '—',
          periode: periode(r.contratDebut, r.contratFin),
          formation: r.formationOrganisme
            ? `${r.formationOrganisme}, ${periode(r.formationDebut, r.formationFin)}`
            : 'Non inscrite',
          certification: libelleCertification(r.certification),
        }))}
      />,
    );
  });

  app.get('/prefecture/conventions', PREFECTURE, async (request, reply) => {
    const { departementCode } = departementDe(request);
    const f = FILTRES.parse(request.query ?? {});
    const [{ total, montant, rows }, departement] = await Promise.all([
      conventionsNationales(db, { departement: departementCode, page: f.page }),
      nomDepartement(db, departementCode),
    ]);
    return sendPage(
      request,
      reply,
      { title: `Conventions — ${departement}`, breadcrumbs: [{ label: 'Conventions du département' }] },
      <ConventionsDepartementPage
        departement={departement}
        total={total}
        montant={euros(montant)}
        page={f.page}
        pages={Math.max(1, Math.ceil(total / LIGNES_PAR_PAGE))}
        href={(n) => `/prefecture/conventions?${requete({ page: n })}`}
        conventions={rows.map((c) => ({
          numero: c.numero,
          structure: c.structureNom,
          statut: statutConvention(c.statut),
          postes: nombre(c.postes),
          montant: euros(Number(c.montantEur)),
          duree: `${c.dureeMois} mois`,
          signeeLe: c.signeeLe ? dateHeure(c.signeeLe) : '—',
        }))}
      />,
    );
  });
}

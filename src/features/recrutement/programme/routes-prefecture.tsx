import type { FastifyInstance } from 'fastify';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { departementDe } from '../outils-http.tsx';
import { dateJour, euros, nombre, pourcentage } from '../presenters/format.ts';
import { CLES_CHIFFRES, DEFINITIONS_CHIFFRES } from './domain/chiffres.ts';
import { TableauDepartementPage } from './pages/tableau-departement.tsx';
import { tableauDeBordDepartement } from './tableau-de-bord.ts';

const ZONES: Record<string, string> = {
  toutes: 'Toutes les structures',
  qpv: 'Quartiers prioritaires (QPV)',
  zrr: 'Zones de revitalisation rurale (ZRR)',
  france_services: 'Structures labellisées France Services',
};

export function recrutementPagesPrefecture(app: FastifyInstance) {
  const db = app.deps.db;

  app.get(
    '/prefecture/tableau-de-bord',
    { preHandler: requireRole('prefecture') },
    async (request, reply) => {
      const { departementCode: dep } = departementDe(request);
      const {
        avancement: a,
        candidats,
        zones,
        avis,
        echeance,
        nom,
      } = await tableauDeBordDepartement(db, dep);
      const p = a.postes;
      const departement = `${nom ?? dep} (${dep})`;
      return sendPage(
        request,
        reply,
        {
          title: `Tableau de bord — ${departement}`,
          breadcrumbs: [{ label: 'Tableau de bord du département' }],
        },
        <TableauDepartementPage
          v={{
            departement,
            // The public definitions (domain/chiffres.ts), lower-cased as tile captions.
            postes: CLES_CHIFFRES.map((k) => ({
              libelle: DEFINITIONS_CHIFFRES[k].libelle.toLowerCase(),
              valeur: nombre(p[k]),
            })),
            engage: euros(a.financement.engage_eur),
            tauxAttribution: pourcentage(p.attribues, p.demandes),
            candidats: [
              { libelle: 'candidats inscrits dans le département', valeur: nombre(candidats.inscrits) },
              { libelle: 'disponibles (non recrutés)', valeur: nombre(candidats.disponibles) },
              { libelle: 'titulaires d’un diplôme de médiation', valeur: nombre(candidats.diplomes) },
              { libelle: 'proposés aux structures du département', valeur: nombre(candidats.proposes) },
            ],
            zones: zones.map((z) => ({
              zone: ZONES[z.zone] ?? z.zone,
              candidatures: nombre(z.candidatures),
              validees: nombre(z.validees),
              demandes: nombre(z.postesDemandes),
              attribues: nombre(z.postesAttribues),
              recrutes: nombre(z.recrutes),
            })),
            avis: {
              aExaminer: nombre(avis.aExaminer),
              donnes: nombre(avis.donnes),
              favorables: nombre(avis.favorables),
              defavorables: nombre(avis.defavorables),
              enRetard: nombre(avis.enRetard),
            },
            echeance: echeance ? dateJour(echeance) : null,
          }}
        />,
      );
    },
  );
}

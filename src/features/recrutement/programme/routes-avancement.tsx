import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { codeDepartementSchema } from '../../../platform/valeurs/codes-territoriaux.ts';
import { dateParis } from '../domain/parametres.ts';
import { euros, nombre } from '../presenters/format.ts';
import { classeurXlsx, TYPE_XLSX } from '../presenters/xlsx.ts';
import { avancementParDepartement, calculerAvancement } from './avancement.ts';
import type { Avancement } from './domain/avancement.ts';
import { CLES_CHIFFRES, DEFINITIONS_CHIFFRES } from './domain/chiffres.ts';
import { listeDepartements } from './lecture-departement.ts';
import { serieMensuelle } from './lecture-serie-mensuelle.ts';
import { AvancementPage, type LigneDepartementVue } from './pages/avancement.tsx';
import {
  LIBELLES_POSTES,
  presenterAvancement,
  presenterDefinitions,
  presenterJalons,
  presenterSerie,
} from './presenter-avancement.ts';
import { lireJalons } from './repo.ts';

const requeteSchema = z.object({
  departement: codeDepartementSchema().optional().catch(undefined),
});

/** Open data: anyone reads the national or a département's progress; a préfecture lands on its own. */
function departementDemande(request: FastifyRequest): string | undefined {
  const q = requeteSchema.parse(request.query ?? {});
  if (q.departement) return q.departement;
  const m = request.actor?.kind === 'user' ? request.actor.active : null;
  const vientDeLaPage = 'departement' in ((request.query as Record<string, unknown>) ?? {});
  return m?.role === 'prefecture' && !vientDeLaPage ? (m.departementCode ?? undefined) : undefined;
}

async function donnees(app: FastifyInstance, dep: string | undefined) {
  const db = app.deps.db;
  const [a, jalons, serie, departements, parDep] = await Promise.all([
    calculerAvancement(db, dep),
    lireJalons(db),
    serieMensuelle(db, dep),
    listeDepartements(db),
    dep ? Promise.resolve(new Map<string, Avancement>()) : avancementParDepartement(db),
  ]);
  const noms = new Map(departements.map((d) => [d.code, d.nom]));
  return { a, jalons, serie, departements, parDep, noms };
}

export function recrutementPagesAvancement(app: FastifyInstance) {
  app.get('/recrutement/avancement', async (request, reply) => {
    const dep = departementDemande(request);
    const { a, jalons, serie, departements, parDep, noms } = await donnees(app, dep);
    if (dep && !noms.has(dep)) return repondreIntrouvable(request, reply);
    const titre = dep ? `État d’avancement — ${noms.get(dep)} (${dep})` : 'État d’avancement national';
    const lignes: LigneDepartementVue[] = [...parDep.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([code, d]) => ({
        code,
        nom: noms.get(code) ?? code,
        structures: nombre(d.structures.total),
        demandes: nombre(d.postes.demandes),
        attribues: nombre(d.postes.attribues),
        recrutes: nombre(d.postes.recrutes),
        enPoste: nombre(d.postes.en_poste),
        engage: euros(d.financement.engage_eur),
      }));
    return sendPage(
      request,
      reply,
      { title: titre, breadcrumbs: [{ label: 'État d’avancement' }] },
      <AvancementPage
        titre={titre}
        departement={dep ?? null}
        departements={departements}
        choixDepartement
        a={presenterAvancement(a)}
        jalons={presenterJalons(jalons, a, dateParis(app.deps.now()), !dep)}
        serie={presenterSerie(serie)}
        definitions={presenterDefinitions()}
        parDepartement={lignes}
        lienExport={`/recrutement/avancement.xlsx${dep ? `?departement=${dep}` : ''}`}
      />,
    );
  });

  app.get('/recrutement/avancement.xlsx', async (request, reply) => {
    const dep = departementDemande(request);
    const { a, jalons, serie, parDep, noms } = await donnees(app, dep);
    if (dep && !noms.has(dep)) return repondreIntrouvable(request, reply);
    const aujourdhui = dateParis(app.deps.now());
    const synthese = [
      { indicateur: 'Structures candidates', valeur: a.structures.total, definition: '' },
      ...CLES_CHIFFRES.map((k) => ({
        indicateur: LIBELLES_POSTES[k],
        valeur: a.postes[k],
        definition: DEFINITIONS_CHIFFRES[k].definition,
      })),
      { indicateur: 'Financement engagé (euros)', valeur: a.financement.engage_eur, definition: '' },
      { indicateur: 'Enveloppe (euros)', valeur: a.financement.enveloppe_eur, definition: '' },
    ];
    const fichier = await classeurXlsx(
      [
        {
          nom: 'Synthèse',
          colonnes: [
            { cle: 'indicateur', titre: dep ? `Indicateur (${dep})` : 'Indicateur (national)', largeur: 36 },
            { cle: 'valeur', titre: 'Valeur', largeur: 16 },
            { cle: 'definition', titre: 'Définition', largeur: 90 },
          ],
          lignes: synthese,
        },
        {
          nom: 'Jalons',
          colonnes: [
            { cle: 'libelle', titre: 'Jalon', largeur: 40 },
            { cle: 'date', titre: 'Échéance', largeur: 14, type: 'date' },
            { cle: 'cible', titre: 'Objectif', largeur: 12 },
            { cle: 'realise', titre: 'Réalisé', largeur: 12 },
            { cle: 'etat', titre: 'État', largeur: 24 },
          ],
          lignes: presenterJalons(jalons, a, aujourdhui, !dep).map((j, i) => ({
            libelle: j.libelle,
            date: jalons[i]!.date,
            cible: jalons[i]!.cible ?? '',
            realise: jalons[i]!.indicateur ? a.postes[jalons[i]!.indicateur!] : '',
            etat: j.etat.libelle,
          })),
        },
        {
          nom: 'Mensuel',
          colonnes: [
            { cle: 'mois', titre: 'Mois', largeur: 12, type: 'mois' },
            { cle: 'candidatures', titre: 'Candidatures déposées' },
            { cle: 'postesAttribues', titre: 'Postes attribués' },
            { cle: 'cumulAttribues', titre: 'Postes attribués (cumul)' },
            { cle: 'recrutementsEnregistres', titre: 'Recrutements enregistrés' },
            { cle: 'cumulEnregistres', titre: 'Recrutements enregistrés (cumul)' },
            { cle: 'recrutes', titre: 'Conseillers recrutés (validés)' },
            { cle: 'cumulRecrutes', titre: 'Conseillers recrutés (validés, cumul)' },
            { cle: 'prisesDePoste', titre: 'Prises de poste' },
            { cle: 'cumulEnPoste', titre: 'En poste (cumul)' },
          ],
          lignes: presenterSerie(serie).map((m) => m.brut),
        },
        {
          nom: 'Par département',
          colonnes: [
            { cle: 'code', titre: 'Code', largeur: 8 },
            { cle: 'nom', titre: 'Département', largeur: 28 },
            { cle: 'structures', titre: 'Structures' },
            { cle: 'demandes', titre: 'Postes demandés' },
            { cle: 'attribues', titre: 'Postes attribués' },
            { cle: 'conventionnes', titre: 'Postes conventionnés' },
            { cle: 'enregistres', titre: 'Recrutements enregistrés' },
            { cle: 'recrutes', titre: 'Recrutés (validés)' },
            { cle: 'enFormation', titre: 'En formation' },
            { cle: 'enPoste', titre: 'En poste' },
            { cle: 'engage', titre: 'Engagé (euros)' },
          ],
          // A département's export has its own row (even with no activity yet), the national one every row.
          lignes: (dep ? [[dep, a] as const] : [...parDep.entries()])
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([code, d]) => ({
              code,
              nom: noms.get(code) ?? code,
              structures: d.structures.total,
              demandes: d.postes.demandes,
              attribues: d.postes.attribues,
              conventionnes: d.postes.conventionnes,
              enregistres: d.postes.recrutements_enregistres,
              recrutes: d.postes.recrutes,
              enFormation: d.postes.en_formation,
              enPoste: d.postes.en_poste,
              engage: d.financement.engage_eur,
            })),
        },
      ],
      { titre: 'État d’avancement du programme Conseillers numériques', maintenant: app.deps.now() },
    );
    return reply
      .header('content-type', TYPE_XLSX)
      .header(
        'content-disposition',
        `attachment; filename="avancement-conseillers-numeriques${dep ? `-${dep}` : ''}.xlsx"`,
      )
      .header('cache-control', 'no-store')
      .send(fichier);
  });
}

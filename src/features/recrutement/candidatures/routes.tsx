import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UserActor } from '../../../platform/auth/actor.ts';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { caseACocher } from '../../../platform/valeurs/case-a-cocher.ts';
import { codeDepartementSchema } from '../../../platform/valeurs/codes-territoriaux.ts';
import { COMPTEUR_SCRIPT } from '../../../ui/components/zone-texte.tsx';
import { MAPLIBRE_BASE } from '../../lieux/index.ts';
import { STRUCTURE_TYPES } from '../../structures/index.ts';
import { estEnRetard } from '../domain/parametres.ts';
import { STATUTS_CANDIDATURE_STRUCTURE } from '../domain/types.ts';
import { decisionsDeCandidature } from '../lecture/structure.ts';
import { corps, echec, param, requete, succes } from '../outils-http.tsx';
import { can } from '../policy.ts';
import { dateJour } from '../presenters/format.ts';
import { presenterDecision } from '../presenters/structure.ts';
import { classeurXlsx, TYPE_XLSX } from '../presenters/xlsx.ts';
import { listeDepartements } from '../programme/lecture-departement.ts';
import { echeanceAvis, lireParametres } from '../programme/repo.ts';
import { decider } from './decider.ts';
import { donnerAvis } from './donner-avis.ts';
import {
  avisDeCandidature,
  CANDIDATURES_PAR_PAGE,
  dossierCandidature,
  type FiltresCandidatures,
  listerCandidatures,
  toutesCandidatures,
} from './lecture.ts';
import { listerSessions } from './lecture-comite.ts';
import { CandidaturesPage } from './pages/candidatures.tsx';
import { DossierPage, type FormulaireVue } from './pages/dossier.tsx';
import {
  legendeCarte,
  ligneExport,
  presenterAvis,
  presenterDossier,
  presenterLigne,
  presenterPoint,
} from './presenter.ts';

const ANCT_OU_PREFECTURE = { preHandler: requireRole('anct', 'prefecture') };
const FIL = { label: 'Candidatures des structures', href: '/recrutement/candidatures' };
export const CARTE_SCRIPT = '/static/recrutement-carte.js';

const coche = caseACocher;
const filtresSchema = z.object({
  departement: codeDepartementSchema().optional().catch(undefined),
  type: z.enum(STRUCTURE_TYPES).optional().catch(undefined),
  statut: z.enum(STATUTS_CANDIDATURE_STRUCTURE).optional().catch(undefined),
  qpv: coche,
  zrr: coche,
  postesMin: z.coerce.number().int().min(1).max(100).optional().catch(undefined),
  avis: z.enum(['favorable', 'defavorable', 'sans']).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
  vue: z.enum(['liste', 'carte']).catch('liste'),
});

/** The filters of the request, with the préfecture's département imposed (never taken from the query). */
function filtres(request: FastifyRequest): {
  f: FiltresCandidatures;
  vue: 'liste' | 'carte';
  fixe: string | null;
} {
  const actor = userActor(request);
  const { vue, ...f } = filtresSchema.parse(request.query ?? {});
  const fixe = actor.active?.role === 'prefecture' ? actor.active.departementCode : null;
  return { f: { ...f, departement: fixe ?? f.departement }, vue, fixe };
}

const aVide = (f: FiltresCandidatures) => ({ ...f, page: undefined, departement: f.departement });

export function recrutementPagesCandidatures(app: FastifyInstance) {
  const db = app.deps.db;

  app.get('/recrutement/candidatures', ANCT_OU_PREFECTURE, async (request, reply) => {
    const { f, vue, fixe } = filtres(request);
    const [{ total, rows }, departements] = await Promise.all([
      listerCandidatures(db, f),
      fixe ? Promise.resolve([]) : listeDepartements(db),
    ]);
    const pages = Math.max(1, Math.ceil(total / CANDIDATURES_PAR_PAGE));
    const q = requete({ ...aVide(f), departement: fixe ? undefined : f.departement });
    const href = (page: number) =>
      `/recrutement/candidatures?${requete({ ...aVide(f), departement: fixe ? undefined : f.departement, vue: vue === 'carte' ? 'carte' : undefined, page })}`;
    const titre = fixe ? `Candidatures des structures — département ${fixe}` : 'Candidatures des structures';
    return sendPage(
      request,
      reply,
      {
        title: titre,
        breadcrumbs: [{ label: 'Candidatures des structures' }],
        scripts: vue === 'carte' ? [CARTE_SCRIPT] : [],
      },
      <CandidaturesPage
        titre={titre}
        filtres={{ ...f, postesMin: f.postesMin?.toString() }}
        lignes={rows.map(presenterLigne)}
        total={total}
        page={f.page}
        pages={pages}
        href={href}
        lienListe={`/recrutement/candidatures${q ? `?${q}` : ''}`}
        lienCarte={`/recrutement/candidatures?${q ? `${q}&` : ''}vue=carte`}
        lienExport={`/recrutement/candidatures.xlsx${q ? `?${q}` : ''}`}
        carte={
          vue === 'carte'
            ? {
                points: `/recrutement/candidatures/points.json${q ? `?${q}` : ''}`,
                maplibre: MAPLIBRE_BASE,
                fond: app.deps.config.lieuxFondDeCarteUrl ?? '',
                legende: legendeCarte(),
              }
            : null
        }
        departementFixe={fixe}
        departements={departements}
      />,
    );
  });

  app.get('/recrutement/candidatures/points.json', ANCT_OU_PREFECTURE, async (request, reply) => {
    const { f } = filtres(request);
    const rows = await toutesCandidatures(db, f, 5000);
    const data = rows.map(presenterPoint).filter((p) => p !== null);
    return reply.header('cache-control', 'private, no-store').send({ data });
  });

  app.get('/recrutement/candidatures.xlsx', ANCT_OU_PREFECTURE, async (request, reply) => {
    const { f, fixe } = filtres(request);
    const rows = await toutesCandidatures(db, f);
    const fichier = await classeurXlsx(
      [
        {
          nom: 'Candidatures',
          colonnes: [
            { cle: 'departement', titre: 'Département', largeur: 12 },
            { cle: 'structure', titre: 'Structure', largeur: 40 },
            { cle: 'siret', titre: 'SIRET', largeur: 16 },
            { cle: 'type', titre: 'Type', largeur: 24 },
            { cle: 'commune', titre: 'Commune', largeur: 24 },
            { cle: 'qpv', titre: 'QPV', largeur: 10 },
            { cle: 'zrr', titre: 'ZRR', largeur: 8 },
            { cle: 'franceServices', titre: 'France Services', largeur: 10 },
            { cle: 'statut', titre: 'Statut', largeur: 30 },
            { cle: 'postesDemandes', titre: 'Postes demandés', largeur: 10 },
            { cle: 'postesAttribues', titre: 'Postes attribués', largeur: 10 },
            { cle: 'dateDebut', titre: 'Début souhaité', largeur: 12, type: 'date' },
            { cle: 'avis', titre: 'Avis de la préfecture', largeur: 14 },
            { cle: 'rang', titre: 'Rang de priorité', largeur: 10 },
            { cle: 'avisEnRetard', titre: 'Avis tardif', largeur: 10 },
            { cle: 'deposeeLe', titre: 'Déposée le', largeur: 12, type: 'date' },
          ],
          lignes: rows.map(ligneExport),
        },
      ],
      { titre: 'Candidatures des structures', maintenant: app.deps.now() },
    );
    const nom = `candidatures-structures${fixe ? `-${fixe}` : ''}.xlsx`;
    return reply
      .header('content-type', TYPE_XLSX)
      .header('content-disposition', `attachment; filename="${nom}"`)
      .header('cache-control', 'private, no-store')
      .send(fichier);
  });

  async function pageDossier(
    request: FastifyRequest,
    reply: FastifyReply,
    forms: { avis?: FormulaireVue; decision?: FormulaireVue } = {},
    status = 200,
  ) {
    const actor: UserActor = userActor(request);
    const d = await dossierCandidature(db, param(request, 'id'));
    const resource = d && {
      type: 'candidature-structure' as const,
      structureId: d.structureId,
      departementCode: d.departementCode,
    };
    // Another département's application does not exist for this préfecture.
    if (!d || !resource || !can(actor, 'voir', resource)) return repondreIntrouvable(request, reply);
    const peutDecider = can(actor, 'decider', resource);
    const [avis, decisions, echeance, sessions, params] = await Promise.all([
      avisDeCandidature(db, d.id),
      decisionsDeCandidature(db, d.id),
      echeanceAvis(db),
      peutDecider ? listerSessions(db) : Promise.resolve([]),
      lireParametres(db),
    ]);
    const vue = presenterAvis;
    const initialAvis = avis
      ? {
          avis: avis.avis,
          commentaire: avis.commentaire,
          rangPriorite: avis.rangPriorite ? String(avis.rangPriorite) : '',
        }
      : {};
    return sendPage(
      request,
      reply,
      {
        title: status >= 400 ? `Erreur — ${d.nom}` : d.nom,
        status,
        breadcrumbs: [FIL, { label: d.nom }],
        scripts: [COMPTEUR_SCRIPT],
      },
      <DossierPage
        csrf={reply.generateCsrf()}
        d={presenterDossier(d)}
        avis={avis ? vue(avis) : null}
        decisions={decisions.map(presenterDecision)}
        echeance={
          echeance ? { date: dateJour(echeance), depassee: estEnRetard(app.deps.now(), echeance) } : null
        }
        peutDonnerAvis={can(actor, 'donner_avis', resource)}
        avisForm={forms.avis ?? { valeurs: initialAvis, erreurs: {} }}
        peutDecider={peutDecider}
        decisionForm={
          forms.decision ?? {
            valeurs: {
              sessionId: sessions[0]?.id ?? '',
              dureeMois: String(Math.max(...params.dureesContratMois)),
            },
            erreurs: {},
          }
        }
        sessions={sessions.map((s) => ({
          id: s.id,
          libelle: `Session n° ${s.numero} du ${dateJour(s.date)}`,
        }))}
        durees={params.dureesContratMois}
      />,
    );
  }

  app.get('/recrutement/candidatures/:id', ANCT_OU_PREFECTURE, (request, reply) =>
    pageDossier(request, reply),
  );

  app.post('/recrutement/candidatures/:id/avis', ANCT_OU_PREFECTURE, async (request, reply) => {
    const id = param(request, 'id');
    const v = corps(request);
    const r = await donnerAvis(contexteUtilisateur(request), id, {
      avis: v.avis,
      commentaire: v.commentaire,
      rangPriorite: v.rangPriorite,
    });
    if (r.ok) {
      return succes(
        reply,
        r.value.enRetard
          ? 'Avis enregistré, après l’échéance : il est signalé comme tardif.'
          : 'Avis enregistré.',
        `/recrutement/candidatures/${id}`,
      );
    }
    if (!r.error.fields) return echec(request, reply, r.error, `/recrutement/candidatures/${id}`);
    return pageDossier(
      request,
      reply,
      { avis: { valeurs: v, erreurs: r.error.fields } },
      r.error.status ?? 422,
    );
  });

  app.post('/recrutement/candidatures/:id/decision', ANCT_OU_PREFECTURE, async (request, reply) => {
    const id = param(request, 'id');
    const v = corps(request);
    const input = {
      sessionId: v.sessionId,
      choix: v.choix ? { type: v.choix, postes: v.postes } : undefined,
      dureeMois: v.dureeMois,
      commentaire: v.commentaire,
    };
    const r = await decider(contexteUtilisateur(request), id, input);
    if (r.ok) {
      const c = r.value.convention;
      return succes(
        reply,
        c ? `Décision enregistrée ; la convention ${c.numero} est générée.` : 'Décision enregistrée.',
        `/recrutement/candidatures/${id}`,
      );
    }
    if (r.error.status === 403 || r.error.status === 404)
      return echec(request, reply, r.error, `/recrutement/candidatures/${id}`);
    const form: FormulaireVue = r.error.fields
      ? { valeurs: v, erreurs: r.error.fields }
      : { valeurs: v, erreurs: {}, message: r.error.message };
    return pageDossier(request, reply, { decision: form }, r.error.status ?? 422);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { caseACocher } from '../../../platform/valeurs/case-a-cocher.ts';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { dateParis } from '../domain/parametres.ts';
import { SITUATIONS_CANDIDAT } from '../domain/types.ts';
import {
  candidaturesDeStructure,
  conseillersDeStructure,
  ficheStructure,
  relationDeStructure,
  relationsDeStructure,
} from '../lecture/structure.ts';
import { corps, echec, param, requete, structureDe, succes, UUID } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { presenterCandidatTrouve, presenterConseiller, presenterRelation } from '../presenters/structure.ts';
import { postesStructure } from '../repo.ts';
import { enregistrerFormation } from './enregistrer-formation.ts';
import { CANDIDATS_PAR_PAGE, rechercherCandidats } from './lecture-recherche.ts';
import { StructureCandidatPage, StructureCandidatsPage } from './pages/structure-candidats.tsx';
import { StructureConseillersPage } from './pages/structure-conseillers.tsx';
import { StructureRecherchePage } from './pages/structure-recherche.tsx';
import { prendrePoste } from './prendre-poste.ts';
import { presenterQuota } from './presenter-quota.ts';
import { recruter } from './recruter.ts';
import { repondreProposition } from './repondre-proposition.ts';
import { rompreContrat } from './rompre-contrat.ts';
import { selectionnerCandidat } from './selectionner-candidat.ts';

const STRUCTURE = { preHandler: requireRole('structure') };
const FIL = { label: 'Candidats', href: '/structure/candidats' };

const rechercheSchema = z.object({
  distanceMax: z.coerce.number().int().min(1).max(2000).optional().catch(undefined),
  diplome: caseACocher,
  situation: z.enum(SITUATIONS_CANDIDAT).optional().catch(undefined),
  disponibleAvant: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  pixMin: z.coerce.number().int().min(1).max(8).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});

/** The use-case context of a structure's member, and its structure (403 without an active one). */
function contexteStructure(request: FastifyRequest) {
  const { structureId } = structureDe(request);
  return { ctx: contexteUtilisateur(request), structureId };
}

const retour = (v: string | undefined) =>
  v && /^\/structure\/candidats(\/[0-9a-f-]{36})?$/.test(v) ? v : '/structure/candidats';

export function recrutementPagesStructureRecrutement(app: FastifyInstance) {
  const db = app.deps.db;

  app.get('/structure/candidats', STRUCTURE, async (request, reply) => {
    const { structureId } = structureDe(request);
    const [relations, postes] = await Promise.all([
      relationsDeStructure(db, structureId, [
        'nouvelle',
        'interessee',
        'non_interessee',
        'declinee',
        'non_disponible',
        'refusee',
      ]),
      postesStructure(db, structureId),
    ]);
    const vues = relations.map(presenterRelation);
    return sendPage(
      request,
      reply,
      { title: 'Candidats proposés', breadcrumbs: [{ label: 'Candidats' }] },
      <StructureCandidatsPage
        csrf={reply.generateCsrf()}
        quota={presenterQuota(postes)}
        retenus={vues.filter((r) => r.code === 'interessee')}
        nouvelles={vues.filter((r) => r.code === 'nouvelle')}
        autres={vues.filter((r) => r.code !== 'interessee' && r.code !== 'nouvelle')}
      />,
    );
  });

  app.get('/structure/candidats/recherche', STRUCTURE, async (request, reply) => {
    const { structureId } = structureDe(request);
    const f = rechercheSchema.parse(request.query ?? {});
    const [fiche, postes, candidatures] = await Promise.all([
      ficheStructure(db, structureId),
      postesStructure(db, structureId),
      candidaturesDeStructure(db, structureId),
    ]);
    if (!fiche || fiche.latitude === null || fiche.longitude === null)
      return repondreIntrouvable(request, reply);
    const { total, rows } = await rechercherCandidats(
      db,
      { id: structureId, latitude: fiche.latitude, longitude: fiche.longitude },
      f,
    );
    const pages = Math.max(1, Math.ceil(total / CANDIDATS_PAR_PAGE));
    const href = (page: number) => `/structure/candidats/recherche?${requete({ ...f, page })}`;
    return sendPage(
      request,
      reply,
      { title: 'Rechercher des candidats', breadcrumbs: [FIL, { label: 'Rechercher' }] },
      <StructureRecherchePage
        csrf={reply.generateCsrf()}
        filtres={{
          distanceMax: f.distanceMax?.toString(),
          diplome: f.diplome,
          situation: f.situation,
          disponibleAvant: f.disponibleAvant,
          pixMin: f.pixMin?.toString(),
        }}
        candidats={rows.map(presenterCandidatTrouve)}
        total={total}
        page={f.page}
        pages={pages}
        href={href}
        quota={presenterQuota(postes)}
        peutSelectionner={candidatures[0]?.statut === 'VALIDATION_COSELEC'}
      />,
    );
  });

  app.post('/structure/candidats/selection', STRUCTURE, async (request, reply) => {
    const { ctx, structureId } = contexteStructure(request);
    const r = await selectionnerCandidat(ctx, structureId, corps(request).candidatId ?? '');
    if (!r.ok) return echec(request, reply, r.error, '/structure/candidats/recherche');
    return succes(
      reply,
      'Candidat présélectionné : vous pouvez maintenant le recruter.',
      `/structure/candidats/${r.value.id}`,
    );
  });

  async function pageCandidat(
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { valeurs: Valeurs; erreurs: FieldErrors },
    status = 200,
  ) {
    const { structureId } = structureDe(request);
    const id = param(request, 'id');
    if (!UUID.test(id)) return repondreIntrouvable(request, reply);
    const [r, postes] = await Promise.all([
      relationDeStructure(db, structureId, id),
      postesStructure(db, structureId),
    ]);
    if (!r) return repondreIntrouvable(request, reply);
    const vue = presenterRelation(r);
    return sendPage(
      request,
      reply,
      { title: form ? `Erreur — ${vue.nom}` : vue.nom, status, breadcrumbs: [FIL, { label: vue.nom }] },
      <StructureCandidatPage
        csrf={reply.generateCsrf()}
        r={vue}
        quota={presenterQuota(postes)}
        valeurs={
          form?.valeurs ?? vue.contratRenvoye ?? { heuresHebdo: '35', dateDebut: dateParis(app.deps.now()) }
        }
        erreurs={form?.erreurs ?? {}}
      />,
    );
  }

  app.get('/structure/candidats/:id', STRUCTURE, (request, reply) => pageCandidat(request, reply));

  app.post('/structure/candidats/:id/reponse', STRUCTURE, async (request, reply) => {
    const { ctx } = contexteStructure(request);
    const v = corps(request);
    const reponse = v.reponse === 'non_interessee' ? 'non_interessee' : 'interessee';
    const back = retour(v.retour);
    const r = await repondreProposition(ctx, param(request, 'id'), reponse);
    if (!r.ok) return echec(request, reply, r.error, back);
    return succes(
      reply,
      reponse === 'interessee'
        ? 'Intérêt enregistré : les coordonnées du candidat sont visibles sur sa fiche.'
        : 'Candidat écarté : il ne vous sera plus proposé.',
      back,
    );
  });

  app.post('/structure/candidats/:id/recrutement', STRUCTURE, async (request, reply) => {
    const { ctx } = contexteStructure(request);
    const id = param(request, 'id');
    const v = corps(request);
    const r = await recruter(ctx, id, v);
    if (r.ok) {
      return succes(
        reply,
        'Recrutement enregistré : le candidat doit le confirmer depuis son espace, puis l’ANCT le validera. Il apparaît dans vos conseillers.',
        '/structure/conseillers',
      );
    }
    if (!r.error.fields) {
      if (r.error.status === 403 || r.error.status === 404)
        return echec(request, reply, r.error, '/structure/candidats');
      // Quota or availability: shown on the form, with what was typed.
      return pageCandidat(
        request,
        reply,
        { valeurs: v, erreurs: { _: r.error.message } },
        r.error.status ?? 409,
      );
    }
    return pageCandidat(request, reply, { valeurs: v, erreurs: r.error.fields }, r.error.status ?? 400);
  });

  app.get('/structure/conseillers', STRUCTURE, async (request, reply) => {
    const { structureId } = structureDe(request);
    const conseillers = (await conseillersDeStructure(db, structureId)).map(presenterConseiller);
    return sendPage(
      request,
      reply,
      { title: 'Mes conseillers numériques', breadcrumbs: [{ label: 'Conseillers' }] },
      <StructureConseillersPage
        csrf={reply.generateCsrf()}
        conseillers={conseillers}
        aujourdhui={dateParis(app.deps.now())}
      />,
    );
  });

  app.post('/structure/conseillers/:id/formation', STRUCTURE, async (request, reply) => {
    const { ctx } = contexteStructure(request);
    const r = await enregistrerFormation(ctx, param(request, 'id'), corps(request));
    if (!r.ok) return echec(request, reply, r.error, '/structure/conseillers');
    return succes(reply, 'La formation est enregistrée.', '/structure/conseillers');
  });

  app.post('/structure/conseillers/:id/prise-de-poste', STRUCTURE, async (request, reply) => {
    const { ctx } = contexteStructure(request);
    const r = await prendrePoste(ctx, param(request, 'id'));
    if (!r.ok) return echec(request, reply, r.error, '/structure/conseillers');
    return succes(reply, 'La prise de poste est enregistrée.', '/structure/conseillers');
  });

  app.post('/structure/conseillers/:id/rupture', STRUCTURE, async (request, reply) => {
    const { ctx } = contexteStructure(request);
    const r = await rompreContrat(ctx, param(request, 'id'), corps(request));
    if (!r.ok) return echec(request, reply, r.error, '/structure/conseillers');
    return succes(
      reply,
      'La fin du contrat est enregistrée : le poste est de nouveau disponible.',
      '/structure/conseillers',
    );
  });
}

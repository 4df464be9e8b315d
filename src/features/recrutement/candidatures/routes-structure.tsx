import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { COMPTEUR_SCRIPT } from '../../../ui/components/zone-texte.tsx';
import { STATUTS_CANDIDATURE_ACTIVE } from '../domain/transitions.ts';
import { estDans } from '../domain/types.ts';
import { candidaturesDeStructure, decisionsDeCandidature, ficheStructure } from '../lecture/structure.ts';
import { corps, echec, structureDe, succes } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { nombre } from '../presenters/format.ts';
import {
  presenterCandidature,
  presenterDecision,
  presenterFiche,
  valeursModification,
} from '../presenters/structure.ts';
import { estExaminee, postesStructure } from '../repo.ts';
import { modifierCandidatureStructure } from './modifier-candidature-structure.ts';
import { RetraitStructurePage, StructureCandidaturePage } from './pages/structure-candidature.tsx';
import { retirerCandidatureStructure } from './retirer-candidature-structure.ts';

const STRUCTURE = { preHandler: requireRole('structure') };
const FIL = { label: 'Candidature', href: '/structure/candidature' };

/** The structure's own application: view, change while not examined, withdraw. */
export function recrutementPagesCandidatureStructure(app: FastifyInstance) {
  const db = app.deps.db;

  async function pageCandidature(
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { valeurs: Valeurs; erreurs: FieldErrors },
    status = 200,
  ) {
    const { structureId } = structureDe(request);
    const [fiche, candidatures, postes] = await Promise.all([
      ficheStructure(db, structureId),
      candidaturesDeStructure(db, structureId),
      postesStructure(db, structureId),
    ]);
    if (!fiche) return repondreIntrouvable(request, reply);
    const c = candidatures[0] ?? null;
    const decisions = c ? await decisionsDeCandidature(db, c.id) : [];
    const modifiable = c !== null && c.statut === 'CREEE' && !(await estExaminee(db, c.id));
    const retirable =
      c !== null && estDans(STATUTS_CANDIDATURE_ACTIVE, c.statut) && c.statut !== 'REFUS_COSELEC';
    return sendPage(
      request,
      reply,
      {
        title: form ? 'Erreur — Candidature de la structure' : 'Candidature de la structure',
        status,
        breadcrumbs: [{ label: 'Candidature' }],
        scripts: modifiable ? [COMPTEUR_SCRIPT] : [],
      },
      <StructureCandidaturePage
        csrf={reply.generateCsrf()}
        fiche={presenterFiche(fiche)}
        candidature={c ? presenterCandidature(c) : null}
        decisions={decisions.map(presenterDecision)}
        postes={{
          attribues: nombre(postes.attribues),
          occupes: nombre(postes.occupes),
          ouverts: nombre(Math.max(0, postes.attribues - postes.occupes)),
        }}
        modifiable={modifiable}
        retirable={retirable}
        valeurs={form?.valeurs ?? (c ? valeursModification(c, fiche) : {})}
        erreurs={form?.erreurs ?? {}}
      />,
    );
  }

  app.get('/structure/candidature', STRUCTURE, (request, reply) => pageCandidature(request, reply));

  app.post('/structure/candidature', STRUCTURE, async (request, reply) => {
    const { structureId } = structureDe(request);
    const c = (await candidaturesDeStructure(db, structureId))[0];
    if (!c) return repondreIntrouvable(request, reply);
    const v = corps(request);
    const r = await modifierCandidatureStructure(contexteUtilisateur(request), c.id, v);
    if (r.ok) return succes(reply, 'Votre candidature est mise à jour.', '/structure/candidature');
    if (!r.error.fields) return echec(request, reply, r.error, '/structure/candidature');
    return pageCandidature(request, reply, { valeurs: v, erreurs: r.error.fields }, r.error.status ?? 400);
  });

  app.get('/structure/candidature/retrait', STRUCTURE, async (request, reply) => {
    const { structureId } = structureDe(request);
    const fiche = await ficheStructure(db, structureId);
    if (!fiche) return repondreIntrouvable(request, reply);
    return sendPage(
      request,
      reply,
      { title: 'Retirer la candidature', breadcrumbs: [FIL, { label: 'Retirer la candidature' }] },
      <RetraitStructurePage csrf={reply.generateCsrf()} structure={fiche.nom} />,
    );
  });

  app.post('/structure/candidature/retrait', STRUCTURE, async (request, reply) => {
    const { structureId } = structureDe(request);
    const c = (await candidaturesDeStructure(db, structureId))[0];
    if (!c) return repondreIntrouvable(request, reply);
    const r = await retirerCandidatureStructure(contexteUtilisateur(request), c.id, 'ABANDON');
    if (!r.ok) return echec(request, reply, r.error, '/structure/candidature');
    return succes(reply, 'La candidature est retirée.', '/structure/candidature');
  });
}

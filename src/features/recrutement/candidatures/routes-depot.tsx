import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { POSITION_SCRIPT } from '../../../ui/assets.ts';
import type { CommuneCandidate } from '../../../ui/components/commune-field.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { COMPTEUR_SCRIPT } from '../../../ui/components/zone-texte.tsx';
import { commune, erreursFormulaire, LIMITE_DEPOTS, ouvrirSession } from '../depot-public.ts';
import { candidaturesDeStructure, ficheStructure } from '../lecture/structure.ts';
import { corps, structureDe } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { dateJour, nombre } from '../presenters/format.ts';
import { candidaterStructure } from './candidater-structure.ts';
import { CandidatureStructurePage, ConfirmationStructurePage } from './pages/candidature-structure.tsx';

/** The public application of a structure (no account yet) and its confirmation. */
export function recrutementPagesDepotStructure(app: FastifyInstance) {
  const structureForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    valeurs: Valeurs,
    erreurs: FieldErrors = {},
    status = 200,
    communes?: CommuneCandidate[],
    message?: string,
  ) =>
    sendPage(
      request,
      reply,
      {
        title: Object.keys(erreurs).length
          ? 'Erreur — Candidature d’une structure'
          : 'Candidature d’une structure',
        status,
        breadcrumbs: [{ label: 'Accueillir des conseillers numériques' }],
        scripts: [COMPTEUR_SCRIPT, POSITION_SCRIPT],
      },
      <CandidatureStructurePage
        csrf={reply.generateCsrf()}
        valeurs={valeurs}
        erreurs={erreurs}
        communes={communes}
        message={message}
      />,
    );

  app.get('/structures/candidature', (request, reply) => structureForm(request, reply, {}));

  app.post('/structures/candidature', { config: LIMITE_DEPOTS }, async (request, reply) => {
    const v = corps(request);
    const c = await commune(request, v.commune, v.communeCode);
    const valeurs = { ...v, commune: c.libelle, communeCode: c.code, motDePasse: undefined };
    const r = await candidaterStructure(contexteRequete(request), { ...v, communeCode: c.code });
    if (!r.ok) {
      const erreurs = erreursFormulaire(r.error, c.erreur, v.siret);
      return structureForm(request, reply, valeurs, erreurs, r.error.status ?? 400, c.choix, r.error.message);
    }
    await ouvrirSession(request, reply, r.value.utilisateurId, r.value.adhesionId);
    return reply.redirect('/structures/candidature/confirmation', 303);
  });

  app.get(
    '/structures/candidature/confirmation',
    { preHandler: requireRole('structure') },
    async (request, reply) => {
      const { structureId } = structureDe(request);
      const [fiche, candidatures] = await Promise.all([
        ficheStructure(app.deps.db, structureId),
        candidaturesDeStructure(app.deps.db, structureId),
      ]);
      const c = candidatures[0];
      if (!fiche || !c) return repondreIntrouvable(request, reply);
      return sendPage(
        request,
        reply,
        { title: 'Candidature enregistrée', breadcrumbs: [{ label: 'Candidature enregistrée' }] },
        <ConfirmationStructurePage
          vue={{
            structure: fiche.nom,
            siret: fiche.siret ?? '—',
            commune: fiche.communeNom ?? '—',
            postes: nombre(c.postesDemandes),
            dateDebut: dateJour(c.dateDebutSouhaitee),
            email: c.contactEmail ?? '',
          }}
        />,
      );
    },
  );
}

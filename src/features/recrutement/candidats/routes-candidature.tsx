import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { POSITION_SCRIPT } from '../../../ui/assets.ts';
import type { CommuneCandidate } from '../../../ui/components/commune-field.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { COMPTEUR_SCRIPT } from '../../../ui/components/zone-texte.tsx';
import { commune, erreursFormulaire, LIMITE_DEPOTS, ouvrirSession } from '../depot-public.ts';
import { corps, liste } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { candidaterConseiller } from './candidater-conseiller.ts';
import { CandidatureConseillerPage, ConfirmationConseillerPage } from './pages/candidature-conseiller.tsx';

/** The public application of a future conseiller (no account yet) and its confirmation. */
export function recrutementPagesCandidatureConseiller(app: FastifyInstance) {
  const conseillerForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    valeurs: Valeurs,
    situations: string[],
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
          ? 'Erreur — Devenir conseiller numérique'
          : 'Devenir conseiller numérique',
        status,
        breadcrumbs: [{ label: 'Devenir conseiller numérique' }],
        scripts: [COMPTEUR_SCRIPT, POSITION_SCRIPT],
      },
      <CandidatureConseillerPage
        csrf={reply.generateCsrf()}
        valeurs={valeurs}
        situations={situations}
        erreurs={erreurs}
        communes={communes}
        message={message}
      />,
    );

  app.get('/candidature', (request, reply) => conseillerForm(request, reply, {}, []));

  app.post('/candidature', { config: LIMITE_DEPOTS }, async (request, reply) => {
    const v = corps(request, ['situations']);
    const situations = liste(request, 'situations');
    const c = await commune(request, v.commune, v.communeCode);
    const valeurs = { ...v, commune: c.libelle, communeCode: c.code, motDePasse: undefined };
    const r = await candidaterConseiller(contexteRequete(request), { ...v, situations, communeCode: c.code });
    if (!r.ok) {
      const erreurs = erreursFormulaire(r.error, c.erreur);
      return conseillerForm(
        request,
        reply,
        valeurs,
        situations,
        erreurs,
        r.error.status ?? 400,
        c.choix,
        r.error.message,
      );
    }
    await ouvrirSession(request, reply, r.value.utilisateurId, r.value.adhesionId);
    return reply.redirect('/candidature/confirmation', 303);
  });

  app.get('/candidature/confirmation', { preHandler: requireRole('candidat') }, (request, reply) =>
    sendPage(
      request,
      reply,
      { title: 'Candidature enregistrée', breadcrumbs: [{ label: 'Candidature enregistrée' }] },
      <ConfirmationConseillerPage email={request.actor?.kind === 'user' ? request.actor.email : ''} />,
    ),
  );
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { POSITION_SCRIPT } from '../../../ui/assets.ts';
import type { CommuneCandidate } from '../../../ui/components/commune-field.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { COMPTEUR_SCRIPT } from '../../../ui/components/zone-texte.tsx';
import { resolveCommune } from '../../territoires/index.ts';
import { confirmerRecrutement } from '../mises-en-relation/confirmer-recrutement.ts';
import { repondreProposition } from '../mises-en-relation/repondre-proposition.ts';
import { corps, echec, liste, param, renommer, succes } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { changerDisponibilite } from './changer-disponibilite.ts';
import { candidatureDe, propositionsDe } from './lecture.ts';
import { modifierCandidat } from './modifier-candidat.ts';
import { CandidatPage, PropositionsCandidatPage, RetraitCandidatPage } from './pages/candidat.tsx';
import {
  presenterCandidat,
  presenterProposition,
  presenterRecrutementCandidat,
  valeursCandidat,
} from './presenter.ts';
import { retirerCandidat } from './retirer-candidat.ts';

const CANDIDAT = { preHandler: requireRole('candidat') };
const FIL = { label: 'Ma candidature', href: '/candidat/candidature' };

export function recrutementPagesEspaceCandidat(app: FastifyInstance) {
  const db = app.deps.db;

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    form?: {
      valeurs: Valeurs;
      situations: string[];
      erreurs: FieldErrors;
      communes?: CommuneCandidate[] | undefined;
    },
    status = 200,
  ) {
    const actor = userActor(request);
    const c = await candidatureDe(db, actor.userId);
    if (!c) return repondreIntrouvable(request, reply);
    const propositions = await propositionsDe(db, c.id);
    const initial = valeursCandidat(c);
    return sendPage(
      request,
      reply,
      {
        title: form ? 'Erreur — Ma candidature' : 'Ma candidature',
        status,
        breadcrumbs: [{ label: 'Ma candidature' }],
        scripts: [COMPTEUR_SCRIPT, POSITION_SCRIPT],
      },
      <CandidatPage
        csrf={reply.generateCsrf()}
        vue={presenterCandidat(c)}
        recrutement={presenterRecrutementCandidat(propositions)}
        propositionsOuvertes={
          propositions.filter((p) => p.statut === 'nouvelle' || p.statut === 'interessee').length
        }
        valeurs={form?.valeurs ?? initial.valeurs}
        situations={form?.situations ?? initial.situations}
        erreurs={form?.erreurs ?? {}}
        communes={form?.communes}
      />,
    );
  }

  app.get('/candidat/candidature', CANDIDAT, (request, reply) => page(request, reply));

  app.post('/candidat/candidature', CANDIDAT, async (request, reply) => {
    const v = corps(request, ['situations']);
    const situations = liste(request, 'situations');
    const commune = await resolveCommune(db, v.commune ?? '', v.communeCode);
    const communeCode = commune.ok ? commune.commune.code : '';
    const r = await modifierCandidat(contexteUtilisateur(request), { ...v, situations, communeCode });
    if (r.ok) return succes(reply, 'Votre candidature est mise à jour.', '/candidat/candidature');
    if (r.error.status === 403 || r.error.status === 404 || !r.error.fields) {
      return echec(request, reply, r.error, '/candidat/candidature');
    }
    const erreurs = renommer(r.error.fields, { communeCode: 'commune' });
    if (!commune.ok) erreurs.commune = commune.message;
    const valeurs = {
      ...v,
      commune: commune.ok ? commune.commune.libelle : (v.commune ?? ''),
      communeCode,
    };
    const communes = commune.ok
      ? undefined
      : commune.candidates.map((x) => ({
          code: x.code,
          libelle: x.libelle,
          departementNom: x.departementNom,
        }));
    return page(request, reply, { valeurs, situations, erreurs, communes }, r.error.status ?? 400);
  });

  app.post('/candidat/disponibilite', CANDIDAT, async (request, reply) => {
    const statut = corps(request).statut === 'en_pause' ? 'en_pause' : 'actif';
    const r = await changerDisponibilite(contexteUtilisateur(request), statut);
    if (!r.ok) return echec(request, reply, r.error, '/candidat/candidature');
    return succes(
      reply,
      statut === 'en_pause'
        ? 'Votre candidature est suspendue : elle n’est plus proposée aux structures.'
        : 'Votre candidature est de nouveau proposée aux structures.',
      '/candidat/candidature',
    );
  });

  app.get('/candidat/retrait', CANDIDAT, (request, reply) =>
    sendPage(
      request,
      reply,
      { title: 'Retirer ma candidature', breadcrumbs: [FIL, { label: 'Retirer ma candidature' }] },
      <RetraitCandidatPage csrf={reply.generateCsrf()} />,
    ),
  );

  app.post('/candidat/retrait', CANDIDAT, async (request, reply) => {
    const r = await retirerCandidat(contexteUtilisateur(request));
    if (!r.ok) return echec(request, reply, r.error, '/candidat/candidature');
    // The account is erased with its sessions: the next page is public.
    setFlash(reply, {
      type: 'success',
      message: 'Votre candidature est retirée et vos données personnelles sont effacées.',
    });
    return reply.redirect('/', 303);
  });

  app.get('/candidat/propositions', CANDIDAT, async (request, reply) => {
    const c = await candidatureDe(db, userActor(request).userId);
    if (!c) return repondreIntrouvable(request, reply);
    const propositions = (await propositionsDe(db, c.id)).map(presenterProposition);
    return sendPage(
      request,
      reply,
      { title: 'Mes propositions', breadcrumbs: [FIL, { label: 'Mes propositions' }] },
      <PropositionsCandidatPage csrf={reply.generateCsrf()} propositions={propositions} />,
    );
  });

  app.post('/candidat/propositions/:id/confirmation', CANDIDAT, async (request, reply) => {
    const reponse = corps(request).reponse === 'decliner' ? 'decliner' : 'confirmer';
    const r = await confirmerRecrutement(contexteUtilisateur(request), param(request, 'id'), reponse);
    if (!r.ok) return echec(request, reply, r.error, '/candidat/propositions');
    return succes(
      reply,
      reponse === 'confirmer'
        ? 'Recrutement confirmé : l’ANCT va le valider, vous recevrez un courriel.'
        : 'Recrutement décliné : votre candidature est de nouveau proposée aux structures.',
      reponse === 'confirmer' ? '/candidat/candidature' : '/candidat/propositions',
    );
  });

  app.post('/candidat/propositions/:id/decliner', CANDIDAT, async (request, reply) => {
    const r = await repondreProposition(contexteUtilisateur(request), param(request, 'id'), 'declinee');
    if (!r.ok) return echec(request, reply, r.error, '/candidat/propositions');
    return succes(
      reply,
      'Proposition déclinée : cette structure ne vous sera plus proposée.',
      '/candidat/propositions',
    );
  });
}

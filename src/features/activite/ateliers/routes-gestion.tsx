import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { redirigerAvecMessage, repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { lieuxDeStructure, lieuxParIds } from '../../lieux/index.ts';
import { chargerStructure } from '../../structures/index.ts';
import { annulerAtelier } from './annuler-atelier.ts';
import { lireValeurs, type ValeursAtelier, valeursVides } from './domain/atelier.ts';
import { modifierAtelier } from './modifier-atelier.ts';
import { FormulaireAtelierPage } from './pages/gestion-formulaire.tsx';
import { type AtelierGere, ListeAteliersPage } from './pages/gestion-liste.tsx';
import { peutAtelier } from './policy.ts';
import { quand, valeursDepuisAtelier } from './presenter.ts';
import { publierAtelier } from './publier-atelier.ts';
import { type AtelierLigne, atelierParId, ateliersDeStructure, comptes } from './repo.ts';

const FIL = { label: 'Ateliers', href: '/activite/ateliers' };

/** The workshop of the actor's structure, or null (another structure's id reveals nothing). */
export async function atelierGere(request: FastifyRequest, id: string, action: 'modifier' | 'appel') {
  const acteur = userActor(request);
  const a = await atelierParId(request.server.deps.db, id);
  if (!a || a.structureId !== acteur.active?.structureId || !peutAtelier(acteur, action, a.structureId))
    return null;
  return a;
}

async function formulaire(
  request: FastifyRequest,
  reply: FastifyReply,
  o: {
    titre: string;
    action: string;
    valeurs: ValeursAtelier;
    erreurs: Record<string, string>;
    atelier?: AtelierLigne;
    inscrits?: number;
  },
) {
  const acteur = userActor(request);
  const lieux = await lieuxDeStructure(request.server.deps.db, acteur.active!.structureId!);
  const enErreur = Object.keys(o.erreurs).length > 0;
  return sendPage(
    request,
    reply,
    {
      title: enErreur ? `Erreur — ${o.titre}` : o.titre,
      status: enErreur ? 422 : 200,
      breadcrumbs: [FIL, { label: o.titre }],
    },
    <FormulaireAtelierPage
      titre={o.titre}
      action={o.action}
      csrfToken={reply.generateCsrf()}
      valeurs={o.valeurs}
      erreurs={o.erreurs}
      lieux={lieux.map((l) => ({ value: l.id, label: `${l.nom} — ${l.commune}` }))}
      serie={!o.atelier}
      annulation={
        o.atelier
          ? { action: `/activite/ateliers/${o.atelier.id}/annuler`, inscrits: o.inscrits ?? 0 }
          : undefined
      }
    />,
  );
}

/** The advisers' and structure's management of their workshops. */
export function ateliersGestionRoutes(app: FastifyInstance) {
  const garde = { preHandler: requireRole('conseiller', 'structure') };

  app.get('/activite/ateliers', garde, async (request, reply) => {
    const acteur = userActor(request);
    const structureId = acteur.active!.structureId!;
    const now = app.deps.now();
    const [structure, aVenir, passes] = await Promise.all([
      chargerStructure(app.deps.db, structureId),
      ateliersDeStructure(app.deps.db, structureId, { depuis: now, passes: false }),
      ateliersDeStructure(app.deps.db, structureId, { depuis: now, passes: true }),
    ]);
    const tous = [...aVenir, ...passes];
    const [n, lieux] = await Promise.all([
      comptes(
        app.deps.db,
        tous.map((a) => a.id),
      ),
      lieuxParIds(
        app.deps.db,
        tous.map((a) => a.lieuId),
      ),
    ]);
    const nomLieu = new Map(lieux.map((l) => [l.id, `${l.nom} (${l.commune})`]));
    const ligne = (a: AtelierLigne): AtelierGere => ({
      id: a.id,
      titre: a.titre,
      quand: quand(a.debut, a.fin),
      lieu: nomLieu.get(a.lieuId) ?? '—',
      places: a.inscriptionRequise ? `${n.get(a.id)?.confirmees ?? 0} / ${a.capacite}` : 'Accès libre',
      attente: n.get(a.id)?.attente ?? 0,
      annule: a.statut === 'annule',
      passe: a.debut.getTime() <= now.getTime(),
      activiteEnregistree: a.activiteId !== null,
    });
    return sendPage(
      request,
      reply,
      { title: 'Ateliers', breadcrumbs: [{ label: 'Ateliers' }] },
      <ListeAteliersPage
        structureNom={structure?.nom ?? 'votre structure'}
        aVenir={aVenir.map(ligne)}
        passes={passes.map(ligne)}
        peutPublier={peutAtelier(acteur, 'publier', structureId)}
      />,
    );
  });

  app.get('/activite/ateliers/nouveau', garde, (request, reply) =>
    formulaire(request, reply, {
      titre: 'Publier un atelier',
      action: '/activite/ateliers/nouveau',
      valeurs: valeursVides(),
      erreurs: {},
    }),
  );

  app.post<{ Body: Record<string, unknown> }>('/activite/ateliers/nouveau', garde, async (request, reply) => {
    const valeurs = lireValeurs(request.body ?? {});
    const r = await publierAtelier(contexteUtilisateur(request), valeurs);
    if (!r.ok)
      return formulaire(request, reply, {
        titre: 'Publier un atelier',
        action: '/activite/ateliers/nouveau',
        valeurs,
        erreurs: 'erreurs' in r ? r.erreurs : { titre: r.error.message },
      });
    const n = r.value.ids.length;
    return redirigerAvecMessage(
      reply,
      '/activite/ateliers',
      n > 1
        ? `Les ${n} séances de l’atelier sont publiées dans l’agenda.`
        : 'L’atelier est publié dans l’agenda.',
    );
  });

  app.get<{ Params: { id: string } }>('/activite/ateliers/:id/modifier', garde, async (request, reply) => {
    const a = await atelierGere(request, request.params.id, 'modifier');
    if (!a) return repondreIntrouvable(request, reply);
    const n = (await comptes(app.deps.db, [a.id])).get(a.id);
    return formulaire(request, reply, {
      titre: `Modifier « ${a.titre} »`,
      action: `/activite/ateliers/${a.id}/modifier`,
      valeurs: valeursDepuisAtelier(a),
      erreurs: {},
      atelier: a,
      inscrits: (n?.confirmees ?? 0) + (n?.attente ?? 0),
    });
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/activite/ateliers/:id/modifier',
    garde,
    async (request, reply) => {
      const a = await atelierGere(request, request.params.id, 'modifier');
      if (!a) return repondreIntrouvable(request, reply);
      const valeurs = lireValeurs(request.body ?? {});
      const r = await modifierAtelier(contexteUtilisateur(request), a.id, valeurs);
      if (!r.ok) {
        if ('error' in r && r.error.status === 404) return repondreIntrouvable(request, reply);
        return formulaire(request, reply, {
          titre: `Modifier « ${a.titre} »`,
          action: `/activite/ateliers/${a.id}/modifier`,
          valeurs,
          erreurs: 'erreurs' in r ? r.erreurs : { titre: r.error.message },
          atelier: a,
        });
      }
      return redirigerAvecMessage(
        reply,
        '/activite/ateliers',
        r.value.deplace
          ? `L’atelier est modifié ; ${r.value.prevenus} personne(s) prévenue(s) par e-mail.`
          : 'L’atelier est modifié.',
      );
    },
  );

  app.post<{ Params: { id: string } }>('/activite/ateliers/:id/annuler', garde, async (request, reply) => {
    const r = await annulerAtelier(contexteUtilisateur(request), request.params.id);
    if (!r.ok) {
      if (r.error.status === 404) return repondreIntrouvable(request, reply);
      return redirigerAvecMessage(reply, '/activite/ateliers', r.error.message, 'error');
    }
    return redirigerAvecMessage(
      reply,
      '/activite/ateliers',
      `L’atelier est annulé ; ${r.value.prevenus} personne(s) prévenue(s) par e-mail.`,
    );
  });
}

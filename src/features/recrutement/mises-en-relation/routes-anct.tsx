import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { planifierTache } from '../../../platform/taches/planifier.ts';
import {
  conseillersEtFormations,
  LIGNES_PAR_PAGE,
  perimetreAppariement,
  type RecrutementLigne,
  recrutementsAValider,
} from '../lecture/anct.ts';
import { corps, echec, FILTRE_DEPARTEMENT, FILTRE_PAGE, param, requete, succes } from '../outils-http.tsx';
import { can } from '../policy.ts';
import { dateHeure, dateJour, nombre } from '../presenters/format.ts';
import { libelleCertification, libelleTypeContrat, statutRelation } from '../presenters/statuts.ts';
import { listeDepartements } from '../programme/lecture-departement.ts';
import { enregistrerFormation } from './enregistrer-formation.ts';
import { AppariementPage, FormationsAnctPage, RecrutementsAnctPage } from './pages/anct-recrutements.tsx';
import { TACHE_APPARIEMENT } from './tache-appariement.ts';
import { deciderRecrutement, validerRecrutement } from './valider-recrutement.ts';

const ANCT = { preHandler: requireRole('anct') };

function presenterRecrutement(r: RecrutementLigne) {
  return {
    id: r.id,
    conseiller: [r.prenom, r.nom].filter(Boolean).join(' ') || 'Candidature effacée',
    structure: r.structureNom,
    departement: r.departementCode,
    statut: statutRelation(r.statut),
    contrat: r.contratType
      ? `${libelleTypeContrat(r.contratType)}, du ${dateJour(r.contratDebut)}${r.contratFin ? ` au ${dateJour(r.contratFin)}` : ''}, ${nombre(r.heuresHebdo ?? 0)} h/semaine`
      : '—',
    formation: r.formationOrganisme
      ? `${r.formationOrganisme} (${libelleCertification(r.certification)}), depuis le ${dateJour(r.formationDebut)}`
      : 'Non renseignée',
    formationValeurs: r.formationOrganisme
      ? {
          organisme: r.formationOrganisme,
          dateDebut: r.formationDebut ?? '',
          dateFin: r.formationFin ?? '',
          certification: r.certification ?? 'en_cours',
        }
      : undefined,
    saisiLe: dateHeure(r.modifieLe),
  };
}

/** ANCT's follow-up of recruitments: validation, training, matching on demand. */
export function recrutementPagesRecrutementsAnct(app: FastifyInstance) {
  const db = app.deps.db;

  app.get('/anct/recrutements', ANCT, async (request, reply) => {
    const rows = await recrutementsAValider(db);
    return sendPage(
      request,
      reply,
      { title: 'Recrutements à valider', breadcrumbs: [{ label: 'Recrutements à valider' }] },
      <RecrutementsAnctPage csrf={reply.generateCsrf()} recrutements={rows.map(presenterRecrutement)} />,
    );
  });

  app.post('/anct/recrutements/:id/validation', ANCT, async (request, reply) => {
    const r = await validerRecrutement(contexteUtilisateur(request), param(request, 'id'));
    if (!r.ok) return echec(request, reply, r.error, '/anct/recrutements');
    return succes(
      reply,
      'Recrutement validé : le conseiller en est informé par courriel.',
      '/anct/recrutements',
    );
  });

  for (const [chemin, decision, message] of [
    [
      'refus',
      'refuser',
      'Recrutement refusé : la structure en est informée, le poste est de nouveau ouvert.',
    ],
    ['renvoi', 'renvoyer', 'Recrutement renvoyé à la structure avec votre motif.'],
  ] as const) {
    app.post(`/anct/recrutements/:id/${chemin}`, ANCT, async (request, reply) => {
      const r = await deciderRecrutement(contexteUtilisateur(request), param(request, 'id'), {
        decision,
        motif: corps(request).motif ?? '',
      });
      if (r.ok) return succes(reply, message, '/anct/recrutements');
      if (r.error.code !== 'motif_invalide') return echec(request, reply, r.error, '/anct/recrutements');
      const rows = await recrutementsAValider(db);
      return sendPage(
        request,
        reply,
        {
          title: 'Erreur — Recrutements à valider',
          status: 422,
          breadcrumbs: [{ label: 'Recrutements à valider' }],
        },
        <RecrutementsAnctPage
          csrf={reply.generateCsrf()}
          erreur={r.error.message}
          recrutements={rows.map(presenterRecrutement)}
        />,
      );
    });
  }

  app.get('/anct/formations', ANCT, async (request, reply) => {
    const f = z
      .object({
        certification: z.enum(['aucune', 'en_cours', 'certifie', 'non_certifie']).optional().catch(undefined),
        departement: FILTRE_DEPARTEMENT,
        page: FILTRE_PAGE,
      })
      .parse(request.query ?? {});
    const [{ total, rows }, departements] = await Promise.all([
      conseillersEtFormations(db, f),
      listeDepartements(db),
    ]);
    const pages = Math.max(1, Math.ceil(total / LIGNES_PAR_PAGE));
    return sendPage(
      request,
      reply,
      { title: 'Formation des conseillers', breadcrumbs: [{ label: 'Formations' }] },
      <FormationsAnctPage
        csrf={reply.generateCsrf()}
        filtres={f}
        departements={departements}
        conseillers={rows.map(presenterRecrutement)}
        total={total}
        page={f.page}
        pages={pages}
        href={(n) => `/anct/formations?${requete({ ...f, page: n })}`}
      />,
    );
  });

  app.post('/anct/formations/:id', ANCT, async (request, reply) => {
    const r = await enregistrerFormation(contexteUtilisateur(request), param(request, 'id'), corps(request));
    if (!r.ok) return echec(request, reply, r.error, '/anct/formations');
    return succes(reply, 'La formation est enregistrée.', '/anct/formations');
  });

  app.get('/anct/appariement', ANCT, async (request, reply) => {
    const p = await perimetreAppariement(db);
    return sendPage(
      request,
      reply,
      { title: 'Appariement des candidats', breadcrumbs: [{ label: 'Appariement' }] },
      <AppariementPage
        csrf={reply.generateCsrf()}
        structuresOuvertes={nombre(p.structures)}
        candidatsDisponibles={nombre(p.candidats)}
      />,
    );
  });

  app.post('/anct/appariement', ANCT, async (request, reply) => {
    const ctx = contexteUtilisateur(request);
    if (!can(ctx.actor, 'lancer_appariement', { type: 'programme' })) {
      return echec(
        request,
        reply,
        { code: 'acces_refuse', message: 'Seule l’ANCT lance l’appariement.', status: 403 },
        '/anct/appariement',
      );
    }
    // The whole programme's matching: a background task the page follows (ADR 014).
    const tacheId = await planifierTache(ctx, TACHE_APPARIEMENT, {});
    return reply.redirect(`/taches/${tacheId}`, 303);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { creerSessionCoselec } from '../candidatures/creer-session-coselec.ts';
import { listerCandidatures } from '../candidatures/lecture.ts';
import { decisionsDeSession, listerSessions, sessionParId } from '../candidatures/lecture-comite.ts';
import { ComitePage, SessionPage, type TotauxVue } from '../candidatures/pages/anct-comite.tsx';
import { derniereModificationParametres, historiqueProgramme } from '../lecture/anct.ts';
import { corps, echec, pageIntrouvable, param, succes } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { dateHeure, dateJour, euros, nombre } from '../presenters/format.ts';
import { avisCoselec } from '../presenters/statuts.ts';
import { totauxNationaux } from '../repo.ts';
import { modifierJalon } from './modifier-jalon.ts';
import { modifierParametres } from './modifier-parametres.ts';
import { LIBELLE_INDICATEUR, ProgrammePage } from './pages/anct-programme.tsx';
import { lireJalons, lireParametres } from './repo.ts';

const ANCT = { preHandler: requireRole('anct') };
const FIL_COMITE = { label: 'Comité de sélection', href: '/anct/comite' };

async function totaux(db: Db): Promise<TotauxVue> {
  const [params, t] = await Promise.all([lireParametres(db), totauxNationaux(db)]);
  return {
    attribues: nombre(t.postesAttribues),
    cible: nombre(params.postesCibles),
    restant: nombre(Math.max(0, params.postesCibles - t.postesAttribues)),
    engage: euros(t.engageEur),
    enveloppe: euros(params.enveloppeEur),
    disponible: euros(Math.max(0, params.enveloppeEur - t.engageEur)),
  };
}

export function recrutementPagesAnct(app: FastifyInstance) {
  const db = app.deps.db;

  async function pageProgramme(
    request: FastifyRequest,
    reply: FastifyReply,
    forms: {
      parametres?: { valeurs: Valeurs; erreurs: FieldErrors; message?: string | undefined };
      jalon?: { valeurs: Valeurs; erreurs: FieldErrors };
    } = {},
    status = 200,
  ) {
    const [params, jalons, t, derniere, historique] = await Promise.all([
      lireParametres(db),
      lireJalons(db),
      totauxNationaux(db),
      derniereModificationParametres(db),
      historiqueProgramme(db),
    ]);
    return sendPage(
      request,
      reply,
      {
        title: status >= 400 ? 'Erreur — Paramètres du programme' : 'Paramètres du programme',
        status,
        breadcrumbs: [{ label: 'Paramètres du programme' }],
      },
      <ProgrammePage
        csrf={reply.generateCsrf()}
        parametres={
          forms.parametres ?? {
            valeurs: {
              postesCibles: String(params.postesCibles),
              financementPublicEur: String(params.financementParPosteEur.public),
              financementPriveEur: String(params.financementParPosteEur.prive),
              enveloppeEur: String(params.enveloppeEur),
              dureesContratMois: params.dureesContratMois.join(', '),
            },
            erreurs: {},
          }
        }
        jalon={forms.jalon ?? { valeurs: {}, erreurs: {} }}
        jalons={jalons.map((j) => ({
          code: j.code,
          libelle: j.libelle,
          date: dateJour(j.date),
          dateIso: j.date,
          indicateur: j.indicateur ? (LIBELLE_INDICATEUR[j.indicateur] ?? j.indicateur) : '',
          cible: j.cible === null ? '' : nombre(j.cible),
        }))}
        engagements={{ postes: `${nombre(t.postesAttribues)} postes`, montant: euros(t.engageEur) }}
        derniereModification={
          derniere?.prenom
            ? `Dernière modification le ${dateHeure(derniere.le)} par ${derniere.prenom} ${derniere.nom}.`
            : null
        }
        historique={historique.map((h) => ({
          action: h.action === 'programme.jalon_modifie' ? 'jalon modifié' : 'paramètres modifiés',
          acteur: h.acteur ?? '—',
          le: dateHeure(h.le),
        }))}
      />,
    );
  }

  app.get('/anct/programme', ANCT, (request, reply) => pageProgramme(request, reply));

  app.post('/anct/programme', ANCT, async (request, reply) => {
    const v = corps(request);
    const r = await modifierParametres(app.deps, userActor(request), v, { ip: request.ip });
    if (r.ok) return succes(reply, 'Les paramètres du programme sont enregistrés.', '/anct/programme');
    if (r.error.status === 403) return echec(request, reply, r.error, '/anct/programme');
    return pageProgramme(
      request,
      reply,
      { parametres: { valeurs: v, erreurs: r.error.fields ?? {}, message: r.error.message } },
      r.error.status ?? 400,
    );
  });

  app.post('/anct/programme/jalons', ANCT, async (request, reply) => {
    const v = corps(request);
    const r = await modifierJalon(app.deps, userActor(request), v, { ip: request.ip });
    if (r.ok) return succes(reply, `Le jalon « ${r.value.libelle} » est enregistré.`, '/anct/programme');
    if (r.error.status === 403) return echec(request, reply, r.error, '/anct/programme');
    return pageProgramme(
      request,
      reply,
      { jalon: { valeurs: v, erreurs: r.error.fields ?? {} } },
      r.error.status ?? 400,
    );
  });

  async function pageComite(
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { valeurs: Valeurs; erreurs: FieldErrors },
    status = 200,
  ) {
    const [sessions, t, aDecider] = await Promise.all([
      listerSessions(db),
      totaux(db),
      listerCandidatures(db, { statut: 'CREEE', avis: 'favorable', page: 1 }),
    ]);
    return sendPage(
      request,
      reply,
      {
        title: status >= 400 ? 'Erreur — Comité de sélection' : 'Comité de sélection',
        status,
        breadcrumbs: [{ label: 'Comité de sélection' }],
      },
      <ComitePage
        csrf={reply.generateCsrf()}
        totaux={t}
        sessions={sessions.map((s) => ({
          id: s.id,
          titre: `Session n° ${s.numero} du ${dateJour(s.date)}`,
          decisions: nombre(s.decisions),
          postes: nombre(s.postes),
          montant: euros(Number(s.montant)),
        }))}
        form={form ?? { valeurs: {}, erreurs: {} }}
        aDecider={aDecider.total}
      />,
    );
  }

  app.get('/anct/comite', ANCT, (request, reply) => pageComite(request, reply));

  app.post('/anct/comite', ANCT, async (request, reply) => {
    const v = corps(request);
    const r = await creerSessionCoselec(app.deps, userActor(request), v, { ip: request.ip });
    if (r.ok)
      return succes(reply, `La session n° ${r.value.numero} est créée.`, `/anct/comite/${r.value.id}`);
    if (r.error.status === 403) return echec(request, reply, r.error, '/anct/comite');
    return pageComite(
      request,
      reply,
      { valeurs: v, erreurs: r.error.fields ?? { date: r.error.message } },
      r.error.status ?? 400,
    );
  });

  app.get('/anct/comite/:id', ANCT, async (request, reply) => {
    const session = await sessionParId(db, param(request, 'id'));
    if (!session) return pageIntrouvable(request, reply);
    const [decisions, t] = await Promise.all([decisionsDeSession(db, session.id), totaux(db)]);
    const titre = `Session n° ${session.numero} du ${dateJour(session.date)}`;
    return sendPage(
      request,
      reply,
      { title: titre, breadcrumbs: [FIL_COMITE, { label: titre }] },
      <SessionPage
        titre={titre}
        totaux={t}
        decisions={decisions.map((d) => ({
          candidatureId: d.candidatureId,
          structure: d.structureNom,
          departement: d.departementCode,
          nature: d.nature === 'avenant' ? 'Avenant' : 'Décision initiale',
          avis: avisCoselec(d.avis),
          postes: d.postes > 0 ? `+${nombre(d.postes)}` : nombre(d.postes),
          montant: euros(Number(d.montantEur)),
          commentaire: d.commentaire ?? '',
        }))}
      />,
    );
  });
}

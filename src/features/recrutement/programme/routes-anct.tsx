import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { corps, echec, succes } from '../outils-http.tsx';
import type { Valeurs } from '../pages/champs-candidature-structure.tsx';
import { dateHeure, dateJour, euros, nombre } from '../presenters/format.ts';
import { totauxNationaux } from '../repo.ts';
import { derniereModificationParametres, historiqueProgramme } from './lecture-anct.ts';
import { modifierJalon } from './modifier-jalon.ts';
import { modifierParametres } from './modifier-parametres.ts';
import { LIBELLE_INDICATEUR, ProgrammePage } from './pages/anct-programme.tsx';
import { lireJalons, lireParametres } from './repo.ts';

const ANCT = { preHandler: requireRole('anct') };

/** ANCT's settings of the programme: figures, envelope, contract lengths, milestones. */
export function recrutementPagesProgrammeAnct(app: FastifyInstance) {
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
    const r = await modifierParametres(contexteUtilisateur(request), v);
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
    const r = await modifierJalon(contexteUtilisateur(request), v);
    if (r.ok) return succes(reply, `Le jalon « ${r.value.libelle} » est enregistré.`, '/anct/programme');
    if (r.error.status === 403) return echec(request, reply, r.error, '/anct/programme');
    return pageProgramme(
      request,
      reply,
      { jalon: { valeurs: v, erreurs: r.error.fields ?? {} } },
      r.error.status ?? 400,
    );
  });
}

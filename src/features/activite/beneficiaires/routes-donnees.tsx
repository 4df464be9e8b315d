import type { FastifyInstance } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { lireChampsOuRefuser } from '../../../platform/http/formulaire.ts';
import { userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { redirigerAvecMessage, repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { dateFr } from '../../../platform/valeurs/typographie.ts';
import { nomsCommunes } from '../../territoires/index.ts';
import { beneficiaireAutorise } from './acces.ts';
import { donneesEnCsv } from './csv.ts';
import { effacerBeneficiaire } from './effacer-beneficiaire.ts';
import { enregistrerConsentement } from './enregistrer-consentement.ts';
import { exporterBeneficiaire } from './exporter-beneficiaire.ts';
import { fusionnerBeneficiaires } from './fusionner-beneficiaires.ts';
import { doublonsBeneficiaires, type PersonneDoublon, suiviDe } from './lectures.ts';
import { DoublonsPage } from './pages/doublons.tsx';
import { EffacerBeneficiairePage } from './pages/effacer.tsx';
import { nomComplet } from './presenter.ts';
import { FIL_BENEFICIAIRES, gardeBeneficiaires } from './routes.tsx';

/** The person's rights and the file's hygiene: duplicates, consent, export, erasure. */
export function beneficiairesDonneesRoutes(app: FastifyInstance) {
  app.get('/activite/beneficiaires/doublons', gardeBeneficiaires, async (request, reply) => {
    const suivi = suiviDe(userActor(request));
    const paires = suivi ? await doublonsBeneficiaires(app.deps.db, suivi) : [];
    const communes = await nomsCommunes(
      app.deps.db,
      paires.flat().flatMap((p) => (p.communeInsee ? [p.communeInsee] : [])),
    );
    const presenter = (p: PersonneDoublon) => ({
      id: p.id,
      nom: nomComplet(p),
      detail: [
        p.anneeNaissance ? `née ou né en ${p.anneeNaissance}` : 'année de naissance inconnue',
        p.communeInsee ? (communes.get(p.communeInsee) ?? p.communeInsee) : null,
        p.derniereActivite
          ? `dernier accompagnement le ${dateFr(p.derniereActivite)}`
          : 'aucun accompagnement',
      ]
        .filter(Boolean)
        .join(' · '),
    });
    return sendPage(
      request,
      reply,
      { title: 'Personnes en double', breadcrumbs: [FIL_BENEFICIAIRES, { label: 'Personnes en double' }] },
      <DoublonsPage
        paires={paires.map(([a, b]) => [presenter(a), presenter(b)])}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post<{ Params: { id: string } }>(
    '/activite/beneficiaires/:id/fusionner',
    gardeBeneficiaires,
    async (request, reply) => {
      const ctx = contexteUtilisateur(request);
      // Ownership first: another's or an unknown id is "not found", whatever the form says.
      if (!(await beneficiaireAutorise(ctx, 'fusionner', request.params.id)).ok)
        return repondreIntrouvable(request, reply);
      const { valeurs } = lireChampsOuRefuser(request.body);
      const paire = [request.params.id, valeurs.doublon ?? ''];
      const garderId = valeurs.garder ?? '';
      if (!paire.includes(garderId) || paire[0] === paire[1])
        return redirigerAvecMessage(
          reply,
          '/activite/beneficiaires/doublons',
          'Choisissez la fiche à garder parmi les deux.',
          'error',
        );
      const doublonId = paire.find((x) => x !== garderId)!;
      const r = await fusionnerBeneficiaires(ctx, { garderId, doublonId });
      if (!r.ok) {
        if (r.error.status === 404) return repondreIntrouvable(request, reply);
        return redirigerAvecMessage(reply, '/activite/beneficiaires/doublons', r.error.message, 'error');
      }
      return redirigerAvecMessage(
        reply,
        `/activite/beneficiaires/${garderId}`,
        'Les deux fiches sont fusionnées.',
      );
    },
  );

  app.post<{ Params: { id: string } }>(
    '/activite/beneficiaires/:id/consentement',
    gardeBeneficiaires,
    async (request, reply) => {
      const r = await enregistrerConsentement(contexteUtilisateur(request), request.params.id);
      if (!r.ok && r.error.status === 404) return repondreIntrouvable(request, reply);
      const url = `/activite/beneficiaires/${request.params.id}`;
      if (!r.ok) return redirigerAvecMessage(reply, url, r.error.message, 'info');
      return redirigerAvecMessage(reply, url, 'Le consentement de la personne est enregistré.');
    },
  );

  app.get<{ Params: { id: string } }>(
    '/activite/beneficiaires/:id/export',
    gardeBeneficiaires,
    async (request, reply) => {
      const format = (request.query as Record<string, unknown>).format === 'csv' ? 'csv' : 'json';
      const r = await exporterBeneficiaire(contexteUtilisateur(request), request.params.id, format);
      if (!r.ok) return repondreIntrouvable(request, reply);
      const nomFichier = `donnees-beneficiaire-${request.params.id.slice(0, 8)}-${r.value.exporteLe.slice(0, 10)}.${format}`;
      return reply
        .header(
          'content-type',
          format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        )
        .header('content-disposition', `attachment; filename="${nomFichier}"`)
        .header('cache-control', 'no-store')
        .send(format === 'csv' ? donneesEnCsv(r.value) : `${JSON.stringify(r.value, null, 2)}\n`);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/activite/beneficiaires/:id/effacer',
    gardeBeneficiaires,
    async (request, reply) => {
      const acces = await beneficiaireAutorise(contexteUtilisateur(request), 'effacer', request.params.id);
      if (!acces.ok) return repondreIntrouvable(request, reply);
      const nom = nomComplet(acces.value);
      return sendPage(
        request,
        reply,
        {
          title: `Effacer les données de ${nom}`,
          breadcrumbs: [
            FIL_BENEFICIAIRES,
            { label: nom, href: `/activite/beneficiaires/${acces.value.id}` },
            { label: 'Effacer' },
          ],
        },
        <EffacerBeneficiairePage id={acces.value.id} nom={nom} csrfToken={reply.generateCsrf()} />,
      );
    },
  );

  app.post<{ Params: { id: string } }>(
    '/activite/beneficiaires/:id/effacer',
    gardeBeneficiaires,
    async (request, reply) => {
      const r = await effacerBeneficiaire(contexteUtilisateur(request), request.params.id);
      if (!r.ok) return repondreIntrouvable(request, reply);
      return redirigerAvecMessage(
        reply,
        '/activite/beneficiaires',
        'Les données de la personne sont effacées.',
      );
    },
  );
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { lireChamps } from '../../../platform/http/formulaire.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { redirigerAvecMessage, repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { dateFr } from '../../../platform/valeurs/typographie.ts';
import type { CommuneCandidate } from '../../../ui/components/commune-field.tsx';
import { nomsCommunes } from '../../territoires/index.ts';
import { beneficiaireAutorise } from './acces.ts';
import { type ValeursBeneficiaire, valeursDepuis } from './formulaire.ts';
import { historiqueBeneficiaire, listerBeneficiaires, suiviDe } from './lectures.ts';
import { modifierBeneficiaire } from './modifier-beneficiaire.ts';
import { DetailBeneficiairePage } from './pages/detail.tsx';
import { ListeBeneficiairesPage } from './pages/liste.tsx';
import { ModifierBeneficiairePage } from './pages/modifier.tsx';
import { nomComplet, presenterAccompagnement, profil } from './presenter.ts';

const PAR_PAGE = 25;
export const FIL_BENEFICIAIRES = { label: 'Mes bénéficiaires', href: '/activite/beneficiaires' };
export const gardeBeneficiaires = { preHandler: requireRole('conseiller', 'structure') };

function formulaire(
  request: FastifyRequest,
  reply: FastifyReply,
  o: {
    id: string;
    nom: string;
    valeurs: ValeursBeneficiaire;
    erreurs?: Record<string, string>;
    candidats?: CommuneCandidate[];
  },
) {
  const erreurs = o.erreurs ?? {};
  const enErreur = Object.keys(erreurs).length > 0;
  const titre = `Modifier ${o.nom}`;
  return sendPage(
    request,
    reply,
    {
      title: enErreur ? `Erreur — ${titre}` : titre,
      status: enErreur ? 422 : 200,
      breadcrumbs: [
        FIL_BENEFICIAIRES,
        { label: o.nom, href: `/activite/beneficiaires/${o.id}` },
        { label: 'Modifier' },
      ],
    },
    <ModifierBeneficiairePage
      id={o.id}
      nom={o.nom}
      valeurs={o.valeurs}
      erreurs={erreurs}
      candidats={o.candidats ?? []}
      csrfToken={reply.generateCsrf()}
    />,
  );
}

/** The adviser's beneficiaries: list, detail with history, edit form. */
export function beneficiairesRoutes(app: FastifyInstance) {
  app.get('/activite/beneficiaires', gardeBeneficiaires, async (request, reply) => {
    const suivi = suiviDe(userActor(request));
    const q = request.query as Record<string, unknown>;
    const texte = typeof q.q === 'string' ? q.q.trim().slice(0, 100) : '';
    const demandee = Math.max(1, Math.min(10_000, Number.parseInt(String(q.page ?? '1'), 10) || 1));
    const { lignes, total } = suivi
      ? await listerBeneficiaires(app.deps.db, suivi, { texte, page: demandee, taille: PAR_PAGE })
      : { lignes: [], total: 0 };
    const communes = await nomsCommunes(
      app.deps.db,
      lignes.flatMap((l) => (l.communeInsee ? [l.communeInsee] : [])),
    );
    return sendPage(
      request,
      reply,
      {
        title: texte ? `Mes bénéficiaires — recherche « ${texte} »` : 'Mes bénéficiaires',
        breadcrumbs: [{ label: 'Mes bénéficiaires' }],
      },
      <ListeBeneficiairesPage
        texte={texte}
        total={total}
        page={demandee}
        pages={Math.ceil(total / PAR_PAGE)}
        lien={(n) =>
          `/activite/beneficiaires?${new URLSearchParams({ ...(texte ? { q: texte } : {}), page: String(n) })}`
        }
        lignes={lignes.map((l) => ({
          id: l.id,
          nom: nomComplet(l),
          anneeNaissance: l.anneeNaissance ? String(l.anneeNaissance) : '—',
          commune: l.communeInsee ? (communes.get(l.communeInsee) ?? l.communeInsee) : '—',
          dernierAccompagnement: dateFr(l.derniereActivite),
          accompagnements: l.accompagnements,
        }))}
      />,
    );
  });

  app.get<{ Params: { id: string } }>(
    '/activite/beneficiaires/:id',
    gardeBeneficiaires,
    async (request, reply) => {
      const acces = await beneficiaireAutorise(contexteUtilisateur(request), 'voir', request.params.id);
      if (!acces.ok) return repondreIntrouvable(request, reply);
      const b = acces.value;
      const historique = await historiqueBeneficiaire(app.deps.db, b.id);
      const communes = await nomsCommunes(
        app.deps.db,
        [b.communeInsee, ...historique.map((a) => a.communeInsee)].filter((c): c is string => !!c),
      );
      const pr = profil(b, communes);
      const nom = nomComplet(b);
      return sendPage(
        request,
        reply,
        { title: nom, breadcrumbs: [FIL_BENEFICIAIRES, { label: nom }] },
        <DetailBeneficiairePage
          id={b.id}
          nom={nom}
          identite={[
            ['Prénom', b.prenom ?? '—'],
            ['Nom', b.nom ?? '—'],
            ['Téléphone', b.telephone ?? '—'],
            ['Adresse électronique', b.courriel ?? '—'],
            ['Année de naissance', b.anneeNaissance ? String(b.anneeNaissance) : '—'],
            ['Notes', b.notes ?? '—'],
            ['Dans votre suivi depuis le', dateFr(b.creeLe)],
          ]}
          profil={[
            ['Genre', pr.genre],
            ['Tranche d’âge', pr.trancheAge],
            ['Statut', pr.statutSocial],
            ['Commune de résidence', pr.commune ?? '—'],
          ]}
          consentement={b.consentementLe ? dateFr(b.consentementLe) : null}
          accompagnements={historique.map((a) => presenterAccompagnement(a, communes))}
          csrfToken={reply.generateCsrf()}
        />,
      );
    },
  );

  app.get<{ Params: { id: string } }>(
    '/activite/beneficiaires/:id/modifier',
    gardeBeneficiaires,
    async (request, reply) => {
      const acces = await beneficiaireAutorise(contexteUtilisateur(request), 'modifier', request.params.id);
      if (!acces.ok) return repondreIntrouvable(request, reply);
      const b = acces.value;
      const communes = await nomsCommunes(app.deps.db, b.communeInsee ? [b.communeInsee] : []);
      return formulaire(request, reply, {
        id: b.id,
        nom: nomComplet(b),
        valeurs: {
          prenom: b.prenom ?? '',
          nom: b.nom ?? '',
          telephone: b.telephone ?? '',
          courriel: b.courriel ?? '',
          anneeNaissance: b.anneeNaissance ? String(b.anneeNaissance) : '',
          genre: b.genre,
          trancheAge: b.trancheAge,
          statutSocial: b.statutSocial,
          commune: b.communeInsee ? (communes.get(b.communeInsee) ?? '') : '',
          communeCode: b.communeInsee ?? '',
          notes: b.notes ?? '',
        },
      });
    },
  );

  app.post<{ Params: { id: string } }>(
    '/activite/beneficiaires/:id/modifier',
    gardeBeneficiaires,
    async (request, reply) => {
      const ctx = contexteUtilisateur(request);
      const acces = await beneficiaireAutorise(ctx, 'modifier', request.params.id);
      if (!acces.ok) return repondreIntrouvable(request, reply);
      const lu = lireChamps(request.body);
      const valeurs = valeursDepuis(lu.valeurs);
      const nom = nomComplet(acces.value);
      if (Object.keys(lu.erreurs).length > 0)
        return formulaire(request, reply, { id: acces.value.id, nom, valeurs, erreurs: lu.erreurs });
      const r = await modifierBeneficiaire(ctx, acces.value.id, valeurs);
      if (!r.ok) {
        if (r.status === 404) return repondreIntrouvable(request, reply);
        return formulaire(request, reply, {
          id: acces.value.id,
          nom,
          valeurs,
          erreurs: r.erreurs,
          candidats: r.candidats,
        });
      }
      return redirigerAvecMessage(
        reply,
        `/activite/beneficiaires/${r.value.id}`,
        'Les modifications sont enregistrées.',
      );
    },
  );
}

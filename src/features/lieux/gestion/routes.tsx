import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { precisionDe } from '../../../platform/geocodage/index.ts';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { listerDepartements } from '../../territoires/index.ts';
import { depuisColonnes } from '../import/colonnes.ts';
import { rechercheDe } from '../recherche/instance.ts';
import { confirmerLieu } from './confirmer-lieu.ts';
import { creerLieu, type ResultatEnregistrement } from './creer-lieu.ts';
import { lireValeurs, type ValeursLieu, valeursDepuisLieu, valeursVides } from './formulaire.ts';
import { aujourdhuiAParis, estAActualiser, limiteFraicheur, moisEcoules } from './fraicheur.ts';
import { modifierLieu } from './modifier-lieu.ts';
import { AActualiserPage } from './pages/a-actualiser.tsx';
import { FormulaireLieuPage } from './pages/gestion-formulaire.tsx';
import { ListeLieuxGeresPage } from './pages/gestion-liste.tsx';
import { actionsLieu, peut } from './policy.ts';
import { valeurProposition } from './positionner-lieu.ts';
import { lieuDeLaStructure, lieuxAActualiser, lieuxDeLaStructure, structureDe } from './repo.ts';

const PAR_PAGE = 50;
const FIL = { label: 'Nos lieux', href: '/structure/lieux' };

function dateEnFrancais(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function formulaire(
  request: FastifyRequest,
  reply: FastifyReply,
  o: {
    titre: string;
    action: string;
    valeurs: ValeursLieu;
    resultat?: Extract<ResultatEnregistrement, { ok: false }> | undefined;
    intro?: string;
  },
) {
  const r = o.resultat;
  const erreurs = r ? ('erreurs' in r ? r.erreurs : { _: r.error.message }) : {};
  const candidats = r && 'candidats' in r ? r.candidats : [];
  const propositions = (r && 'propositions' in r ? r.propositions : undefined) ?? [];
  return sendPage(
    request,
    reply,
    {
      title: r ? `Erreur — ${o.titre}` : o.titre,
      status: r ? 422 : 200,
      breadcrumbs: [FIL, { label: o.titre }],
      scripts: ['/static/lieux-horaires.js'],
    },
    <FormulaireLieuPage
      titre={o.titre}
      action={o.action}
      csrfToken={reply.generateCsrf()}
      valeurs={o.valeurs}
      erreurs={erreurs}
      candidats={candidats}
      propositions={propositions.map((a) => ({
        valeur: valeurProposition(a, precisionDe(a.type)),
        libelle: a.label,
      }))}
      {...(o.intro ? { intro: o.intro } : {})}
    />,
  );
}

/** Management of places: a structure's own places (/structure/lieux), stale places for ANCT. */
export function lieuxGestionRoutes(app: FastifyInstance) {
  const gestion = { preHandler: requireRole('structure', 'conseiller') };

  app.get('/structure/lieux', gestion, async (request, reply) => {
    const acteur = userActor(request);
    const structureId = acteur.active!.structureId!;
    const [structure, lieux] = await Promise.all([
      structureDe(app.deps.db, structureId),
      lieuxDeLaStructure(app.deps.db, structureId),
    ]);
    const aujourdhui = aujourdhuiAParis(app.deps.now());
    return sendPage(
      request,
      reply,
      { title: 'Nos lieux', breadcrumbs: [{ label: 'Nos lieux' }] },
      <ListeLieuxGeresPage
        structureNom={structure?.nom ?? 'votre structure'}
        peutCreer={peut(acteur, 'creer', { type: 'lieu', structureId })}
        csrfToken={reply.generateCsrf()}
        lieux={lieux.map((l) => {
          const permis = actionsLieu(acteur, { type: 'lieu', structureId });
          return {
            id: l.id,
            nom: l.nom,
            adresse: `${l.adresse}, ${l.codePostal} ${l.commune}`,
            dateMaj: l.dateMaj,
            dateMajTexte: dateEnFrancais(l.dateMaj),
            aActualiser: estAActualiser(l.dateMaj, aujourdhui),
            moisSansMiseAJour: moisEcoules(l.dateMaj, aujourdhui),
            sansPosition: l.latitude === null,
            positionApproximative: l.positionPrecision === 'commune',
            peutModifier: permis.has('modifier'),
            peutConfirmer: permis.has('confirmer'),
          };
        })}
      />,
    );
  });

  app.get('/structure/lieux/nouveau', { preHandler: requireRole('structure') }, async (request, reply) => {
    const acteur = userActor(request);
    const structure = await structureDe(app.deps.db, acteur.active!.structureId!);
    const valeurs = valeursVides();
    valeurs.textes.pivot = structure?.siret ?? '';
    valeurs.textes.itinerance = 'Fixe';
    return formulaire(request, reply, {
      titre: 'Ajouter un lieu',
      action: '/structure/lieux/nouveau',
      valeurs,
    });
  });

  app.post<{ Body: Record<string, unknown> }>(
    '/structure/lieux/nouveau',
    { preHandler: requireRole('structure') },
    async (request, reply) => {
      const valeurs = lireValeurs(request.body ?? {});
      const r = await creerLieu(contexteUtilisateur(request), valeurs);
      if (!r.ok)
        return formulaire(request, reply, {
          titre: 'Ajouter un lieu',
          action: '/structure/lieux/nouveau',
          valeurs,
          resultat: r,
        });
      rechercheDe(app).invalider();
      setFlash(reply, { type: 'success', message: 'Le lieu est enregistré et publié.' });
      return reply.redirect('/structure/lieux', 303);
    },
  );

  app.get<{ Params: { id: string } }>('/structure/lieux/:id/modifier', gestion, async (request, reply) => {
    const acteur = userActor(request);
    const lieu = await lieuDeLaStructure(app.deps.db, acteur.active!.structureId!, request.params.id);
    if (!lieu || !peut(acteur, 'modifier', { type: 'lieu', structureId: lieu.structureId }))
      return repondreIntrouvable(request, reply);
    return formulaire(request, reply, {
      titre: `Modifier « ${lieu.nom} »`,
      action: `/structure/lieux/${lieu.id}/modifier`,
      valeurs: valeursDepuisLieu(depuisColonnes(lieu), lieu),
      intro: `Dernière mise à jour : ${dateEnFrancais(lieu.dateMaj)}. Enregistrer vaut mise à jour à la date du jour.`,
    });
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/structure/lieux/:id/modifier',
    gestion,
    async (request, reply) => {
      const valeurs = lireValeurs(request.body ?? {});
      const r = await modifierLieu(contexteUtilisateur(request), request.params.id, valeurs);
      if (!r.ok) {
        if ('error' in r && r.error.status === 404) return repondreIntrouvable(request, reply);
        return formulaire(request, reply, {
          titre: 'Modifier le lieu',
          action: `/structure/lieux/${request.params.id}/modifier`,
          valeurs,
          resultat: r,
        });
      }
      rechercheDe(app).invalider();
      setFlash(reply, { type: 'success', message: 'Les modifications sont enregistrées et publiées.' });
      return reply.redirect('/structure/lieux', 303);
    },
  );

  app.post<{ Params: { id: string } }>('/structure/lieux/:id/confirmer', gestion, async (request, reply) => {
    const r = await confirmerLieu(contexteUtilisateur(request), request.params.id);
    if (!r.ok) return repondreIntrouvable(request, reply);
    rechercheDe(app).invalider();
    setFlash(reply, {
      type: 'success',
      message: `Merci : les informations du lieu sont confirmées au ${dateEnFrancais(r.value.dateMaj)}.`,
    });
    return reply.redirect('/structure/lieux', 303);
  });

  app.get('/admin/lieux/a-actualiser', { preHandler: requireRole('anct') }, async (request, reply) => {
    const q = request.query as Record<string, unknown>;
    const departement =
      typeof q.departement === 'string' && /^(\d{2}|2[AB]|9[78]\d)$/.test(q.departement) ? q.departement : '';
    const page = Math.max(1, Math.min(10_000, Number.parseInt(String(q.page ?? '1'), 10) || 1));
    const aujourdhui = aujourdhuiAParis(app.deps.now());
    const limite = limiteFraicheur(aujourdhui);
    const [{ rows, total }, departements] = await Promise.all([
      lieuxAActualiser(
        app.deps.db,
        { limite, departement: departement || undefined },
        { offset: (page - 1) * PAR_PAGE, taille: PAR_PAGE },
      ),
      listerDepartements(app.deps.db, true),
    ]);
    return sendPage(
      request,
      reply,
      { title: 'Lieux à actualiser', breadcrumbs: [{ label: 'Lieux à actualiser' }] },
      <AActualiserPage
        lieux={rows.map((l) => ({
          id: l.id,
          nom: l.nom,
          commune: `${l.codePostal} ${l.commune}`,
          departement: l.departementCode ?? '—',
          gestionnaire: l.structureNom,
          dateMajTexte: dateEnFrancais(l.dateMaj),
          mois: moisEcoules(l.dateMaj, aujourdhui),
        }))}
        total={total}
        page={page}
        pages={Math.ceil(total / PAR_PAGE)}
        departement={departement}
        departements={departements}
        limiteTexte={dateEnFrancais(limite)}
        lien={(n) =>
          `/admin/lieux/a-actualiser?${new URLSearchParams({ ...(departement ? { departement } : {}), page: String(n) })}`
        }
      />,
    );
  });
}

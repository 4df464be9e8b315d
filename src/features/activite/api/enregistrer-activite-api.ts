import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { activiteApiEmpreintes } from '../../../db/schema/index.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { membresDeStructure } from '../../comptes/index.ts';
import type { Participant, SaisieActivite } from '../domain/saisie.ts';
import { enregistrerChequesUtilises } from '../pass/enregistrer-cheques.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';
import type { CorpsActivite } from './schemas.ts';

export const PORTEE_ECRITURE_ACTIVITE = 'activite:ecriture';

export interface ReponseActivite {
  id: string;
  statut: 'creee' | 'existante';
  accompagnements: { id: string; beneficiaire_id: string; premier: boolean }[];
  cheques: number;
  [k: string]: unknown;
}

/** Only a token limited to a structure, with `activite:ecriture`. */
export function structureDuJeton(actor: Actor | null): Result<{ structureId: string }> {
  if (actor === null)
    return fail('authentification_requise', 'Fournissez un jeton d’API (Authorization: Bearer …).', 401);
  if (actor.kind !== 'api')
    return fail('jeton_requis', 'Cette route s’appelle avec un jeton d’API, pas avec une session.', 403);
  if (!actor.scopes.includes(PORTEE_ECRITURE_ACTIVITE))
    return fail('portee_manquante', `Ce jeton n’a pas la portée « ${PORTEE_ECRITURE_ACTIVITE} ».`, 403);
  if (!actor.structureId)
    return fail(
      'jeton_sans_structure',
      'Ce jeton n’est limité à aucune structure : demandez un jeton lié à la structure des conseillers.',
      403,
    );
  return ok({ structureId: actor.structureId });
}

/** A stable fingerprint of the body: the same JSON with keys in any order gives the same hash. */
export function empreinteCorps(corps: unknown): string {
  const canon = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canon);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return createHash('sha256')
    .update(JSON.stringify(canon(corps)))
    .digest('hex');
}

function saisieDe(c: CorpsActivite): SaisieActivite {
  return {
    type: c.type,
    date: c.date,
    dureeMinutes: c.duree_minutes,
    typeLieu: c.type_lieu,
    lieuId: c.lieu_id ?? null,
    communeInsee: c.commune_insee ?? null,
    titre: c.titre ?? null,
    niveau: c.niveau ?? null,
    atelierId: null,
    thematiquesNumeriques: c.thematiques_numeriques,
    thematiquesAdministratives: c.thematiques_administratives,
    materiel: c.materiel,
    autonomie: c.autonomie ?? null,
    orientation: c.orientation ?? null,
    notes: c.notes ?? null,
    participants: c.participants.map((p): Participant => {
      const profil = {
        genre: p.genre,
        trancheAge: p.tranche_age,
        statutSocial: p.statut_social,
        communeInsee: p.commune_insee ?? null,
      };
      if (p.sorte === 'anonyme') return { sorte: 'anonyme', profil };
      return {
        sorte: 'nouveau',
        beneficiaire: {
          ...profil,
          prenom: p.prenom,
          nom: p.nom,
          telephone: p.telephone ?? null,
          courriel: p.courriel ?? null,
          anneeNaissance: p.annee_naissance ?? null,
          consentement: p.consentement,
        },
      };
    }),
  };
}

/** The field names the API client sent (the use cases speak camelCase). */
function champsApi(fields: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!fields) return undefined;
  const snake = (s: string) => s.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [
      k
        .replace(/^beneficiaire\./, 'participants.0.')
        .split('.')
        .map(snake)
        .join('.'),
      v,
    ]),
  );
}

async function dejaRecue(ctx: UseCaseContext, structureId: string, cle: string, empreinte: string) {
  const [e] = await ctx.db
    .select({ empreinte: activiteApiEmpreintes.empreinte, reponse: activiteApiEmpreintes.reponse })
    .from(activiteApiEmpreintes)
    .where(and(eq(activiteApiEmpreintes.structureId, structureId), eq(activiteApiEmpreintes.cle, cle)));
  if (!e) return null;
  if (e.empreinte !== empreinte)
    return fail(
      'cle_idempotence_reutilisee',
      'Cette clé Idempotency-Key a déjà servi pour une autre activité : choisissez une nouvelle clé pour chaque activité.',
      409,
    );
  return ok({ ...(e.reponse as ReponseActivite), statut: 'existante' as const });
}

/**
 * POST /api/v1/activites: a structure's software records an activity of one of its advisers, with its
 * cheques, all or nothing. Idempotent by key: the same key and body answer the first answer again.
 */
export async function enregistrerActiviteApi(
  ctx: UseCaseContext,
  cle: string,
  corps: CorpsActivite,
): Promise<Result<ReponseActivite>> {
  const droit = structureDuJeton(ctx.actor);
  if (!droit.ok) return droit;
  const { structureId } = droit.value;
  const empreinte = empreinteCorps(corps);
  const connue = await dejaRecue(ctx, structureId, cle, empreinte);
  if (connue) return connue;

  const membres = await membresDeStructure(ctx.db, structureId, ['conseiller', 'structure']);
  if (!membres.some((m) => m.utilisateurId === corps.conseiller_id))
    return fail(
      'conseiller_hors_structure',
      'Cette personne n’est pas conseiller ni membre de la structure du jeton : rien n’a été enregistré.',
      422,
      { conseiller_id: 'Indiquez un conseiller de la structure du jeton.' },
    );

  try {
    return await inTransaction(ctx, async (tx) => {
      const a = await enregistrerActivite(
        tx,
        { structureId, conseillerId: corps.conseiller_id },
        saisieDe(corps),
        { source: 'api', cleIdempotence: cle },
      );
      if (!a.ok) return fail(a.error.code, a.error.message, a.error.status ?? 422, champsApi(a.error.fields));
      const cheques = corps.cheques ?? [];
      if (cheques.length > 0) {
        const c = await enregistrerChequesUtilises(tx, {
          activiteId: a.value.id,
          accompagnementId: a.value.accompagnements.length === 1 ? a.value.accompagnements[0]!.id : null,
          cheques: cheques.map((x) => ({
            numero: x.numero,
            emetteur: x.emetteur,
            valeurCentimes: x.valeur_centimes,
            valableJusquau: x.valable_jusquau,
          })),
        });
        if (!c.ok)
          return fail(c.error.code, c.error.message, c.error.status ?? 422, champsApi(c.error.fields));
      }
      const reponse: ReponseActivite = {
        id: a.value.id,
        statut: 'creee',
        accompagnements: a.value.accompagnements.map((x) => ({
          id: x.id,
          beneficiaire_id: x.beneficiaireId,
          premier: x.premier,
        })),
        cheques: cheques.length,
      };
      await tx.db.insert(activiteApiEmpreintes).values({
        activiteId: a.value.id,
        structureId,
        cle,
        empreinte,
        reponse,
        creeLe: tx.now,
      });
      return ok(reponse);
    });
  } catch (erreur) {
    // The same key sent twice at once: the unique indexes let one through; the other gets its answer.
    const code = (erreur as { code?: string }).code ?? (erreur as { cause?: { code?: string } }).cause?.code;
    if (code !== '23505') throw erreur;
    const rejoue = await dejaRecue(ctx, structureId, cle, empreinte);
    if (rejoue) return rejoue;
    throw erreur;
  }
}

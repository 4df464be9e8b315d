import { and, eq, inArray, sql } from 'drizzle-orm';
import { accompagnements, activites, beneficiaires } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import { lieuxParIds } from '../../lieux/index.ts';
import { chargerStructure } from '../../structures/index.ts';
import { communeParCode } from '../../territoires/index.ts';
import { type Participant, type SaisieActivite, verifierSaisie } from '../domain/saisie.ts';
import { VERSION_THEMATIQUES } from '../domain/vocabulaire.ts';
import { peutEnregistrer } from '../policies/activite.ts';
import { appliquerActivite } from '../statistiques/compteurs/appliquer.ts';

/** Who the activity is recorded for: the person who led it and the structure they acted for. */
export interface AuteurActivite {
  structureId: string;
  conseillerId: string;
}

export interface OptionsEnregistrement {
  /** 'saisie' (a person), 'api' (the structure's software), 'demo'. */
  source?: 'saisie' | 'api' | 'demo';
  cleIdempotence?: string | null;
}

export interface ActiviteEnregistree {
  id: string;
  /** The accompaniments written, in the order of the participants. */
  accompagnements: { id: string; beneficiaireId: string; premier: boolean }[];
}

/**
 * Records one activity and one accompaniment per participant, all or nothing: new beneficiaries
 * (named or anonymous) are created in the same transaction, existing ones must be the author's own.
 * A person records for themselves; an API token for its structure (the caller checks the adviser
 * belongs to it); the system (demo data) for anyone.
 */
export async function enregistrerActivite(
  ctx: UseCaseContext,
  auteur: AuteurActivite,
  saisie: SaisieActivite,
  options: OptionsEnregistrement = {},
): Promise<Result<ActiviteEnregistree>> {
  const acteur = ctx.actor;
  if (acteur?.kind === 'user') {
    if (
      !peutEnregistrer(acteur) ||
      acteur.active?.structureId !== auteur.structureId ||
      acteur.userId !== auteur.conseillerId
    )
      return fail('acces_refuse', 'Vous ne pouvez pas enregistrer d’activité pour cette structure.', 403);
  } else if (acteur?.kind === 'api') {
    if (acteur.structureId !== auteur.structureId)
      return fail('acces_refuse', 'Ce jeton ne peut pas enregistrer d’activité pour cette structure.', 403);
  }
  const erreurs = verifierSaisie(saisie, jourParis(ctx.now));
  if (Object.keys(erreurs).length > 0)
    return fail(
      'saisie_invalide',
      'L’activité n’a pas été enregistrée : corrigez les champs signalés.',
      422,
      erreurs,
    );

  const structure = await chargerStructure(ctx.db, auteur.structureId);
  if (!structure) return fail('structure_introuvable', 'Structure introuvable.', 404);
  const lieu = await localiser(ctx, saisie, structure.departementCode, auteur.structureId);
  if (!lieu.ok) return lieu;

  return inTransaction(ctx, async (tx) => {
    const existants = saisie.participants.flatMap((p) => (p.sorte === 'existant' ? [p.beneficiaireId] : []));
    const connus = new Map<string, { premier: boolean }>();
    if (existants.length > 0) {
      const rows = await tx.db
        .select({
          id: beneficiaires.id,
          dejaSuivi: sql<boolean>`exists (select 1 from accompagnements a where a.beneficiaire_id = beneficiaires.id)`,
        })
        .from(beneficiaires)
        .where(
          and(
            inArray(beneficiaires.id, existants.filter(estUuid)),
            eq(beneficiaires.structureId, auteur.structureId),
            eq(beneficiaires.conseillerId, auteur.conseillerId),
            sql`${beneficiaires.fusionneDans} is null`,
            sql`${beneficiaires.effaceLe} is null`,
          ),
        )
        .for('update');
      for (const r of rows) connus.set(r.id, { premier: !r.dejaSuivi });
      if (connus.size !== new Set(existants).size)
        return fail('beneficiaire_introuvable', 'Une personne choisie n’est pas dans votre suivi.', 404, {
          participants: 'Une personne choisie n’est pas dans votre suivi.',
        });
    }

    const participants: { beneficiaireId: string; premier: boolean }[] = [];
    for (const p of saisie.participants) participants.push(await beneficiaireDe(tx, p, auteur, connus));

    const [activite] = await tx.db
      .insert(activites)
      .values({
        type: saisie.type,
        structureId: auteur.structureId,
        conseillerId: auteur.conseillerId,
        date: saisie.date,
        dureeMinutes: saisie.dureeMinutes,
        typeLieu: saisie.typeLieu,
        lieuId: saisie.typeLieu === 'lieu_activite' ? saisie.lieuId : null,
        communeInsee: lieu.value.communeInsee,
        departementCode: lieu.value.departementCode,
        titre: saisie.titre?.trim() || null,
        niveau: saisie.type === 'collectif' ? saisie.niveau : null,
        atelierId: saisie.atelierId,
        thematiquesNumeriques: [...new Set(saisie.thematiquesNumeriques)],
        thematiquesAdministratives: [...new Set(saisie.thematiquesAdministratives)],
        versionThematiques: VERSION_THEMATIQUES,
        materiel: [...new Set(saisie.materiel)],
        autonomie: saisie.type === 'individuel' ? saisie.autonomie : null,
        orientation: saisie.orientation,
        notes: saisie.notes?.trim() || null,
        source: options.source ?? 'saisie',
        cleIdempotence: options.cleIdempotence ?? null,
        creePar: acteur?.kind === 'user' ? acteur.userId : null,
      })
      .returning({ id: activites.id });
    const ecrits = await tx.db
      .insert(accompagnements)
      .values(
        participants.map((p) => ({
          activiteId: activite!.id,
          beneficiaireId: p.beneficiaireId,
          premierAccompagnement: p.premier,
          date: saisie.date,
          type: saisie.type,
          structureId: auteur.structureId,
          conseillerId: auteur.conseillerId,
          departementCode: lieu.value.departementCode,
        })),
      )
      .returning({ id: accompagnements.id, beneficiaireId: accompagnements.beneficiaireId });
    await tx.db
      .update(beneficiaires)
      .set({
        derniereActivite: sql`greatest(${beneficiaires.derniereActivite}, ${saisie.date}::date)`,
        modifieLe: ctx.now,
      })
      .where(
        inArray(
          beneficiaires.id,
          participants.map((p) => p.beneficiaireId),
        ),
      );
    // The statistics' summary tables, in the same transaction (ADR 023).
    await appliquerActivite(tx.db, activite!.id, 1);
    await recordAudit(tx.db, {
      actor: acteur,
      action: 'activite.enregistrement',
      entityType: 'activite',
      entityId: activite!.id,
      departementCode: lieu.value.departementCode,
      structureId: auteur.structureId,
      ip: ctx.ip,
      details: { type: saisie.type, participants: participants.length, source: options.source ?? 'saisie' },
    });
    const premiers = new Map(participants.map((p) => [p.beneficiaireId, p.premier]));
    return ok({
      id: activite!.id,
      accompagnements: ecrits.map((e) => ({
        id: e.id,
        beneficiaireId: e.beneficiaireId,
        premier: premiers.get(e.beneficiaireId) ?? false,
      })),
    });
  });
}

async function beneficiaireDe(
  tx: UseCaseContext,
  p: Participant,
  auteur: AuteurActivite,
  connus: Map<string, { premier: boolean }>,
): Promise<{ beneficiaireId: string; premier: boolean }> {
  if (p.sorte === 'existant')
    return { beneficiaireId: p.beneficiaireId, premier: connus.get(p.beneficiaireId)!.premier };
  const profil = p.sorte === 'nouveau' ? p.beneficiaire : p.profil;
  const nomme = p.sorte === 'nouveau' ? p.beneficiaire : null;
  const [row] = await tx.db
    .insert(beneficiaires)
    .values({
      conseillerId: auteur.conseillerId,
      structureId: auteur.structureId,
      anonyme: nomme === null,
      prenom: nomme?.prenom.trim() ?? null,
      nom: nomme?.nom.trim() ?? null,
      telephone: nomme?.telephone ?? null,
      courriel: nomme?.courriel ?? null,
      anneeNaissance: nomme?.anneeNaissance ?? null,
      genre: profil.genre,
      trancheAge: profil.trancheAge,
      statutSocial: profil.statutSocial,
      communeInsee: profil.communeInsee,
      consentementLe: nomme?.consentement ? tx.now : null,
      creeLe: tx.now,
      modifieLe: tx.now,
    })
    .returning({ id: beneficiaires.id });
  return { beneficiaireId: row!.id, premier: true };
}

/** Where the activity took place: the place's commune, the commune typed, or the structure's. */
async function localiser(
  ctx: UseCaseContext,
  saisie: SaisieActivite,
  departementStructure: string,
  structureId: string,
): Promise<Result<{ communeInsee: string | null; departementCode: string }>> {
  if (saisie.typeLieu === 'lieu_activite') {
    const [lieu] = await lieuxParIds(ctx.db, saisie.lieuId ? [saisie.lieuId] : []);
    if (!lieu || lieu.structureId !== structureId)
      return fail('lieu_introuvable', 'Ce lieu n’est pas un lieu de votre structure.', 422, {
        lieuId: 'Choisissez un des lieux de votre structure.',
      });
    return ok({
      communeInsee: lieu.codeInsee,
      departementCode: lieu.departementCode ?? departementStructure,
    });
  }
  if (saisie.communeInsee) {
    const commune = await communeParCode(ctx.db, saisie.communeInsee);
    if (!commune)
      return fail('commune_inconnue', 'Cette commune est inconnue.', 422, {
        communeInsee: 'Choisissez une commune de la liste.',
      });
    return ok({ communeInsee: commune.code, departementCode: commune.departement });
  }
  return ok({ communeInsee: null, departementCode: departementStructure });
}

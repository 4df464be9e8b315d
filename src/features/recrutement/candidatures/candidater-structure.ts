import { candidaturesStructures } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { hashPassword, passwordProblem } from '../../../platform/auth/passwords.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { emailsDuRole } from '../../comptes/index.ts';
import { enregistrerStructure, parseSiret, structuresParSiret } from '../../structures/index.ts';
import { communeDetaillee, localiserAdresse } from '../../territoires/index.ts';
import { creerCompteCandidature } from '../compte-candidature.ts';
import { envoyer, mailCandidatureStructureAAviser, mailCandidatureStructureRecue } from '../emails.ts';
import { estViolationUnicite } from '../repo.ts';
import { candidatureStructurePubliqueSchema } from '../schemas.ts';

export interface CandidatureStructureCreee {
  candidatureId: string;
  structureId: string;
  utilisateurId: string;
  adhesionId: string;
}

/** Where the structure is: its address geocoded, else its commune's centre (null: nowhere known). */
async function positionStructure(
  ctx: UseCaseContext,
  adresse: string,
  commune: { code: string; codesPostaux: string[]; latitude?: number | null; longitude?: number | null },
) {
  const l = await localiserAdresse(ctx, {
    adresse,
    codeInsee: commune.code,
    codePostal: commune.codesPostaux.length === 1 ? commune.codesPostaux[0] : undefined,
  });
  if (l.type === 'trouvee') return l.position;
  if (l.type === 'repli' && l.position) return l.position;
  if (commune.latitude == null || commune.longitude == null) return null;
  return { latitude: commune.latitude, longitude: commune.longitude, precision: 'commune' as const };
}

/**
 * Public form: a structure applies to host advisers. Creates the structure, its application and the
 * manager's account in one transaction, then confirms by e-mail.
 */
export async function candidaterStructure(
  ctx: UseCaseContext,
  input: unknown,
): Promise<Result<CandidatureStructureCreee>> {
  const parsed = candidatureStructurePubliqueSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const d = parsed.data;
  const siret = parseSiret(d.siret);
  if (!siret.ok) return siret;
  const mdp = passwordProblem(d.motDePasse, d.contactEmail);
  if (mdp) return fail('mot_de_passe_invalide', mdp, 400, { motDePasse: mdp });

  const commune = await communeDetaillee(ctx.db, d.communeCode);
  if (!commune) {
    return fail('commune_inconnue', 'Commune inconnue : choisissez-la dans la liste.', 400, {
      communeCode: 'Commune inconnue : choisissez-la dans la liste.',
    });
  }
  // Coordinates typed in the form, else the address geocoded (national address service), else the
  // commune's centre. Geocoded before the transaction: no network call while it holds locks.
  const position =
    d.latitude !== undefined && d.longitude !== undefined
      ? { latitude: d.latitude, longitude: d.longitude, precision: 'saisie' as const }
      : await positionStructure(ctx, d.adresse, commune);
  const latitude = position?.latitude;
  const longitude = position?.longitude;
  if (latitude === null || latitude === undefined || longitude === null || longitude === undefined) {
    return fail(
      'coordonnees_absentes',
      'Impossible de situer cette adresse : indiquez ses coordonnées.',
      400,
    );
  }

  const doublons = await structuresParSiret(ctx.db, siret.value);
  if (doublons.length > 0) {
    const message =
      `Une structure avec ce SIRET est déjà inscrite (« ${doublons[0]!.nom} ») : si vous en êtes gestionnaire, ` +
      'connectez-vous pour candidater depuis votre espace ; sinon, contactez l’ANCT.';
    return fail('siret_deja_inscrit', message, 409, { siret: message });
  }
  const hash = await hashPassword(d.motDePasse);

  let created: CandidatureStructureCreee;
  try {
    const r = await inTransaction(ctx, async (tx) => {
      const structure = await enregistrerStructure(tx, {
        valeurs: {
          nom: d.nom,
          siret: siret.value,
          type: d.type,
          departementCode: commune.departement,
          communeCode: commune.code,
          adresse: d.adresse,
          codePostal: d.codePostal ?? commune.codesPostaux[0] ?? null,
          latitude,
          longitude,
          positionPrecision: position?.precision ?? null,
          qpv: d.qpv,
          zrr: d.zrr,
          franceServices: d.franceServices,
          reseauNational: d.reseauNational ?? null,
        },
      });
      if (!structure.ok) return structure;
      const compte = await creerCompteCandidature(
        tx,
        {
          email: d.contactEmail,
          prenom: d.contactPrenom,
          nom: d.contactNom,
          role: 'structure',
          structure: structure.value.id,
        },
        hash,
      );
      if (!compte.ok) return compte;
      const [candidature] = await tx.db
        .insert(candidaturesStructures)
        .values({
          structureId: structure.value.id,
          postesDemandes: d.postesDemandes,
          dateDebutSouhaitee: d.dateDebutSouhaitee,
          motivation: d.motivation,
          contactPrenom: d.contactPrenom,
          contactNom: d.contactNom,
          contactFonction: d.contactFonction,
          contactEmail: d.contactEmail,
          contactTelephone: d.contactTelephone ?? null,
          creeLe: tx.now,
          modifieLe: tx.now,
        })
        .returning({ id: candidaturesStructures.id });
      await recordAudit(tx.db, {
        actor: tx.actor,
        action: 'candidature_structure.deposee',
        entityType: 'candidature_structure',
        entityId: candidature!.id,
        departementCode: commune.departement,
        structureId: structure.value.id,
        ip: tx.ip,
        details: { siret: siret.value, postesDemandes: d.postesDemandes, compte: compte.value.id },
      });
      return ok({
        candidatureId: candidature!.id,
        structureId: structure.value.id,
        utilisateurId: compte.value.id,
        adhesionId: compte.value.adhesionId,
      });
    });
    if (!r.ok) {
      // The account's e-mail is the contact's: show the error on that field.
      if (r.error.code === 'email_deja_utilise') {
        return fail(r.error.code, r.error.message, 409, {
          contactEmail: r.error.fields?.email ?? r.error.message,
        });
      }
      return r;
    }
    created = r.value;
  } catch (error) {
    if (estViolationUnicite(error)) {
      return fail(
        'doublon',
        'Cette candidature vient d’être enregistrée par ailleurs : connectez-vous pour la retrouver.',
        409,
      );
    }
    throw error;
  }
  // The préfecture of the département gives its opinion next: it is told, with the link to the file.
  const prefecture = await emailsDuRole(ctx.db, 'prefecture', { departementCode: commune.departement });
  await envoyer(ctx, [
    mailCandidatureStructureAAviser(ctx.config.baseUrl, {
      to: prefecture,
      structure: d.nom,
      departement: commune.departement,
      candidatureId: created.candidatureId,
    }),
    mailCandidatureStructureRecue(ctx.config.baseUrl, {
      to: d.contactEmail,
      prenom: d.contactPrenom,
      structure: d.nom,
      postes: d.postesDemandes,
    }),
  ]);
  return ok(created);
}

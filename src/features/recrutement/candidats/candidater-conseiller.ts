import { candidats } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { hashPassword, passwordProblem } from '../../../platform/auth/passwords.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { communeDetaillee } from '../../territoires/index.ts';
import { creerCompteCandidature } from '../compte-candidature.ts';
import { envoyer, mailCandidatureConseillerRecue } from '../emails.ts';
import { apparierApres } from '../mises-en-relation/apparier.ts';
import { estViolationUnicite } from '../repo.ts';
import { candidatureConseillerSchema } from '../schemas.ts';

/** The consent text shown on the form; its acceptance is dated in the candidate record. */
export const TEXTE_CONSENTEMENT =
  'J’accepte que mes données soient traitées par l’ANCT pour le recrutement des conseillers numériques : ' +
  'elles sont visibles des structures à qui ma candidature est proposée et effacées si je retire ma candidature.';

/** Public form: a person applies to become an adviser; creates the candidate and its account. */
export async function candidaterConseiller(
  ctx: UseCaseContext,
  input: unknown,
): Promise<Result<{ candidatId: string; utilisateurId: string; adhesionId: string }>> {
  const parsed = candidatureConseillerSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const d = parsed.data;
  const mdp = passwordProblem(d.motDePasse, d.email);
  if (mdp) return fail('mot_de_passe_invalide', mdp, 400, { motDePasse: mdp });
  const commune = await communeDetaillee(ctx.db, d.communeCode);
  if (!commune) {
    return fail('commune_inconnue', 'Commune inconnue : choisissez-la dans la liste.', 400, {
      communeCode: 'Commune inconnue : choisissez-la dans la liste.',
    });
  }
  // Coordinates from the form, else the commune's (matching needs a point).
  const latitude = d.latitude ?? commune.latitude;
  const longitude = d.longitude ?? commune.longitude;
  if (latitude === null || longitude === null) {
    return fail(
      'coordonnees_absentes',
      'Impossible de situer votre commune : indiquez votre position.',
      400,
      {
        communeCode: 'Impossible de situer cette commune : indiquez votre position.',
      },
    );
  }
  const hash = await hashPassword(d.motDePasse);
  let r: Awaited<ReturnType<typeof candidaterConseiller>>;
  try {
    // A public form: the journal records no actor, even for a signed-in visitor.
    r = await inTransaction({ ...ctx, actor: null }, async (t) => {
      const { db: tx, now } = t;
      const compte = await creerCompteCandidature(
        t,
        { email: d.email, prenom: d.prenom, nom: d.nom, role: 'candidat' },
        hash,
      );
      if (!compte.ok) return compte;
      const [row] = await tx
        .insert(candidats)
        .values({
          utilisateurId: compte.value.id,
          prenom: d.prenom,
          nom: d.nom,
          email: d.email,
          telephone: d.telephone ?? null,
          communeCode: commune.code,
          codePostal: commune.codesPostaux[0] ?? null,
          departementCode: commune.departement,
          latitude,
          longitude,
          rayonMobiliteKm: d.rayonMobiliteKm,
          dateDisponibilite: d.dateDisponibilite,
          situations: d.situations,
          diplome: d.diplome,
          diplomeNom: d.diplome ? (d.diplomeNom ?? null) : null,
          experience: d.experience ?? null,
          motivation: d.motivation,
          niveauPix: d.niveauPix ?? null,
          consentementLe: now,
          creeLe: now,
          modifieLe: now,
        })
        .returning({ id: candidats.id });
      await recordAudit(tx, {
        actor: null,
        action: 'candidat.inscrit',
        entityType: 'candidat',
        entityId: row!.id,
        departementCode: commune.departement,
        ip: ctx.ip,
        details: { compte: compte.value.id },
      });
      return ok({ candidatId: row!.id, utilisateurId: compte.value.id, adhesionId: compte.value.adhesionId });
    });
  } catch (error) {
    if (estViolationUnicite(error)) {
      return fail(
        'email_deja_utilise',
        'Un compte utilise déjà cette adresse électronique : connectez-vous.',
        409,
        {
          email: 'Un compte utilise déjà cette adresse électronique.',
        },
      );
    }
    throw error;
  }
  if (r.ok) {
    await envoyer(ctx, [
      mailCandidatureConseillerRecue(ctx.config.baseUrl, { to: d.email, prenom: d.prenom }),
    ]);
    // Structures around that have open posts get the new candidate proposed at once.
    await apparierApres(ctx, { candidatId: r.value.candidatId });
  }
  return r;
}

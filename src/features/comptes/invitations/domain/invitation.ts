import { dateHeureFr } from '../../../../platform/valeurs/typographie.ts';
/** Invitations are single-use links valid for seven days. */
export const INVITATION_DUREE_MS = 7 * 24 * 60 * 60 * 1000;
export const INVITATION_TYPE = 'invitation';

export type EtatInvitation = 'valide' | 'utilisee' | 'expiree';

export function etatInvitation(jeton: { expireLe: Date; utiliseLe: Date | null }, now: Date): EtatInvitation {
  if (jeton.utiliseLe) return 'utilisee';
  if (jeton.expireLe.getTime() <= now.getTime()) return 'expiree';
  return 'valide';
}

export function expirationInvitation(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DUREE_MS);
}

/** The invitation e-mail, in plain text (links stay clickable in every mail client). */
export function courrielInvitation(input: {
  invitant: string | null;
  roleLibelle: string;
  portee: string | null;
  lien: string;
  expireLe: Date;
}): { subject: string; text: string } {
  const qui = input.invitant ? `${input.invitant} vous invite` : 'Vous êtes invité(e)';
  const role = input.portee ? `« ${input.roleLibelle} » (${input.portee})` : `« ${input.roleLibelle} »`;
  return {
    subject: 'Invitation à rejoindre Maillage',
    text: [
      'Bonjour,',
      '',
      `${qui} à rejoindre Maillage, la plateforme du programme national d’inclusion numérique, avec le rôle ${role}.`,
      '',
      `Pour accepter, ouvrez ce lien, utilisable une seule fois, jusqu’au ${dateHeureFr(input.expireLe, { jourSemaine: true })} :`,
      input.lien,
      '',
      'Si vous avez déjà un compte Maillage avec cette adresse, le rôle s’ajoutera à votre compte après connexion ; sinon, vous choisirez votre mot de passe.',
      '',
      'Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun compte ne sera créé.',
      '',
      'L’équipe Maillage',
    ].join('\n'),
  };
}

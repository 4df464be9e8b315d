import { policyChecker } from '../../../platform/policies/can.ts';
import { auditPolicy } from '../../audit/index.ts';
import { adhesionPolicy } from './adhesion.ts';
import { invitationPolicy } from './invitation.ts';
import { utilisateurPolicy } from './utilisateur.ts';

/** The accounts' policies (and the journal's, whose link the user pages show). */
export const { can, actionsPermises } = policyChecker({
  utilisateur: utilisateurPolicy,
  adhesion: adhesionPolicy,
  invitation: invitationPolicy,
  audit: auditPolicy,
});

export type { AdhesionResource } from './adhesion.ts';
export { ROLES_EQUIPE_STRUCTURE } from './adhesion.ts';
export type { InvitationResource } from './invitation.ts';
export type { UtilisateurResource } from './utilisateur.ts';

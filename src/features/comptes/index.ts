/**
 * The comptes feature's public surface: it owns the accounts, memberships and sessions tables; other
 * features read them with these queries and create accounts with these use cases, never through the tables.
 */
export { formaterDate } from './administration/presenter.ts';
export { DEMO_STRUCTURES, persona } from './demo/personas.ts';
export { echecAction } from './echec-action.ts';
export { membresDeStructure } from './membres-structure.ts';
export { utilisateursPublies } from './relation-publiee.ts';
export { emailsDeDemonstration, emailsDuRole, nomsUtilisateurs } from './repo.ts';
export { dropIncomingSession, setSessionCookie } from './session-cookie.ts';
export {
  creationSchema,
  creerUtilisateur,
  generatePassword,
  type OptionsCreation,
  type UtilisateurCree,
} from './utilisateurs/creer-utilisateur.ts';
export {
  attribuerRole,
  effacerCompteSansAutreRole,
  type RoleAttribue,
  retirerRole,
} from './utilisateurs/roles-attribues.ts';

import { definePolicy, EXEMPLE } from '../../../platform/policies/can.ts';

/** A user account, described by the départements where it holds a membership (directly or via a structure). */
export interface UtilisateurResource {
  type: 'utilisateur';
  departementCodes: string[];
  /** The account acted upon is the actor's own (nobody deactivates themselves). */
  soiMeme?: boolean;
}

export const UTILISATEUR_ACTIONS = ['lister', 'voir', 'desactiver', 'reactiver'] as const;
export type UtilisateurAction = (typeof UTILISATEUR_ACTIONS)[number];

const dansSonDepartement = (departementCode: string | null, codes: string[]) =>
  departementCode !== null && codes.includes(departementCode);

export const utilisateurPolicy = definePolicy<UtilisateurAction, UtilisateurResource>({
  resource: 'utilisateur',
  example: (own) => ({
    type: 'utilisateur',
    departementCodes: [own ? EXEMPLE.departement : EXEMPLE.autreDepartement],
  }),
  actions: UTILISATEUR_ACTIONS,
  rules: {
    anct: {
      lister: true,
      voir: true,
      desactiver: (_s, r) => !r.soiMeme,
      reactiver: (_s, r) => !r.soiMeme,
    },
    // A préfecture reads the accounts of its own département, nothing else.
    prefecture: {
      lister: ({ membership }, r) =>
        r.departementCodes.length > 0 && r.departementCodes.every((c) => c === membership.departementCode),
      voir: ({ membership }, r) => dansSonDepartement(membership.departementCode, r.departementCodes),
    },
  },
});

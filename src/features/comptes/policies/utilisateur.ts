import { definePolicy, EXEMPLE } from '../../../platform/policies/can.ts';

/** A user account, described by the départements where it holds a membership (directly or via a structure). */
export interface UtilisateurResource {
  type: 'utilisateur';
  departementCodes: string[];
  /** The account acted upon is the actor's own (nobody deactivates themselves). */
  soiMeme?: boolean;
  /** Every role it holds is the préfecture one (an agent): the only accounts a préfecture manages. */
  agentPrefecture?: boolean;
}

export const UTILISATEUR_ACTIONS = ['lister', 'voir', 'desactiver', 'reactiver'] as const;
export type UtilisateurAction = (typeof UTILISATEUR_ACTIONS)[number];

const dansSonDepartement = (departementCode: string | null, codes: string[]) =>
  departementCode !== null && codes.includes(departementCode);

const toutDansSonDepartement = (departementCode: string | null, codes: string[]) =>
  departementCode !== null && codes.length > 0 && codes.every((c) => c === departementCode);

/** A préfecture manages its own agents' accounts (all in its département), never its own account. */
const gerableParPrefecture = (departementCode: string | null, r: UtilisateurResource) =>
  toutDansSonDepartement(departementCode, r.departementCodes) && r.agentPrefecture === true && !r.soiMeme;

export const utilisateurPolicy = definePolicy<UtilisateurAction, UtilisateurResource>({
  resource: 'utilisateur',
  example: (own) => ({
    type: 'utilisateur',
    departementCodes: [own ? EXEMPLE.departement : EXEMPLE.autreDepartement],
    agentPrefecture: true,
  }),
  actions: UTILISATEUR_ACTIONS,
  rules: {
    anct: {
      lister: true,
      voir: true,
      desactiver: (_s, r) => !r.soiMeme,
      reactiver: (_s, r) => !r.soiMeme,
    },
    // A préfecture reads the accounts of its own département and (de)activates its own agents.
    prefecture: {
      lister: ({ membership }, r) => toutDansSonDepartement(membership.departementCode, r.departementCodes),
      voir: ({ membership }, r) => dansSonDepartement(membership.departementCode, r.departementCodes),
      desactiver: ({ membership }, r) => gerableParPrefecture(membership.departementCode, r),
      reactiver: ({ membership }, r) => gerableParPrefecture(membership.departementCode, r),
    },
  },
});

import type { Actor } from '../../../platform/auth/actor.ts';
import { allowedBy, definePolicy, EXEMPLE, type PolicySubject } from '../../../platform/policies/can.ts';

/** An activity, or a beneficiary, as the rules see it: whose it is, in which structure. */
export interface SuiviResource {
  type: 'activite' | 'beneficiaire';
  structureId: string;
  conseillerId: string;
}

export const ACTIVITE_ACTIONS = ['enregistrer', 'voir', 'modifier'] as const;
export type ActiviteAction = (typeof ACTIVITE_ACTIONS)[number];

export const BENEFICIAIRE_ACTIONS = ['voir', 'modifier', 'fusionner', 'exporter', 'effacer'] as const;
export type BeneficiaireAction = (typeof BENEFICIAIRE_ACTIONS)[number];

/** Mine: recorded by this person, in the structure they act for. */
const lesMiens = ({ actor, membership }: PolicySubject, r: SuiviResource) =>
  membership.structureId !== null &&
  r.structureId === membership.structureId &&
  r.conseillerId === actor.userId;

const exemple =
  (type: SuiviResource['type']) =>
  (own: boolean, { actor }: PolicySubject): SuiviResource => ({
    type,
    structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure,
    conseillerId: own ? actor.userId : '00000000-0000-4000-8000-00000000bb02',
  });

/**
 * Advisers, and structure staff who mediate too, record their own activities. An activity names
 * people: nobody else sees it one by one (the team, the préfecture and ANCT see statistics only).
 */
export const activitePolicy = definePolicy<ActiviteAction, SuiviResource>({
  resource: 'activite',
  example: exemple('activite'),
  actions: ACTIVITE_ACTIONS,
  rules: {
    conseiller: { enregistrer: lesMiens, voir: lesMiens, modifier: lesMiens },
    structure: { enregistrer: lesMiens, voir: lesMiens, modifier: lesMiens },
  },
});

/** A beneficiary belongs to the person who follows them: only they see, merge, export or erase them. */
export const beneficiairePolicy = definePolicy<BeneficiaireAction, SuiviResource>({
  resource: 'beneficiaire',
  example: exemple('beneficiaire'),
  actions: BENEFICIAIRE_ACTIONS,
  rules: {
    conseiller: {
      voir: lesMiens,
      modifier: lesMiens,
      fusionner: lesMiens,
      exporter: lesMiens,
      effacer: lesMiens,
    },
    structure: {
      voir: lesMiens,
      modifier: lesMiens,
      fusionner: lesMiens,
      exporter: lesMiens,
      effacer: lesMiens,
    },
  },
});

export function peutActivite(
  actor: Actor | null | undefined,
  action: ActiviteAction,
  r: SuiviResource,
): boolean {
  return allowedBy(activitePolicy, actor, action, r);
}

export function peutBeneficiaire(
  actor: Actor | null | undefined,
  action: BeneficiaireAction,
  r: SuiviResource,
): boolean {
  return allowedBy(beneficiairePolicy, actor, action, r);
}

/** Whether the actor may record activities at all, in its current structure. */
export function peutEnregistrer(actor: Actor | null | undefined): actor is Actor & { kind: 'user' } {
  if (actor?.kind !== 'user' || !actor.active?.structureId) return false;
  return peutActivite(actor, 'enregistrer', {
    type: 'activite',
    structureId: actor.active.structureId,
    conseillerId: actor.userId,
  });
}

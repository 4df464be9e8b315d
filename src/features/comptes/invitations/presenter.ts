import { isRole, ROLE_LABELS } from '../../../platform/auth/roles.ts';
import { formaterDate, presenterAdhesion } from '../administration/presenter.ts';
import type { InvitationEnAttente, MembreStructure } from './queries.ts';

export interface InvitationVue {
  hash: string;
  email: string;
  roleLibelle: string;
  portee: string;
  expireLe: string;
  invitant: string;
}

export function presenterInvitation(i: InvitationEnAttente): InvitationVue {
  const m = presenterAdhesion({
    id: i.hash,
    role: i.role ?? '',
    departementCode: i.departementCode,
    departementNom: i.departementNom,
    structureId: i.structureId,
    structureNom: i.structureNom,
    referent: false,
  });
  return {
    hash: i.hash,
    email: i.email,
    roleLibelle: m.roleLibelle,
    portee: m.portee,
    expireLe: formaterDate(i.expireLe),
    invitant: i.invitantPrenom ? `${i.invitantPrenom} ${i.invitantNom}` : 'Ligne de commande',
  };
}

export interface MembreVue {
  adhesionId: string;
  nomComplet: string;
  email: string;
  roleLibelle: string;
  actif: boolean;
}

export function presenterMembre(m: MembreStructure): MembreVue {
  return {
    adhesionId: m.adhesionId,
    nomComplet: `${m.prenom} ${m.nom}`,
    email: m.email,
    roleLibelle: (isRole(m.role) ? ROLE_LABELS[m.role] : m.role) + (m.referent ? ' (référent)' : ''),
    actif: m.actif,
  };
}

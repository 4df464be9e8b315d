import { isRole, ROLE_LABELS } from '../../../platform/auth/roles.ts';
import { dateHeureFr } from '../../../platform/valeurs/typographie.ts';
import type { AdhesionDetaillee, UtilisateurDetaille } from './queries.ts';

export interface AdhesionVue {
  id: string;
  role: string;
  roleLibelle: string;
  portee: string;
  referent: boolean;
}

/** "Préfecture — Aisne (02)", "Structure — Commune de Laon", "ANCT (national)". */
export function presenterAdhesion(
  m: Pick<
    AdhesionDetaillee,
    'id' | 'role' | 'departementCode' | 'departementNom' | 'structureNom' | 'structureId' | 'referent'
  >,
): AdhesionVue {
  const roleLibelle = isRole(m.role) ? ROLE_LABELS[m.role] : m.role;
  let portee = m.role === 'anct' ? 'National' : 'Personnel';
  if (m.structureId) portee = m.structureNom ?? 'Structure inconnue';
  else if (m.departementCode) portee = `${m.departementNom ?? 'Département'} (${m.departementCode})`;
  return { id: m.id, role: m.role, roleLibelle, portee, referent: m.referent };
}

/** "1er avril 2021 à 10:05", or "jamais". */
export function formaterDate(d: Date | null | undefined): string {
  return d ? dateHeureFr(d) : 'jamais';
}

export interface UtilisateurLigneVue {
  id: string;
  nomComplet: string;
  email: string;
  actif: boolean;
  adhesions: AdhesionVue[];
}

export function presenterLigne(row: {
  id: string;
  prenom: string;
  nom: string;
  email: string;
  actif: boolean;
  adhesions: AdhesionDetaillee[];
}): UtilisateurLigneVue {
  return {
    id: row.id,
    nomComplet: `${row.prenom} ${row.nom}`,
    email: row.email,
    actif: row.actif,
    adhesions: row.adhesions.map(presenterAdhesion),
  };
}

export interface UtilisateurVue extends UtilisateurLigneVue {
  demo: boolean;
  doubleAuthentification: boolean;
  derniereConnexion: string;
  creeLe: string;
}

export function presenterUtilisateur(u: UtilisateurDetaille): UtilisateurVue {
  return {
    ...presenterLigne(u),
    demo: u.demo,
    doubleAuthentification: u.totpActiveLe !== null,
    derniereConnexion: formaterDate(u.derniereConnexionLe),
    creeLe: formaterDate(u.creeLe),
  };
}

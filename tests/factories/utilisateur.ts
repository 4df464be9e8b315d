import { MOT_DE_PASSE } from './recrutement.ts';

/** What `creerUtilisateur` takes (the operators' command line). */
export interface DonneesUtilisateur {
  email: string;
  prenom: string;
  nom: string;
  role: string;
  departement?: string | undefined;
  structure?: string | undefined;
  referent?: boolean;
  motDePasse?: string | undefined;
}

let numero = 0;

/**
 * A valid account creation: a candidate by default, the one role held without a département or a
 * structure, so that an override of `role` only has to add the scope it needs.
 */
export function buildUtilisateur(over: Partial<DonneesUtilisateur> = {}): DonneesUtilisateur {
  numero += 1;
  const n = `${process.pid}-${numero}`;
  return {
    email: `utilisateur-${n}@exemple.fr`,
    prenom: 'Camille',
    nom: `Martin ${numero}`,
    role: 'candidat',
    motDePasse: MOT_DE_PASSE,
    ...over,
  };
}

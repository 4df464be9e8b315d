import type {
  Participant,
  ProfilStatistique,
  SaisieActivite,
} from '../../src/features/activite/domain/saisie.ts';

export const PROFIL_ANONYME: ProfilStatistique = {
  genre: 'non_communique',
  trancheAge: 'non_communique',
  statutSocial: 'non_communique',
  communeInsee: null,
};

/** A valid individual accompaniment at home, for one anonymous person, on `date`. */
export function saisieActivite(extra: Partial<SaisieActivite> = {}): SaisieActivite {
  return {
    type: 'individuel',
    date: '2024-10-07',
    dureeMinutes: 30,
    typeLieu: 'domicile',
    lieuId: null,
    communeInsee: null,
    titre: null,
    niveau: null,
    atelierId: null,
    thematiquesNumeriques: ['email'],
    thematiquesAdministratives: [],
    materiel: ['telephone'],
    autonomie: 'partiellement_autonome',
    orientation: null,
    notes: null,
    participants: [{ sorte: 'anonyme', profil: PROFIL_ANONYME }],
    ...extra,
  };
}

/** A new named beneficiary who gave consent. */
export function nouveauBeneficiaire(prenom: string, nom: string): Participant {
  return {
    sorte: 'nouveau',
    beneficiaire: {
      ...PROFIL_ANONYME,
      genre: 'feminin',
      trancheAge: 'soixante_dix_plus',
      statutSocial: 'retraite',
      prenom,
      nom,
      telephone: null,
      courriel: null,
      anneeNaissance: null,
      consentement: true,
    },
  };
}

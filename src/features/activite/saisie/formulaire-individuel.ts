import type { Db } from '../../../db/client.ts';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import type { Participant, ProfilStatistique, SaisieActivite } from '../domain/saisie.ts';
import {
  type Candidats,
  communeDe,
  entier,
  erreursVersChamps,
  lireCorps,
  partieCommune,
  RENOMMAGE_COMMUN,
  texteOuNull,
  type ValeursFormulaire,
} from './champs.ts';

const COURRIEL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const TELEPHONE = /^\+?[\d\s.-]{10,20}$/;

export interface LectureIndividuelle {
  saisie: SaisieActivite;
  valeurs: ValeursFormulaire;
  /** Errors found before the rules (malformed fields, communes, contact details). */
  erreurs: FieldErrors;
  /** True when a field was sent in a way no form sends it (repeated, control characters). */
  malForme: boolean;
  candidats: Candidats;
}

function profil(v: ValeursFormulaire['v'], communeInsee: string | null): ProfilStatistique {
  return {
    genre: (v.genre || 'non_communique') as ProfilStatistique['genre'],
    trancheAge: (v.trancheAge || 'non_communique') as ProfilStatistique['trancheAge'],
    statutSocial: (v.statutSocial || 'non_communique') as ProfilStatistique['statutSocial'],
    communeInsee,
  };
}

/** The individual accompaniment form (strings) → a SaisieActivite the use case checks. */
export async function lireFormulaireIndividuel(db: Db, corps: unknown): Promise<LectureIndividuelle> {
  const { valeurs, erreurs } = lireCorps(corps, []);
  const malForme = Object.keys(erreurs).length > 0;
  const v = valeurs.v;
  const candidats: Candidats = {};
  const communeInsee = malForme ? null : await communeDe(db, v, 'commune', erreurs, candidats);
  const communeBeneficiaire = malForme
    ? null
    : await communeDe(db, v, 'communeBeneficiaire', erreurs, candidats);

  let participant: Participant | null = null;
  const qui = v.qui ?? '';
  if (qui === 'anonyme') participant = { sorte: 'anonyme', profil: profil(v, communeBeneficiaire) };
  else if (qui === 'existant') {
    if (v.beneficiaireId) participant = { sorte: 'existant', beneficiaireId: v.beneficiaireId };
    else erreurs.beneficiaireId = 'Choisissez la personne dans la liste, ou recherchez-la par son nom.';
  } else if (qui === 'nouveau') {
    const courriel = texteOuNull(v.courriel);
    const telephone = texteOuNull(v.telephone);
    if (courriel && (courriel.length > 200 || !COURRIEL.test(courriel)))
      erreurs.courriel = 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.';
    if (telephone && !TELEPHONE.test(telephone))
      erreurs.telephone = 'Saisissez un numéro de téléphone valide, par exemple 03 23 22 30 30.';
    const annee = texteOuNull(v.anneeNaissance);
    participant = {
      sorte: 'nouveau',
      beneficiaire: {
        ...profil(v, communeBeneficiaire),
        prenom: v.prenom ?? '',
        nom: v.nom ?? '',
        telephone,
        courriel,
        anneeNaissance: annee === null ? null : entier(annee),
        consentement: v.consentement === 'oui',
      },
    };
  } else erreurs.qui = 'Indiquez qui a été accompagné : une personne anonyme, nouvelle ou déjà suivie.';

  const saisie: SaisieActivite = {
    type: 'individuel',
    ...partieCommune(valeurs),
    communeInsee,
    titre: null,
    niveau: null,
    autonomie: (texteOuNull(v.autonomie) as SaisieActivite['autonomie']) ?? null,
    participants: participant ? [participant] : [],
  };
  return { saisie, valeurs, erreurs, malForme, candidats };
}

const RENOMMAGE: Record<string, string> = { ...RENOMMAGE_COMMUN, participants: 'qui' };

/** The use case's messages, on the individual form's fields. */
export const erreursIndividuelles = (e: Record<string, string>) => erreursVersChamps(e, RENOMMAGE);

export const LIBELLES_INDIVIDUEL: Record<string, string> = {
  date: 'Date',
  duree: 'Durée',
  dureeAutre: 'Autre durée',
  ou: 'Lieu',
  commune: 'Commune du lieu',
  qui: 'Personne accompagnée',
  beneficiaireId: 'Personne déjà suivie',
  prenom: 'Prénom',
  nom: 'Nom',
  telephone: 'Téléphone',
  courriel: 'Adresse électronique',
  anneeNaissance: 'Année de naissance',
  consentement: 'Accord de la personne',
  genre: 'Genre',
  trancheAge: 'Tranche d’âge',
  statutSocial: 'Statut',
  communeBeneficiaire: 'Commune de résidence',
  thematiquesNumeriques: 'Thématiques numériques',
  thematiquesAdministratives: 'Thématiques administratives',
  materiel: 'Matériel utilisé',
  autonomie: 'Autonomie',
  orientation: 'Orientation',
  notes: 'Notes',
  chequeNumero: 'Numéro du chèque pass numérique',
  chequeEmetteur: 'Émetteur du chèque',
  chequeValeur: 'Valeur du chèque',
  chequeValableJusquau: 'Validité du chèque',
};

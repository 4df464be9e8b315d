import type { Db } from '../../../db/client.ts';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import type { Participant, SaisieActivite } from '../domain/saisie.ts';
import { GENRES, PARTICIPANTS_MAX, STATUTS_SOCIAUX, TRANCHES_AGE } from '../domain/vocabulaire.ts';
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
import { type Comptes, profilsAnonymes } from './participants-anonymes.ts';

/** The count inputs: one per code of each dimension, e.g. `genre_feminin`, `age_retraite`. */
export const DIMENSIONS = [
  { cle: 'genre', prefixe: 'genre_', liste: GENRES, legende: 'Par genre' },
  { cle: 'trancheAge', prefixe: 'age_', liste: TRANCHES_AGE, legende: 'Par tranche d’âge' },
  { cle: 'statutSocial', prefixe: 'statut_', liste: STATUTS_SOCIAUX, legende: 'Par statut' },
] as const;

export interface LectureCollective {
  saisie: SaisieActivite;
  valeurs: ValeursFormulaire;
  erreurs: FieldErrors;
  malForme: boolean;
  candidats: Candidats;
}

/** The collective activity form (strings) → a SaisieActivite: named people, then the anonymous counts. */
export async function lireFormulaireCollectif(db: Db, corps: unknown): Promise<LectureCollective> {
  const { valeurs, erreurs } = lireCorps(corps, ['beneficiaireIds']);
  const malForme = Object.keys(erreurs).length > 0;
  const v = valeurs.v;
  const candidats: Candidats = {};
  const communeInsee = malForme ? null : await communeDe(db, v, 'commune', erreurs, candidats);

  const comptes: Comptes = { genre: {}, trancheAge: {}, statutSocial: {} };
  for (const d of DIMENSIONS) {
    for (const { code } of d.liste) {
      const champ = `${d.prefixe}${code}`;
      const texte = (v[champ] ?? '').trim();
      if (!texte) continue;
      const n = entier(texte);
      if (!Number.isInteger(n) || n > PARTICIPANTS_MAX)
        erreurs[champ] = `Saisissez un nombre entier entre 0 et ${PARTICIPANTS_MAX}.`;
      else (comptes[d.cle] as Record<string, number>)[code] = n;
    }
  }
  const nommes = [...new Set(valeurs.listes.beneficiaireIds ?? [])];
  const participants: Participant[] = nommes.map((id) => ({ sorte: 'existant', beneficiaireId: id }));
  // Checked before expanding, so that a forged count never builds a huge list.
  const anonymes = Object.keys(erreurs).some((k) => /^(genre|age|statut)_/.test(k))
    ? []
    : profilsAnonymes(comptes);
  if (participants.length + anonymes.length <= PARTICIPANTS_MAX)
    for (const profil of anonymes) participants.push({ sorte: 'anonyme', profil });
  else
    erreurs.participants = `Un atelier compte au plus ${PARTICIPANTS_MAX} participants : vous en indiquez ${participants.length + anonymes.length}.`;

  const saisie: SaisieActivite = {
    type: 'collectif',
    ...partieCommune(valeurs),
    communeInsee,
    titre: texteOuNull(v.titre),
    niveau: (texteOuNull(v.niveau) as SaisieActivite['niveau']) ?? null,
    autonomie: null,
    participants,
  };
  return { saisie, valeurs, erreurs, malForme, candidats };
}

export const erreursCollectives = (e: Record<string, string>) => erreursVersChamps(e, RENOMMAGE_COMMUN);

export const LIBELLES_COLLECTIF: Record<string, string> = {
  titre: 'Titre',
  niveau: 'Niveau',
  date: 'Date',
  duree: 'Durée',
  dureeAutre: 'Autre durée',
  ou: 'Lieu',
  commune: 'Commune du lieu',
  participants: 'Participants',
  beneficiaireIds: 'Personnes déjà suivies',
  thematiquesNumeriques: 'Thématiques numériques',
  thematiquesAdministratives: 'Thématiques administratives',
  materiel: 'Matériel utilisé',
  orientation: 'Orientation',
  notes: 'Notes',
};

import { dateFr } from '../../../platform/valeurs/typographie.ts';
import {
  AUTONOMIES,
  GENRES,
  libelle,
  MATERIELS,
  NIVEAUX,
  ORIENTATIONS,
  STATUTS_SOCIAUX,
  THEMATIQUES_ADMINISTRATIVES,
  THEMATIQUES_NUMERIQUES,
  TRANCHES_AGE,
  TYPES_ACTIVITE,
  TYPES_LIEU,
  VERSIONS_THEMATIQUES,
} from '../domain/vocabulaire.ts';
import type { AccompagnementHistorique, FicheBeneficiaire } from './lectures.ts';

/** "Jeanne Martin", or a neutral mention when no name is known. */
export function nomComplet(b: { prenom: string | null; nom: string | null }): string {
  return [b.prenom, b.nom].filter(Boolean).join(' ') || 'Personne sans nom';
}

/** "1 h 30", "45 min". */
export function duree(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
}

/** Theme labels in the list version the activity was recorded in. */
export function thematiques(a: AccompagnementHistorique): string[] {
  const listes = VERSIONS_THEMATIQUES[a.versionThematiques];
  return [
    ...a.thematiquesNumeriques.map((c) => libelle(listes?.numeriques ?? THEMATIQUES_NUMERIQUES, c)),
    ...a.thematiquesAdministratives.map((c) =>
      libelle(listes?.administratives ?? THEMATIQUES_ADMINISTRATIVES, c),
    ),
  ];
}

export function profil(b: FicheBeneficiaire, communes: Map<string, string>) {
  return {
    genre: libelle(GENRES, b.genre),
    trancheAge: libelle(TRANCHES_AGE, b.trancheAge),
    statutSocial: libelle(STATUTS_SOCIAUX, b.statutSocial),
    commune: b.communeInsee ? `${communes.get(b.communeInsee) ?? b.communeInsee} (${b.communeInsee})` : null,
  };
}

/** One accompaniment as the history and the export show it (labels, not codes). */
export function presenterAccompagnement(a: AccompagnementHistorique, communes: Map<string, string>) {
  return {
    date: a.date,
    dateTexte: dateFr(a.date),
    premierAccompagnement: a.premier,
    type: libelle(TYPES_ACTIVITE, a.type),
    dureeMinutes: a.dureeMinutes,
    duree: duree(a.dureeMinutes),
    lieu: libelle(TYPES_LIEU, a.typeLieu),
    commune: a.communeInsee ? (communes.get(a.communeInsee) ?? a.communeInsee) : null,
    titre: a.titre,
    niveau: a.niveau ? libelle(NIVEAUX, a.niveau) : null,
    thematiques: thematiques(a),
    materiel: a.materiel.map((m) => libelle(MATERIELS, m)),
    autonomie: a.autonomie ? libelle(AUTONOMIES, a.autonomie) : null,
    orientation: a.orientation ? libelle(ORIENTATIONS, a.orientation) : null,
    notes: a.notes,
  };
}

export type AccompagnementPresente = ReturnType<typeof presenterAccompagnement>;

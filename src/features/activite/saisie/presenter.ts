import {
  AUTONOMIES,
  libelle,
  MATERIELS,
  NIVEAUX,
  type Option,
  ORIENTATIONS,
  THEMATIQUES_ADMINISTRATIVES,
  THEMATIQUES_NUMERIQUES,
  TYPES_ACTIVITE,
  TYPES_LIEU,
  VERSIONS_THEMATIQUES,
} from '../domain/vocabulaire.ts';
import { type ValeursFormulaire, valeursVides } from './champs.ts';
import { DIMENSIONS } from './formulaire-collectif.ts';
import { comptesDe } from './participants-anonymes.ts';
import type { ActiviteDetaillee, LigneActivite } from './queries.ts';

export function dateEnFrancais(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function dureeEnFrancais(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** Theme labels in the list version the activity was recorded in. */
function themes(version: string, numeriques: string[], administratives: string[]): string[] {
  const listes = VERSIONS_THEMATIQUES[version] ?? {
    numeriques: THEMATIQUES_NUMERIQUES,
    administratives: THEMATIQUES_ADMINISTRATIVES,
  };
  return [
    ...numeriques.map((c) => libelle(listes.numeriques, c)),
    ...administratives.map((c) => libelle(listes.administratives, c)),
  ];
}

export interface ActiviteListee {
  id: string;
  dateTexte: string;
  type: string;
  titre: string | null;
  duree: string;
  participants: number;
  thematiques: string[];
  href: string;
  repeterHref: string;
}

export function repeterHref(type: string, id: string): string {
  return type === 'collectif'
    ? `/activite/collective/nouvelle?repeter=${id}`
    : `/activite/nouvelle?repeter=${id}`;
}

export function presenterLigne(r: LigneActivite): ActiviteListee {
  return {
    id: r.id,
    dateTexte: dateEnFrancais(r.date),
    type: libelle(TYPES_ACTIVITE, r.type),
    titre: r.titre,
    duree: dureeEnFrancais(r.dureeMinutes),
    participants: r.participants,
    thematiques: themes(r.versionThematiques, r.thematiquesNumeriques, r.thematiquesAdministratives),
    href: `/activite/${r.id}`,
    repeterHref: repeterHref(r.type, r.id),
  };
}

export interface DetailPresente {
  id: string;
  titrePage: string;
  lignes: { libelle: string; valeur: string }[];
  personnes: { nom: string; detail: string }[];
  anonymes: number;
  repeterHref: string;
}

const liste = (options: readonly Option[], codes: string[]) =>
  codes.length ? codes.map((c) => libelle(options, c)).join(', ') : '—';

export function presenterDetail(
  a: ActiviteDetaillee,
  lieu: { nom: string | null; commune: string | null },
): DetailPresente {
  const ou =
    a.typeLieu === 'lieu_activite' && lieu.nom
      ? lieu.nom
      : `${libelle(TYPES_LIEU, a.typeLieu)}${lieu.commune ? ` — ${lieu.commune}` : ''}`;
  const lignes = [
    { libelle: 'Type', valeur: libelle(TYPES_ACTIVITE, a.type) },
    ...(a.titre ? [{ libelle: 'Titre', valeur: a.titre }] : []),
    ...(a.niveau ? [{ libelle: 'Niveau', valeur: libelle(NIVEAUX, a.niveau) }] : []),
    { libelle: 'Date', valeur: dateEnFrancais(a.date) },
    { libelle: 'Durée', valeur: dureeEnFrancais(a.dureeMinutes) },
    { libelle: 'Lieu', valeur: ou },
    {
      libelle: 'Thématiques',
      valeur:
        themes(a.versionThematiques, a.thematiquesNumeriques, a.thematiquesAdministratives).join(', ') || '—',
    },
    { libelle: 'Matériel', valeur: liste(MATERIELS, a.materiel) },
    ...(a.autonomie ? [{ libelle: 'Autonomie', valeur: libelle(AUTONOMIES, a.autonomie) }] : []),
    ...(a.orientation ? [{ libelle: 'Orientation', valeur: libelle(ORIENTATIONS, a.orientation) }] : []),
    ...(a.notes ? [{ libelle: 'Notes', valeur: a.notes }] : []),
  ];
  const nommes = a.participants.filter((p) => !p.anonyme);
  return {
    id: a.id,
    titrePage: `${libelle(TYPES_ACTIVITE, a.type)} du ${dateEnFrancais(a.date)}`,
    lignes,
    personnes: nommes.map((p) => ({
      nom: p.indisponible ? 'Personne effacée ou fusionnée' : `${p.prenom ?? ''} ${p.nom ?? ''}`.trim(),
      detail: p.premier ? 'Premier accompagnement' : 'Déjà accompagnée',
    })),
    anonymes: a.participants.length - nommes.length,
    repeterHref: repeterHref(a.type, a.id),
  };
}

/** The fields both forms take from an activity being repeated: everything but the date and the notes. */
function valeursCommunes(a: ActiviteDetaillee, aujourdhui: string): ValeursFormulaire {
  const f = valeursVides();
  f.v.date = aujourdhui;
  f.v.duree = [15, 30, 45, 60, 90, 120].includes(a.dureeMinutes) ? String(a.dureeMinutes) : 'autre';
  if (f.v.duree === 'autre') f.v.dureeAutre = String(a.dureeMinutes);
  f.v.ou = a.typeLieu === 'lieu_activite' && a.lieuId ? `lieu:${a.lieuId}` : a.typeLieu;
  if (a.typeLieu === 'autre' && a.communeInsee) f.v.commune_code = a.communeInsee;
  f.v.orientation = a.orientation ?? '';
  f.listes.thematiquesNumeriques = [...a.thematiquesNumeriques];
  f.listes.thematiquesAdministratives = [...a.thematiquesAdministratives];
  f.listes.materiel = [...a.materiel];
  return f;
}

/** "Répéter la dernière": an individual accompaniment's values for a new one. */
export function valeursIndividuellesDepuis(a: ActiviteDetaillee, aujourdhui: string): ValeursFormulaire {
  const f = valeursCommunes(a, aujourdhui);
  f.v.autonomie = a.autonomie ?? '';
  const p = a.participants[0];
  if (p && !p.anonyme && !p.indisponible) {
    f.v.qui = 'existant';
    f.v.beneficiaireId = p.beneficiaireId;
  } else {
    f.v.qui = 'anonyme';
    if (p) {
      f.v.genre = p.genre;
      f.v.trancheAge = p.trancheAge;
      f.v.statutSocial = p.statutSocial;
      if (p.communeInsee) f.v.communeBeneficiaire_code = p.communeInsee;
    }
  }
  return f;
}

/** The same for a collective activity: named people checked again, anonymous ones as counts. */
export function valeursCollectivesDepuis(a: ActiviteDetaillee, aujourdhui: string): ValeursFormulaire {
  const f = valeursCommunes(a, aujourdhui);
  f.v.titre = a.titre ?? '';
  f.v.niveau = a.niveau ?? '';
  f.listes.beneficiaireIds = a.participants
    .filter((p) => !p.anonyme && !p.indisponible)
    .map((p) => p.beneficiaireId);
  const comptes = comptesDe(a.participants.filter((p) => p.anonyme) as Parameters<typeof comptesDe>[0]);
  for (const d of DIMENSIONS)
    for (const [code, n] of Object.entries(comptes[d.cle])) f.v[`${d.prefixe}${code}`] = String(n);
  return f;
}

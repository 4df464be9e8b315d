import {
  AUTONOMIES,
  GENRES,
  libelle,
  MATERIELS,
  type Option,
  ORIENTATIONS,
  STATUTS_SOCIAUX,
  THEMATIQUES_ADMINISTRATIVES,
  THEMATIQUES_NUMERIQUES,
  TRANCHES_AGE,
  TYPES_ACTIVITE,
  TYPES_LIEU,
} from '../domain/vocabulaire.ts';
import type { Statistiques } from './domain/contrat.ts';
import type { PointPublic, StatistiquesPubliees, Valeur } from './public/secret.ts';

/** Duration brackets as the calculation names them (brutes.ts). */
const DUREES: readonly Option[] = [
  { code: 'moins_30', libelle: '30 minutes ou moins' },
  { code: '30_60', libelle: 'De 31 minutes à 1 heure' },
  { code: '60_120', libelle: 'De 1 heure à 2 heures' },
  { code: 'plus_120', libelle: 'Plus de 2 heures' },
];

type CleRepartition = keyof Statistiques['repartitions'];

/** Every distribution of the contract, in page order: title, what it counts, its labels. */
export const REPARTITIONS: readonly {
  cle: CleRepartition;
  titre: string;
  unite: string;
  vocabulaire?: readonly Option[];
}[] = [
  { cle: 'type', titre: 'Type d’activité', unite: 'activités', vocabulaire: TYPES_ACTIVITE },
  { cle: 'dureeTranche', titre: 'Durée des activités', unite: 'activités', vocabulaire: DUREES },
  { cle: 'typeLieu', titre: 'Lieu des activités', unite: 'activités', vocabulaire: TYPES_LIEU },
  {
    cle: 'thematiquesNumeriques',
    titre: 'Thématiques numériques',
    unite: 'mentions',
    vocabulaire: THEMATIQUES_NUMERIQUES,
  },
  {
    cle: 'thematiquesAdministratives',
    titre: 'Démarches administratives',
    unite: 'mentions',
    vocabulaire: THEMATIQUES_ADMINISTRATIVES,
  },
  { cle: 'materiel', titre: 'Matériel utilisé', unite: 'mentions', vocabulaire: MATERIELS },
  { cle: 'autonomie', titre: 'Autonomie des personnes', unite: 'activités', vocabulaire: AUTONOMIES },
  { cle: 'orientation', titre: 'Orientations', unite: 'mentions', vocabulaire: ORIENTATIONS },
  { cle: 'genre', titre: 'Genre', unite: 'accompagnements', vocabulaire: GENRES },
  { cle: 'trancheAge', titre: 'Tranche d’âge', unite: 'accompagnements', vocabulaire: TRANCHES_AGE },
  { cle: 'statutSocial', titre: 'Statut', unite: 'accompagnements', vocabulaire: STATUTS_SOCIAUX },
  { cle: 'communes', titre: 'Communes des activités (les 50 premières)', unite: 'activités' },
];

export const TOTAUX: readonly { cle: keyof Statistiques['totaux']; libelle: string }[] = [
  { cle: 'activites', libelle: 'Activités' },
  { cle: 'accompagnements', libelle: 'Accompagnements' },
  { cle: 'beneficiaires', libelle: 'Personnes accompagnées' },
  { cle: 'beneficiairesNouveaux', libelle: 'Nouvelles personnes' },
  { cle: 'beneficiairesSuivis', libelle: 'Personnes déjà suivies' },
  { cle: 'beneficiairesAnonymes', libelle: 'Personnes anonymes' },
];

export interface LigneRepartition {
  code: string;
  libelle: string;
  nombre: Valeur;
  pourcentage: number | null;
}
export interface RepartitionVue {
  cle: CleRepartition;
  titre: string;
  unite: string;
  lignes: LigneRepartition[];
}
export interface PointVue extends PointPublic {
  libelle: string;
}
export interface VueStatistiques {
  totaux: { cle: string; libelle: string; valeur: Valeur }[];
  jours: PointVue[];
  mois: PointVue[];
  repartitions: RepartitionVue[];
}

const NOMBRE = new Intl.NumberFormat('fr-FR');
const MOIS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const JOUR = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A count as a person reads it: « 1 234 », or why it is hidden. */
export function formaterValeur(v: Valeur): string {
  return typeof v === 'number' ? NOMBRE.format(v) : v;
}
export function formaterPourcentage(p: number | null): string {
  return p === null ? '—' : `${NOMBRE.format(p)} %`;
}
export function libellePeriode(periode: string): string {
  return periode.length === 7
    ? MOIS.format(new Date(`${periode}-01T12:00:00Z`))
    : JOUR.format(new Date(`${periode}T12:00:00Z`));
}

/**
 * The figures as pages, exports and charts show them: labels in French, nothing but counts (no
 * beneficiary is ever named). Works on published figures (hidden ones) and on plain ones alike.
 */
export function presenterStatistiques(
  stats: StatistiquesPubliees,
  nomsCommunes: ReadonlyMap<string, string> = new Map(),
): VueStatistiques {
  const point = (p: PointPublic): PointVue => ({ ...p, libelle: libellePeriode(p.periode) });
  return {
    totaux: TOTAUX.map((t) => ({ cle: t.cle, libelle: t.libelle, valeur: stats.totaux[t.cle] })),
    jours: stats.seriesJour.map(point),
    mois: stats.seriesMois.map(point),
    repartitions: REPARTITIONS.map((r) => ({
      cle: r.cle,
      titre: r.titre,
      unite: r.unite,
      lignes: stats.repartitions[r.cle].map((p) => ({
        code: p.code,
        libelle:
          r.cle === 'communes'
            ? `${nomsCommunes.get(p.code) ?? 'Commune'} (${p.code})`
            : r.vocabulaire
              ? libelle(r.vocabulaire, p.code)
              : p.code,
        nombre: p.nombre,
        pourcentage: p.pourcentage,
      })),
    })),
  };
}

/** The filters as written in an export or above the figures: label → value. */
export interface FiltreDecrit {
  libelle: string;
  valeur: string;
}

export function decrireFiltres(o: {
  perimetre: string;
  du?: string | undefined;
  au?: string | undefined;
  departement?: string | undefined;
  structure?: string | undefined;
  conseiller?: string | undefined;
  type?: string | undefined;
  thematiques?: readonly string[] | undefined;
}): FiltreDecrit[] {
  const d: FiltreDecrit[] = [{ libelle: 'Périmètre', valeur: o.perimetre }];
  d.push({
    libelle: 'Période',
    valeur:
      o.du && o.au
        ? `du ${libellePeriode(o.du)} au ${libellePeriode(o.au)}`
        : o.du
          ? `depuis le ${libellePeriode(o.du)}`
          : o.au
            ? `jusqu’au ${libellePeriode(o.au)}`
            : 'toute la période',
  });
  if (o.departement) d.push({ libelle: 'Département', valeur: o.departement });
  if (o.structure) d.push({ libelle: 'Structure', valeur: o.structure });
  if (o.conseiller) d.push({ libelle: 'Conseiller', valeur: o.conseiller });
  d.push({ libelle: 'Type d’activité', valeur: o.type ? libelle(TYPES_ACTIVITE, o.type) : 'tous' });
  d.push({
    libelle: 'Thématiques numériques',
    valeur: o.thematiques?.length
      ? o.thematiques.map((t) => libelle(THEMATIQUES_NUMERIQUES, t)).join(', ')
      : 'toutes',
  });
  return d;
}

import type { StatutImportLieux } from '../../../db/schema/index.ts';
import type { Tache } from '../../../platform/taches/queries.ts';
import type { Ton } from '../../../ui/components/badge.tsx';

const LIBELLES: Record<StatutImportLieux, string> = {
  en_attente: 'En attente',
  en_cours: 'En cours',
  termine: 'Terminé',
  echoue: 'En échec',
  interrompu: 'Interrompu',
  annule: 'Annulé',
};

const TONS: Record<StatutImportLieux, Ton> = {
  en_attente: 'info',
  en_cours: 'info',
  termine: 'success',
  echoue: 'error',
  interrompu: 'warning',
  annule: 'neutre',
};

/** The state of an import in the list of the latest ones. */
export function statutImport(statut: StatutImportLieux): { libelleStatut: string; tonStatut: Ton } {
  return { libelleStatut: LIBELLES[statut], tonStatut: TONS[statut] };
}

export interface VueSuiviImport {
  id: string;
  source: string;
  format: string;
  fichier: string;
  simulation: boolean;
  date: string;
  statut: StatutImportLieux;
  libelleStatut: string;
  tonStatut: Ton;
  enCours: boolean;
  fait: number;
  total: number | null;
  etape: string | null;
  /** Why it stopped (failure, interruption), in French. */
  erreur: string | null;
  /** An interrupted or failed import can be run again or undone. */
  arrete: boolean;
}

/** The page that follows an import from its record and its background task. */
export function presenterSuiviImport(
  imp: {
    id: string;
    source: string;
    format: string;
    fichier: string;
    simulation: boolean;
    statut: StatutImportLieux;
  },
  tache: Tache | null,
  date: string,
): VueSuiviImport {
  return {
    id: imp.id,
    source: imp.source,
    format: imp.format,
    fichier: imp.fichier,
    simulation: imp.simulation,
    date,
    statut: imp.statut,
    ...statutImport(imp.statut),
    enCours: imp.statut === 'en_attente' || imp.statut === 'en_cours',
    fait: tache?.fait ?? 0,
    total: tache?.total ?? null,
    etape: imp.statut === 'en_attente' ? 'En attente de démarrage' : (tache?.etape ?? null),
    erreur: tache?.erreur ?? null,
    arrete: imp.statut === 'interrompu' || imp.statut === 'echoue',
  };
}

/** The JSON state the page's script polls. */
export function etatSuiviImport(v: VueSuiviImport) {
  return { statut: v.statut, fait: v.fait, total: v.total, etape: v.etape, fini: !v.enCours };
}

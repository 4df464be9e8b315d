import type { Tache } from '../../platform/taches/queries.ts';
import type { TacheDeclaree } from '../../platform/taches/tache.ts';
import type { Ton } from '../../ui/components/badge.tsx';

const LIBELLES: Record<Tache['statut'], { libelle: string; ton: Ton }> = {
  en_attente: { libelle: 'En attente', ton: 'info' },
  en_cours: { libelle: 'En cours', ton: 'info' },
  terminee: { libelle: 'Terminée', ton: 'success' },
  echouee: { libelle: 'En échec', ton: 'error' },
  interrompue: { libelle: 'Interrompue', ton: 'warning' },
};

export interface VueTache {
  id: string;
  titre: string;
  libelleStatut: string;
  tonStatut: Ton;
  enCours: boolean;
  fait: number;
  total: number | null;
  etape: string | null;
  /** The result's summary once finished, or the failure's message. */
  message: string | null;
  retour: { href: string; libelle: string } | null;
}

export function presenterTache(t: Tache, definition: TacheDeclaree | undefined): VueTache {
  const statut = LIBELLES[t.statut];
  const enCours = t.statut === 'en_attente' || t.statut === 'en_cours';
  const message =
    t.statut === 'terminee'
      ? (definition?.resume?.(t.resultat as never) ?? 'La tâche est terminée.')
      : t.statut === 'echouee' || t.statut === 'interrompue'
        ? t.erreur
        : null;
  return {
    id: t.id,
    titre: definition?.libelle ?? 'Tâche',
    libelleStatut: statut.libelle,
    tonStatut: statut.ton,
    enCours,
    fait: t.fait,
    total: t.total,
    etape: t.statut === 'en_attente' ? 'En attente de démarrage' : t.etape,
    message,
    retour: definition?.retour ?? null,
  };
}

export function etatTache(v: VueTache) {
  return { statut: v.libelleStatut, fait: v.fait, total: v.total, etape: v.etape, fini: !v.enCours };
}

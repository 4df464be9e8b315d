import type { Ton } from '../../../ui/components/badge.tsx';
import type { LigneSignalement } from './repo.ts';
import { ISSUES } from './traiter-signalement.ts';

const dateFr = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

export interface VueSignalement {
  id: string;
  recuLe: string;
  message: string;
  /** The list shows the start of the message only. */
  extrait: string;
  avecEmail: boolean;
  lieu: { id: string; nom: string; commune: string };
  ouvert: boolean;
  statut: { libelle: string; ton: Ton };
  issue: string | null;
  note: string | null;
  traiteLe: string | null;
}

/** A report as the queue shows it: never the reporter's address itself, only whether there is one. */
export function presenterSignalement(s: LigneSignalement): VueSignalement {
  const ouvert = s.statut === 'nouveau';
  return {
    id: s.id,
    recuLe: dateFr.format(s.creeLe),
    message: s.message,
    extrait: s.message.length > 140 ? `${s.message.slice(0, 139).trimEnd()}…` : s.message,
    avecEmail: s.email !== null,
    lieu: { id: s.lieuId, nom: s.lieuNom, commune: `${s.codePostal} ${s.commune}` },
    ouvert,
    statut: ouvert
      ? { libelle: 'À traiter', ton: 'new' }
      : s.issue === 'corrige'
        ? { libelle: 'Corrigé', ton: 'success' }
        : { libelle: 'Sans suite', ton: 'neutre' },
    issue: s.issue ? ISSUES[s.issue] : null,
    note: s.note,
    traiteLe: s.traiteLe ? dateFr.format(s.traiteLe) : null,
  };
}

import { type LibellesAudit, libelleAction, libelleEntite } from './domain/libelles.ts';
import type { EvenementAudit } from './queries.ts';

const dateHeure = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

export interface EvenementVue {
  id: number;
  date: string;
  dateIso: string;
  acteur: string;
  acteurRole: string;
  action: string;
  actionLibelle: string;
  entite: string;
  entiteType: string;
  entiteId: string | null;
  departement: string;
  ip: string;
  details: [string, string][];
}

function valeur(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function presenterEvenement(e: EvenementAudit, libelles: LibellesAudit): EvenementVue {
  return {
    id: e.id,
    date: dateHeure.format(e.survenuLe),
    dateIso: e.survenuLe.toISOString(),
    acteur: e.acteurEmail ?? 'Système',
    acteurRole: e.acteurRole ?? '',
    action: e.action,
    actionLibelle: libelleAction(e.action, libelles.actions),
    entite: libelleEntite(e.entiteType, libelles.entites),
    entiteType: e.entiteType,
    entiteId: e.entiteId,
    departement: e.departementCode ?? '',
    ip: e.ip ?? '',
    details: Object.entries(e.details ?? {}).map(([k, v]) => [k, valeur(v)]),
  };
}

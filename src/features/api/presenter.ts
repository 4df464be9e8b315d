import { formaterDate } from '../comptes/index.ts';
import type { JetonListe } from './jetons-queries.ts';

export interface JetonVue {
  id: string;
  nom: string;
  prefixe: string;
  portees: string[];
  restriction: string;
  creePar: string;
  creeLe: string;
  derniereUtilisation: string;
  revoque: string | null;
}

export function presenterJeton(j: JetonListe): JetonVue {
  return {
    id: j.id,
    nom: j.nom,
    prefixe: `${j.prefixe}…`,
    portees: j.portees,
    restriction: j.structureId
      ? `Structure : ${j.structureNom ?? j.structureId}`
      : j.departementCode
        ? `Département ${j.departementCode}`
        : 'Aucune',
    creePar: j.createurPrenom ? `${j.createurPrenom} ${j.createurNom}` : 'Ligne de commande',
    creeLe: formaterDate(j.creeLe),
    derniereUtilisation: formaterDate(j.derniereUtilisationLe),
    revoque: j.revoqueLe ? formaterDate(j.revoqueLe) : null,
  };
}

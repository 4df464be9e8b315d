import { dateHeure, dateJour, distance } from '../presenters/format.ts';
import {
  libelleRayon,
  libellesSituations,
  libelleTypeStructure,
  statutCandidat,
  statutRelation,
} from '../presenters/statuts.ts';
import type { CandidatLigne, PropositionLigne } from './lecture.ts';

/** Statuses of a proposal the candidate may still decline. */
const DECLINABLES = new Set(['nouvelle', 'interessee']);

export function presenterCandidat(c: CandidatLigne) {
  return {
    id: c.id,
    nom: [c.prenom, c.nom].filter(Boolean).join(' '),
    email: c.email ?? '—',
    telephone: c.telephone ?? '—',
    commune: c.communeNom ? `${c.communeNom}${c.codePostal ? ` (${c.codePostal})` : ''}` : '—',
    mobilite: libelleRayon(c.rayonMobiliteKm),
    disponibilite: dateJour(c.dateDisponibilite),
    situations: libellesSituations(c.situations).join(', '),
    diplome: c.diplome ? (c.diplomeNom ?? 'Oui') : 'Non',
    pix: c.niveauPix ? `Niveau ${c.niveauPix}` : 'Non renseigné',
    statut: statutCandidat(c.statut),
    code: c.statut,
    deposeeLe: dateHeure(c.creeLe),
    modifieeLe: dateHeure(c.modifieLe),
  };
}
export type CandidatVue = ReturnType<typeof presenterCandidat>;

/** The edit form's values, from the stored record. */
export function valeursCandidat(c: CandidatLigne): { valeurs: Record<string, string>; situations: string[] } {
  return {
    valeurs: {
      telephone: c.telephone ?? '',
      commune: c.communeNom ? `${c.communeNom}${c.codePostal ? ` (${c.codePostal})` : ''}` : '',
      communeCode: c.communeCode ?? '',
      latitude: c.latitude === null ? '' : String(c.latitude),
      longitude: c.longitude === null ? '' : String(c.longitude),
      rayonMobiliteKm: c.rayonMobiliteKm === null ? 'sans_limite' : String(c.rayonMobiliteKm),
      dateDisponibilite: c.dateDisponibilite,
      diplome: c.diplome ? 'oui' : 'non',
      diplomeNom: c.diplomeNom ?? '',
      experience: c.experience ?? '',
      motivation: c.motivation ?? '',
      niveauPix: c.niveauPix ? String(c.niveauPix) : '',
    },
    situations: c.situations,
  };
}

export function presenterProposition(p: PropositionLigne) {
  return {
    id: p.id,
    structure: p.structureNom,
    type: libelleTypeStructure(p.structureType),
    commune: p.communeNom ? `${p.communeNom}${p.codePostal ? ` (${p.codePostal})` : ''}` : p.departementCode,
    distance: distance(p.distanceKm),
    statut: statutRelation(p.statut),
    declinable: DECLINABLES.has(p.statut),
    proposeeLe: dateHeure(p.creeLe),
  };
}
export type PropositionVue = ReturnType<typeof presenterProposition>;

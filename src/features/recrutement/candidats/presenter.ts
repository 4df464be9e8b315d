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
    aConfirmer: p.statut === 'a_confirmer',
    proposeeLe: dateHeure(p.creeLe),
  };
}
export type PropositionVue = ReturnType<typeof presenterProposition>;

/** Where the candidate's recruitment stands, from her relations (none while she is only a candidate). */
const ETAPES_RECRUTEMENT = ['a_confirmer', 'recrutee', 'renvoyee', 'validee', 'en_poste'] as const;
type EtapeRecrutement = (typeof ETAPES_RECRUTEMENT)[number];

export function presenterRecrutementCandidat(propositions: readonly PropositionLigne[]) {
  const p = propositions.find((x) => (ETAPES_RECRUTEMENT as readonly string[]).includes(x.statut));
  if (!p) return null;
  const etape = p.statut as EtapeRecrutement;
  return {
    etape,
    structure: p.structureNom,
    debut: p.contratDebut ? dateJour(p.contratDebut) : null,
    recrutee: etape === 'validee' || etape === 'en_poste',
  };
}
export type RecrutementCandidatVue = NonNullable<ReturnType<typeof presenterRecrutementCandidat>>;

import { adresse } from '../../../platform/valeurs/typographie.ts';
import { dateParis } from '../domain/parametres.ts';
import { dateHeure, dateJour, nombre } from '../presenters/format.ts';
import { libelleQpv, libelleTypeStructure, ouiNon, statutCandidature } from '../presenters/statuts.ts';
import type { AvisLigne, CandidatureListee, DossierCandidature } from './lecture.ts';

const commune = (nom: string | null, cp: string | null, dep: string) =>
  nom ? `${nom}${cp ? ` (${cp})` : ''}` : `Département ${dep}`;

/** Colour of a point on the applications map, by status; the page's legend lists the same table. */
const COULEURS_CARTE: Record<string, string> = {
  CREEE: '#0063cb',
  VALIDATION_COSELEC: '#18753c',
  EXAMEN_COMPLEMENTAIRE_COSELEC: '#b34000',
  REFUS_COSELEC: '#ce0500',
};
const COULEUR_AUTRE = '#666666';

/** The map's legend: each coloured status, then every other status in grey. */
export function legendeCarte(): { couleur: string; libelle: string }[] {
  return [
    ...Object.entries(COULEURS_CARTE).map(([statut, couleur]) => ({
      couleur,
      libelle: statutCandidature(statut).libelle,
    })),
    { couleur: COULEUR_AUTRE, libelle: 'Autre statut (retirée, annulée, doublon)' },
  ];
}

export function libelleAvisPrefecture(avis: string | null): string {
  return avis === 'favorable' ? 'Favorable' : avis === 'defavorable' ? 'Défavorable' : 'À donner';
}

export function presenterLigne(c: CandidatureListee) {
  return {
    id: c.id,
    nom: c.nom,
    type: libelleTypeStructure(c.type),
    commune: commune(c.communeNom, c.codePostal, c.departementCode),
    departement: c.departementCode,
    statut: statutCandidature(c.statut),
    postesDemandes: nombre(c.postesDemandes),
    postesAttribues: nombre(Number(c.postesAttribues)),
    zones: [c.qpv === 'oui' ? 'QPV' : null, c.zrr ? 'ZRR' : null, c.franceServices ? 'France Services' : null]
      .filter(Boolean)
      .join(', '),
    avis: {
      libelle: libelleAvisPrefecture(c.avis),
      ton: c.avis === 'favorable' ? 'success' : c.avis === 'defavorable' ? 'error' : 'new',
      rang: c.rangPriorite ? `Rang ${c.rangPriorite}` : null,
      enRetard: Boolean(c.avisEnRetard),
    } as const,
    deposeeLe: dateHeure(c.creeLe),
  };
}
export type LigneCandidatureVue = ReturnType<typeof presenterLigne>;

/** What the map shows of an application (the list stays the accessible alternative). */
export function presenterPoint(c: CandidatureListee) {
  if (c.latitude === null || c.longitude === null) return null;
  return {
    id: c.id,
    nom: c.nom,
    lat: c.latitude,
    lon: c.longitude,
    statut: c.statut,
    couleur: COULEURS_CARTE[c.statut] ?? COULEUR_AUTRE,
    libelle: `${statutCandidature(c.statut).libelle} — ${c.postesDemandes} poste(s) demandé(s)`,
  };
}

export function presenterDossier(d: DossierCandidature) {
  return {
    id: d.id,
    structureId: d.structureId,
    nom: d.nom,
    siret: d.siret ?? '—',
    type: libelleTypeStructure(d.type),
    adresse:
      adresse({ ligne: d.adresse, codePostal: d.codePostal, commune: d.communeNom }) ??
      `Département ${d.departementCode}`,
    departement: d.departementCode,
    qpv: libelleQpv(d.qpv),
    zrr: ouiNon(d.zrr),
    franceServices: ouiNon(d.franceServices),
    reseauNational: d.reseauNational ?? '—',
    statut: statutCandidature(d.statut),
    code: d.statut,
    postesDemandes: nombre(d.postesDemandes),
    postesAttribues: nombre(Number(d.postesAttribues)),
    postesAttribuesN: Number(d.postesAttribues),
    dateDebut: dateJour(d.dateDebutSouhaitee),
    motivation: d.motivation ?? '',
    contact: `${[d.contactPrenom, d.contactNom].filter(Boolean).join(' ')}${d.contactFonction ? ` (${d.contactFonction})` : ''}`,
    contactEmail: d.contactEmail ?? '—',
    contactTelephone: d.contactTelephone ?? '—',
    deposeeLe: dateHeure(d.creeLe),
  };
}
export type DossierVue = ReturnType<typeof presenterDossier>;

export function presenterAvis(a: AvisLigne) {
  return {
    avis: libelleAvisPrefecture(a.avis),
    code: a.avis,
    ton: a.avis === 'favorable' ? ('success' as const) : ('error' as const),
    commentaire: a.commentaire,
    rang: a.rangPriorite ? String(a.rangPriorite) : '',
    enRetard: a.enRetard,
    donneLe: dateHeure(a.donneLe),
    modifieLe: dateHeure(a.modifieLe),
    auteur: [a.auteurPrenom, a.auteurNom].filter(Boolean).join(' ') || '—',
  };
}
export type AvisVue = ReturnType<typeof presenterAvis>;

/** Spreadsheet rows: one per application, plain values (no formatting that would break sorting). */
export function ligneExport(c: CandidatureListee) {
  return {
    departement: c.departementCode,
    structure: c.nom,
    siret: c.siret ?? '',
    type: libelleTypeStructure(c.type),
    commune: c.communeNom ?? '',
    qpv: libelleQpv(c.qpv),
    zrr: ouiNon(c.zrr),
    franceServices: ouiNon(c.franceServices),
    statut: statutCandidature(c.statut).libelle,
    postesDemandes: c.postesDemandes,
    postesAttribues: Number(c.postesAttribues),
    dateDebut: c.dateDebutSouhaitee ?? '',
    avis: libelleAvisPrefecture(c.avis),
    rang: c.rangPriorite ?? '',
    avisEnRetard: c.avis ? ouiNon(Boolean(c.avisEnRetard)) : '',
    deposeeLe: dateParis(c.creeLe),
  };
}

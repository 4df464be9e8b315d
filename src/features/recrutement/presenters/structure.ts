import { adresse } from '../../../platform/valeurs/typographie.ts';
import type {
  CandidatureLigne,
  ConseillerLigne,
  ConventionLigne,
  DecisionLigne,
  FicheStructureLigne,
  RelationLigne,
} from '../lecture/structure.ts';
import type { CandidatTrouve } from '../mises-en-relation/lecture-recherche.ts';
import { dateHeure, dateJour, distance, euros, nombre } from './format.ts';
import {
  avisCoselec,
  libelleCertification,
  libelleMotifRupture,
  libelleQpv,
  libelleRayon,
  libellesSituations,
  libelleTypeContrat,
  libelleTypeStructure,
  ouiNon,
  statutCandidature,
  statutConvention,
  statutRelation,
} from './statuts.ts';

export function presenterFiche(f: FicheStructureLigne) {
  return {
    id: f.id,
    nom: f.nom,
    siret: f.siret ?? '—',
    type: libelleTypeStructure(f.type),
    adresse: f.adresse ?? '—',
    /** Street, postcode and commune, the commune written once. */
    adresseComplete: adresse({ ligne: f.adresse, codePostal: f.codePostal, commune: f.communeNom }) ?? '—',
    commune: f.communeNom ? `${f.communeNom}${f.codePostal ? ` (${f.codePostal})` : ''}` : '—',
    departement: f.departementCode,
    qpv: libelleQpv(f.qpv),
    zrr: ouiNon(f.zrr),
    franceServices: ouiNon(f.franceServices),
    reseauNational: f.reseauNational ?? '—',
  };
}
export type FicheVue = ReturnType<typeof presenterFiche>;

export function presenterCandidature(c: CandidatureLigne) {
  return {
    id: c.id,
    statut: statutCandidature(c.statut),
    postesDemandes: nombre(c.postesDemandes),
    dateDebut: dateJour(c.dateDebutSouhaitee),
    motivation: c.motivation ?? '',
    contact: [c.contactPrenom, c.contactNom].filter(Boolean).join(' ') || '—',
    contactFonction: c.contactFonction ?? '—',
    contactEmail: c.contactEmail ?? '—',
    contactTelephone: c.contactTelephone ?? '—',
    deposeeLe: dateHeure(c.creeLe),
    modifieeLe: dateHeure(c.modifieLe),
  };
}
export type CandidatureVue = ReturnType<typeof presenterCandidature>;

/** The edit form's initial values, from the stored application and structure. */
export function valeursModification(c: CandidatureLigne, f: FicheStructureLigne): Record<string, string> {
  return {
    postesDemandes: String(c.postesDemandes),
    dateDebutSouhaitee: c.dateDebutSouhaitee ?? '',
    motivation: c.motivation ?? '',
    contactPrenom: c.contactPrenom ?? '',
    contactNom: c.contactNom ?? '',
    contactFonction: c.contactFonction ?? '',
    contactEmail: c.contactEmail ?? '',
    contactTelephone: c.contactTelephone ?? '',
    qpv: f.qpv ?? '',
    zrr: f.zrr ? 'on' : '',
    franceServices: f.franceServices ? 'on' : '',
    reseauNational: f.reseauNational ?? '',
  };
}

export function presenterDecision(d: DecisionLigne) {
  return {
    id: d.id,
    session: `n° ${d.sessionNumero} du ${dateJour(d.sessionDate)}`,
    nature: d.nature === 'avenant' ? 'Avenant' : 'Décision initiale',
    avis: avisCoselec(d.avis),
    postes: d.postes > 0 ? `+${nombre(d.postes)}` : nombre(d.postes),
    montant: euros(Number(d.montantEur)),
    commentaire: d.commentaire ?? '',
  };
}
export type DecisionVue = ReturnType<typeof presenterDecision>;

export function presenterConvention(c: ConventionLigne) {
  return {
    id: c.id,
    numero: c.numero,
    statut: statutConvention(c.statut),
    postes: nombre(c.postes),
    montant: euros(Number(c.montantEur)),
    duree: `${c.dureeMois} mois`,
    signeeDeposee: c.signee,
    signeeLe: c.signeeLe ? dateHeure(c.signeeLe) : null,
    deposeeLe: c.signatureDeposeeLe ? dateHeure(c.signatureDeposeeLe) : null,
    aVerifier: c.statut === 'SIGNATURE_A_VERIFIER',
    /** ANCT's reason, while the structure has not uploaded a new copy. */
    motifRenvoi: c.statut === 'A_SIGNER' ? c.motifRenvoi : null,
    aSigner: c.statut === 'A_SIGNER',
  };
}
export type ConventionVue = ReturnType<typeof presenterConvention>;

/** Contact details show once the structure has said it is interested (the candidate's data stays minimal before). */
const AVEC_CONTACT = new Set([
  'interessee',
  'a_confirmer',
  'recrutee',
  'renvoyee',
  'refusee',
  'validee',
  'en_poste',
]);

function nomAffiche(prenom: string | null, nom: string | null, complet: boolean): string {
  if (!prenom && !nom) return 'Candidature effacée';
  if (complet) return [prenom, nom].filter(Boolean).join(' ');
  return `${prenom ?? ''} ${nom ? `${nom[0]}.` : ''}`.trim();
}

export function presenterRelation(r: RelationLigne) {
  const contact = AVEC_CONTACT.has(r.statut);
  return {
    id: r.id,
    nom: nomAffiche(r.prenom, r.nom, contact),
    commune: r.communeNom ? `${r.communeNom}${r.codePostal ? ` (${r.codePostal})` : ''}` : r.departementCode,
    distance: distance(r.distanceKm),
    mobilite: libelleRayon(r.rayonMobiliteKm),
    disponibilite: dateJour(r.dateDisponibilite),
    situations: libellesSituations(r.situations).join(', '),
    diplome: r.diplome ? (r.diplomeNom ?? 'Oui') : 'Non',
    experience: r.experience ?? '',
    motivation: r.motivation ?? '',
    pix: r.niveauPix ? `Niveau ${r.niveauPix}` : 'Non renseigné',
    origine: r.origine === 'manuelle' ? 'Présélection' : 'Proposition automatique',
    statut: statutRelation(r.statut),
    code: r.statut,
    /** ANCT's reason, for a recruitment it sent back or refused. */
    motifAnct: r.statut === 'renvoyee' || r.statut === 'refusee' ? r.motifAnct : null,
    /** The contract to correct, for a recruitment ANCT sent back (the form starts from it). */
    contratRenvoye:
      r.statut === 'renvoyee' && r.contratType
        ? {
            type: r.contratType,
            dateDebut: r.contratDebut ?? '',
            dateFin: r.contratFin ?? '',
            heuresHebdo: r.contratHeures === null ? '' : String(r.contratHeures),
          }
        : null,
    email: contact ? (r.email ?? null) : null,
    telephone: contact ? (r.telephone ?? null) : null,
    proposeeLe: dateHeure(r.creeLe),
  };
}
export type RelationVue = ReturnType<typeof presenterRelation>;

export function presenterCandidatTrouve(c: CandidatTrouve) {
  return {
    id: c.id,
    nom: nomAffiche(c.prenom, c.nom, false),
    commune: c.communeNom ? `${c.communeNom}${c.codePostal ? ` (${c.codePostal})` : ''}` : c.departementCode,
    distance: distance(Math.round(Number(c.distanceKm) * 10) / 10),
    mobilite: libelleRayon(c.rayonMobiliteKm),
    disponibilite: dateJour(c.dateDisponibilite),
    situations: libellesSituations(c.situations).join(', '),
    diplome: c.diplome ? 'Oui' : 'Non',
    pix: c.niveauPix ? `Niveau ${c.niveauPix}` : '—',
    relation: c.relationStatut ? statutRelation(c.relationStatut) : null,
    relationId: c.relationId,
  };
}
export type CandidatTrouveVue = ReturnType<typeof presenterCandidatTrouve>;

export function presenterConseiller(c: ConseillerLigne) {
  return {
    id: c.id,
    nom: nomAffiche(c.prenom, c.nom, true),
    email: c.email ?? '—',
    statut: statutRelation(c.statut),
    code: c.statut,
    motifAnct: c.statut === 'renvoyee' ? c.motifAnct : null,
    contrat: c.contratType
      ? `${libelleTypeContrat(c.contratType)} — du ${dateJour(c.contratDebut)}${c.contratFin ? ` au ${dateJour(c.contratFin)}` : ''}, ${nombre(c.heuresHebdo ?? 0)} h par semaine`
      : '—',
    rupture: c.dateRupture ? `${libelleMotifRupture(c.motifRupture)} le ${dateJour(c.dateRupture)}` : null,
    formation: c.formationOrganisme
      ? {
          organisme: c.formationOrganisme,
          periode: `du ${dateJour(c.formationDebut)}${c.formationFin ? ` au ${dateJour(c.formationFin)}` : ''}`,
          certification: libelleCertification(c.certification),
          valeurs: {
            organisme: c.formationOrganisme,
            dateDebut: c.formationDebut ?? '',
            dateFin: c.formationFin ?? '',
            certification: c.certification ?? 'en_cours',
          },
        }
      : null,
  };
}
export type ConseillerVue = ReturnType<typeof presenterConseiller>;

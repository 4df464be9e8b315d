import type { Ton } from '../../../ui/components/badge.tsx';
import { STRUCTURE_TYPE_LABELS, STRUCTURE_TYPES } from '../../structures/index.ts';
import {
  AVIS_COSELEC_LABELS,
  type AvisCoselec,
  CERTIFICATION_LABELS,
  type Certification,
  estDans,
  AVIS_COSELEC as LISTE_AVIS_COSELEC,
  CERTIFICATIONS as LISTE_CERTIFICATIONS,
  MOTIF_RUPTURE_LABELS,
  MOTIFS_RUPTURE,
  SITUATION_CANDIDAT_LABELS,
  SITUATIONS_CANDIDAT,
  STATUT_CANDIDAT_LABELS,
  STATUT_CANDIDATURE_STRUCTURE_LABELS,
  STATUT_CONVENTION_LABELS,
  STATUT_MISE_EN_RELATION_LABELS,
  STATUTS_CANDIDAT,
  STATUTS_CANDIDATURE_STRUCTURE,
  STATUTS_CONVENTION,
  STATUTS_MISE_EN_RELATION,
  TYPE_CONTRAT_LABELS,
  TYPES_CONTRAT,
} from '../domain/types.ts';

/** A status as pages show it: its French label and the badge colour. */
export interface StatutVue {
  code: string;
  libelle: string;
  ton: Ton;
}

function vue<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  tons: Partial<Record<T, Ton>>,
  code: string,
): StatutVue {
  if (!estDans(values, code)) return { code, libelle: code, ton: 'neutre' };
  return { code, libelle: labels[code], ton: tons[code] ?? 'neutre' };
}

export const statutCandidature = (code: string) =>
  vue(
    STATUTS_CANDIDATURE_STRUCTURE,
    STATUT_CANDIDATURE_STRUCTURE_LABELS,
    {
      CREEE: 'new',
      VALIDATION_COSELEC: 'success',
      EXAMEN_COMPLEMENTAIRE_COSELEC: 'warning',
      REFUS_COSELEC: 'error',
    },
    code,
  );

export const statutConvention = (code: string) =>
  vue(
    STATUTS_CONVENTION,
    STATUT_CONVENTION_LABELS,
    { A_SIGNER: 'warning', SIGNATURE_A_VERIFIER: 'info', SIGNEE: 'success', RESILIEE: 'error' },
    code,
  );

export const statutRelation = (code: string) =>
  vue(
    STATUTS_MISE_EN_RELATION,
    STATUT_MISE_EN_RELATION_LABELS,
    {
      nouvelle: 'new',
      interessee: 'info',
      a_confirmer: 'warning',
      recrutee: 'warning',
      renvoyee: 'warning',
      refusee: 'error',
      validee: 'success',
      en_poste: 'success',
      rupture: 'error',
      non_interessee: 'neutre',
      declinee: 'neutre',
    },
    code,
  );

export const statutCandidat = (code: string) =>
  vue(
    STATUTS_CANDIDAT,
    STATUT_CANDIDAT_LABELS,
    { actif: 'success', en_pause: 'warning', retire: 'neutre' },
    code,
  );

export const avisCoselec = (code: string) =>
  vue(
    LISTE_AVIS_COSELEC,
    AVIS_COSELEC_LABELS,
    { POSITIF: 'success', NEGATIF: 'error', EXAMEN_COMPLEMENTAIRE: 'warning' },
    code,
  );

export function libelleAvisCoselec(code: string): string {
  return estDans<AvisCoselec>(LISTE_AVIS_COSELEC, code) ? AVIS_COSELEC_LABELS[code] : code;
}

export const libelleCertification = (code: string | null) =>
  code && estDans<Certification>(LISTE_CERTIFICATIONS, code) ? CERTIFICATION_LABELS[code] : '—';

export const libelleTypeStructure = (code: string) =>
  estDans(STRUCTURE_TYPES, code) ? STRUCTURE_TYPE_LABELS[code] : code;

export const libelleTypeContrat = (code: string | null) =>
  code && estDans(TYPES_CONTRAT, code) ? TYPE_CONTRAT_LABELS[code] : '—';

export const libelleMotifRupture = (code: string | null) =>
  code && estDans(MOTIFS_RUPTURE, code) ? MOTIF_RUPTURE_LABELS[code] : '—';

export const libellesSituations = (codes: string[]) =>
  codes.map((c) => (estDans(SITUATIONS_CANDIDAT, c) ? SITUATION_CANDIDAT_LABELS[c] : c));

export const libelleQpv = (v: string | null) =>
  v === 'oui' ? 'Oui' : v === 'non' ? 'Non' : v === 'sans_objet' ? 'Sans objet' : 'Non renseigné';

export const ouiNon = (v: boolean | null) => (v === null ? 'Non renseigné' : v ? 'Oui' : 'Non');

export const libelleRayon = (km: number | null) => (km === null ? 'Sans limite' : `${km} km`);

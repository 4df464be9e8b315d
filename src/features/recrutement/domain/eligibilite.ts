import { distanceKm, type Point } from './distance.ts';
import type { StatutCandidat } from './types.ts';

/**
 * Overseas départements and collectivités (97x, 98x) match only within themselves; the rest of France
 * (Corsica included) is one territory.
 */
export function territoire(departementCode: string): string {
  return /^9[78]/.test(departementCode) ? departementCode : 'metro';
}

export interface StructureAApparier extends Point {
  departementCode: string;
  /** Mission start (YYYY-MM-DD), or null when unknown (imported structures). */
  dateDebutMission: string | null;
}

export interface CandidatAApparier extends Point {
  departementCode: string;
  /** null: no limit within its territory. */
  rayonMobiliteKm: number | null;
  /** YYYY-MM-DD. */
  dateDisponibilite: string;
  statut: StatutCandidat;
  /** Holds a post (recruited, validated or in post) in some structure. */
  recruteAilleurs: boolean;
}

export type Eligibilite =
  | { eligible: true; distanceKm: number }
  | {
      eligible: false;
      raison: 'indisponible' | 'deja_recrute' | 'autre_territoire' | 'trop_loin' | 'disponible_trop_tard';
    };

/** A mission start in the past means "as soon as possible": availability is then compared with today. */
export function debutMissionEffectif(dateDebutMission: string | null, aujourdhui: string): string {
  if (dateDebutMission === null || dateDebutMission < aujourdhui) return aujourdhui;
  return dateDebutMission;
}

/** Can this candidate be proposed to this structure? (The candidate's own radius decides.) */
export function eligibilite(s: StructureAApparier, c: CandidatAApparier, aujourdhui: string): Eligibilite {
  if (c.statut !== 'actif') return { eligible: false, raison: 'indisponible' };
  if (c.recruteAilleurs) return { eligible: false, raison: 'deja_recrute' };
  if (territoire(s.departementCode) !== territoire(c.departementCode)) {
    return { eligible: false, raison: 'autre_territoire' };
  }
  if (c.dateDisponibilite > debutMissionEffectif(s.dateDebutMission, aujourdhui)) {
    return { eligible: false, raison: 'disponible_trop_tard' };
  }
  const d = distanceKm(s, c);
  if (c.rayonMobiliteKm !== null && d > c.rayonMobiliteKm) return { eligible: false, raison: 'trop_loin' };
  return { eligible: true, distanceKm: d };
}

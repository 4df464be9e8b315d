import { normaliserNom } from '../../territoires/index.ts';

/** Département of a commune code (2A/2B in Corsica, 3 digits overseas). */
export function departementDuCodeInsee(code: string): string {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

/** Département from a postal code when the INSEE code is unknown (Corsica: 200/201 → 2A, 202/206 → 2B). */
export function departementDuCodePostal(cp: string): string | null {
  if (!/^\d{5}$/.test(cp)) return null;
  if (cp.startsWith('20')) return /^20[01]/.test(cp) ? '2A' : '2B';
  if (/^9[78]/.test(cp)) return cp.slice(0, 3);
  return cp.slice(0, 2);
}

export interface CommuneCandidate {
  code: string;
  nomRecherche: string;
}

/**
 * The INSEE code of (postal code, commune name) when there is exactly one answer: the only commune of
 * that postal code, or the only one of them with that name. Null when ambiguous or unknown.
 */
export function deduireCodeInsee(candidates: CommuneCandidate[], commune: string): string | null {
  if (candidates.length === 1) return candidates[0]?.code ?? null;
  const nom = normaliserNom(commune);
  const memeNom = candidates.filter((c) => c.nomRecherche === nom);
  return memeNom.length === 1 ? (memeNom[0]?.code ?? null) : null;
}

export interface CommuneNommee {
  departementCode: string;
  codesPostaux: string[];
}

/**
 * The postal code of a commune known by its name only, when there is no doubt: exactly one commune of
 * that name (in the given département, if any) and it has a single postal code.
 */
export function deduireCodePostal(candidates: CommuneNommee[], departement?: string): string | null {
  const dans = departement ? candidates.filter((c) => c.departementCode === departement) : candidates;
  if (dans.length !== 1) return null;
  const codes = dans[0]?.codesPostaux ?? [];
  return codes.length === 1 ? (codes[0] ?? null) : null;
}

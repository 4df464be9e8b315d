import type { Db } from '../../../db/client.ts';
import { choisirAdresse, type Geocodeur, ressembleAUneAdresse } from '../../../platform/geocodage/index.ts';
import { type CommuneChoisie, centreCommune, resolveCommune } from '../../territoires/index.ts';
import type { IndexLieux } from './index-memoire.ts';

/** Where the public search looks around, once the "commune, postal code or name" field is understood. */
export type Localisation =
  /** A point (a commune's centre or the browser's position) to search around. */
  | { type: 'point'; latitude: number; longitude: number; libelle: string; commune?: CommuneChoisie }
  /** A commune without any known position nearby: its département's places are listed instead. */
  | { type: 'departement'; departement: string; libelle: string; commune: CommuneChoisie }
  /** Not a commune: the text is matched against place names; communes with a close name are offered. */
  | { type: 'nom'; texte: string; suggestions: CommuneChoisie[] }
  /** Several communes share this name: the person chooses. */
  | { type: 'choix'; texte: string; communes: CommuneChoisie[] }
  | { type: 'aucune' };

export interface DemandeLocalisation {
  texte?: string | undefined;
  communeCode?: string | undefined;
  position?: { latitude: number; longitude: number } | undefined;
}

/**
 * The commune's centre from the reference geography when known (official file, demo table, or derived),
 * else the mean position of the places of the commune, then of its postal codes.
 */
async function centre(db: Db, index: IndexLieux, c: CommuneChoisie) {
  const connu = await centreCommune(db, c.code);
  if (connu) return { latitude: connu.latitude, longitude: connu.longitude };
  return index.centreDe({ codeInsee: c.code }) ?? index.centreDe({ codesPostaux: c.codesPostaux });
}

async function versPoint(
  db: Db,
  index: IndexLieux,
  commune: CommuneChoisie,
  libelle: string,
): Promise<Localisation> {
  const p = await centre(db, index, commune);
  if (p) return { type: 'point', ...p, libelle, commune };
  return { type: 'departement', departement: commune.departement, libelle, commune };
}

export async function localiser(
  db: Db,
  index: IndexLieux,
  demande: DemandeLocalisation,
  /** Absent or disabled: a text that is not a commune searches place names. */
  geocodeur?: Geocodeur,
): Promise<Localisation> {
  const texte = demande.texte?.trim() ?? '';
  // The browser's position counts only while no commune is typed (typing one searches elsewhere).
  if (!texte && !demande.communeCode) {
    return demande.position
      ? { type: 'point', ...demande.position, libelle: 'votre position' }
      : { type: 'aucune' };
  }
  const r = await resolveCommune(db, texte, demande.communeCode);
  if (r.ok) return versPoint(db, index, r.commune, r.commune.libelle);
  if (r.code === 'commune_ambigue' && /^\d{5}$/.test(texte) && r.candidates[0]) {
    // A postal code shared by several communes: around the most populated one.
    return versPoint(db, index, r.candidates[0], texte);
  }
  if (r.code === 'commune_ambigue') return { type: 'choix', texte, communes: r.candidates };
  // A street address (« 20 avenue de Ségur Paris »): around the position the national service gives.
  if (geocodeur?.actif && ressembleAUneAdresse(texte)) {
    const g = await geocodeur.rechercher({ q: texte, limite: 3 });
    const a = g.ok ? choisirAdresse(g.adresses) : null;
    if (a) return { type: 'point', latitude: a.latitude, longitude: a.longitude, libelle: a.label };
  }
  return { type: 'nom', texte, suggestions: r.candidates };
}

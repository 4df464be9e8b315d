import type { Db } from '../../../db/client.ts';
import { centreCommune, resolveCommune } from '../../territoires/index.ts';
import { codes, THEMATIQUES_NUMERIQUES } from '../domain/vocabulaire.ts';
import { instantParis } from './domain/atelier.ts';
import { RAYONS } from './domain/distance.ts';
import type { CriteresAgenda } from './recherche.ts';

/** What the agenda's search form (or the URL) says, as text. */
export interface ValeursAgenda {
  commune: string;
  communeCode: string;
  latitude: string;
  longitude: string;
  rayon: number;
  thematique: string;
  du: string;
  au: string;
  page: number;
}

const texte = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function lireValeursAgenda(q: Record<string, unknown>): ValeursAgenda {
  const rayon = Number(texte(q.rayon));
  return {
    commune: texte(q.commune).slice(0, 100),
    communeCode: texte(q.commune_code).slice(0, 10),
    latitude: texte(q.lat) || texte(q.latitude),
    longitude: texte(q.lon) || texte(q.longitude),
    rayon: (RAYONS as readonly number[]).includes(rayon) ? rayon : 20,
    thematique: codes(THEMATIQUES_NUMERIQUES).includes(texte(q.thematique) as never)
      ? texte(q.thematique)
      : '',
    du: DATE.test(texte(q.du)) ? texte(q.du) : '',
    au: DATE.test(texte(q.au)) ? texte(q.au) : '',
    page: Math.max(1, Math.min(1000, Number.parseInt(texte(q.page), 10) || 1)),
  };
}

export type Lieu =
  | { type: 'aucun' }
  | { type: 'point'; libelle: string; latitude: number; longitude: number }
  | {
      type: 'erreur';
      message: string;
      candidats: { code: string; libelle: string; departementNom?: string }[];
    };

function coordonnee(s: string, max: number): number | null {
  if (!/^-?\d{1,3}(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Math.abs(n) <= max ? n : null;
}

/** Where to search around: the position given, else the commune's centre. */
export async function localiserAgenda(db: Db, v: ValeursAgenda): Promise<Lieu> {
  if (v.latitude || v.longitude) {
    const lat = coordonnee(v.latitude, 90);
    const lon = coordonnee(v.longitude, 180);
    if (lat === null || lon === null)
      return {
        type: 'erreur',
        message: 'Position invalide : latitude et longitude en degrés décimaux.',
        candidats: [],
      };
    return { type: 'point', libelle: 'votre position', latitude: lat, longitude: lon };
  }
  if (!v.commune && !v.communeCode) return { type: 'aucun' };
  const r = await resolveCommune(db, v.commune, v.communeCode || null);
  if (!r.ok)
    return {
      type: 'erreur',
      message: r.message,
      candidats: r.candidates.map((c) => ({
        code: c.code,
        libelle: c.libelle,
        departementNom: c.departementNom,
      })),
    };
  const centre = await centreCommune(db, r.commune.code);
  if (!centre)
    return { type: 'erreur', message: `La position de ${r.commune.nom} n’est pas connue.`, candidats: [] };
  return {
    type: 'point',
    libelle: r.commune.libelle,
    latitude: centre.latitude,
    longitude: centre.longitude,
  };
}

export function criteresAgenda(v: ValeursAgenda, lieu: Lieu, maintenant: Date): CriteresAgenda {
  const du = v.du ? instantParis(v.du, '00:00') : maintenant;
  return {
    point: lieu.type === 'point' ? { latitude: lieu.latitude, longitude: lieu.longitude } : null,
    rayonKm: v.rayon,
    thematique: v.thematique || null,
    du: du.getTime() < maintenant.getTime() ? maintenant : du,
    au: v.au ? instantParis(v.au, '23:59') : null,
  };
}

export function queryAgenda(v: ValeursAgenda, changements: Partial<ValeursAgenda> = {}): string {
  const x = { ...v, ...changements };
  const p = new URLSearchParams();
  if (x.latitude && x.longitude) {
    p.set('lat', x.latitude);
    p.set('lon', x.longitude);
  } else if (x.commune || x.communeCode) {
    p.set('commune', x.commune);
    if (x.communeCode) p.set('commune_code', x.communeCode);
  }
  p.set('rayon', String(x.rayon));
  if (x.thematique) p.set('thematique', x.thematique);
  if (x.du) p.set('du', x.du);
  if (x.au) p.set('au', x.au);
  if (x.page > 1) p.set('page', String(x.page));
  return p.toString();
}

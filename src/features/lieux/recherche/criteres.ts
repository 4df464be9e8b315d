import { z } from 'zod';
import { CLES_FILTRES, type CleFiltre, FILTRES, lireSelection } from './filtres.ts';
import type { Criteres } from './index-memoire.ts';
import { decoderCurseur } from './presenter.ts';

/** Query parameters of GET /api/v1/lieux (and /points): parsed here into search criteria. */

const liste = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .describe('Une ou plusieurs valeurs du standard (paramètre répété ou valeurs séparées par « | »).');

const filtresQuery = Object.fromEntries(
  FILTRES.map((f) => [
    f.cle,
    liste.describe(
      `${f.libelle} : ${f.valeurs.join(' ; ')}. Un lieu convient s’il offre au moins une des valeurs.`,
    ),
  ]),
) as Record<CleFiltre, typeof liste>;

export const rechercheQuery = z.object({
  near: z
    .string()
    .optional()
    .describe(
      'Point de recherche « latitude,longitude » (WGS 84), par exemple 49.5641,3.6199 : résultats triés par distance.',
    ),
  radius_km: z
    .string()
    .optional()
    .describe('Rayon autour de `near`, en kilomètres (1 à 200 ; 20 par défaut).'),
  bbox: z.string().optional().describe('Rectangle « minLon,minLat,maxLon,maxLat ».'),
  departement: z.string().optional().describe('Code du département (02, 2A, 971…).'),
  commune: z.string().optional().describe('Code INSEE de la commune.'),
  q: z.string().optional().describe('Mots du nom du lieu.'),
  ...filtresQuery,
  ouvert_maintenant: z
    .enum(['true', 'false'])
    .optional()
    .describe('true : seulement les lieux ouverts à cet instant (heure locale du lieu).'),
  ouvert_le_samedi: z
    .enum(['true', 'false'])
    .optional()
    .describe('true : seulement les lieux ouverts le samedi.'),
  limit: z.string().optional().describe('Taille de la page (1 à 200 ; 50 par défaut).'),
  cursor: z.string().optional().describe('Valeur `next_cursor` de la page précédente.'),
});

export type RechercheQuery = z.infer<typeof rechercheQuery>;

export interface ErreurCritere {
  code: string;
  champ: string;
  message: string;
}

export type CriteresApi =
  | { ok: true; criteres: Criteres; offset: number; limite: number }
  | { ok: false; erreur: ErreurCritere };

const NOMBRE = /^-?\d+(\.\d+)?$/;

function nombres(v: string, n: number): number[] | null {
  const parts = v.split(',').map((x) => x.trim());
  if (parts.length !== n || !parts.every((p) => NOMBRE.test(p))) return null;
  return parts.map(Number);
}

function erreur(code: string, champ: string, message: string): CriteresApi {
  return { ok: false, erreur: { code, champ, message } };
}

export function lireCriteresApi(q: RechercheQuery, options: { limiteMax?: number } = {}): CriteresApi {
  const criteres: Criteres = {};
  if (q.near !== undefined) {
    const p = nombres(q.near, 2);
    if (!p || Math.abs(p[0]!) > 90 || Math.abs(p[1]!) > 180) {
      return erreur(
        'near_invalide',
        'near',
        '« near » doit valoir « latitude,longitude », par exemple 49.5641,3.6199.',
      );
    }
    let rayonKm = 20;
    if (q.radius_km !== undefined) {
      rayonKm = Number(q.radius_km);
      if (!NOMBRE.test(q.radius_km) || rayonKm <= 0 || rayonKm > 200) {
        return erreur(
          'rayon_invalide',
          'radius_km',
          '« radius_km » doit être un nombre de kilomètres entre 1 et 200.',
        );
      }
    }
    criteres.pres = { latitude: p[0]!, longitude: p[1]!, rayonKm };
  } else if (q.radius_km !== undefined) {
    return erreur('rayon_sans_point', 'radius_km', '« radius_km » s’utilise avec « near ».');
  }
  if (q.bbox !== undefined) {
    const b = nombres(q.bbox, 4);
    if (!b || b[0]! >= b[2]! || b[1]! >= b[3]! || b.some((x, i) => Math.abs(x) > (i % 2 === 0 ? 180 : 90))) {
      return erreur(
        'bbox_invalide',
        'bbox',
        '« bbox » doit valoir « minLon,minLat,maxLon,maxLat » avec min < max, par exemple 3.3,49.4,3.9,49.7.',
      );
    }
    criteres.bbox = b as [number, number, number, number];
  }
  if (q.departement !== undefined) {
    if (!/^(\d{2}|2[AB]|9[78]\d)$/.test(q.departement)) {
      return erreur(
        'departement_invalide',
        'departement',
        'Code de département inconnu (exemples : 02, 2A, 971).',
      );
    }
    criteres.departement = q.departement;
  }
  if (q.commune !== undefined) {
    if (!/^(\d{5}|2[AB]\d{3})$/.test(q.commune)) {
      return erreur(
        'commune_invalide',
        'commune',
        'Le code INSEE de la commune compte 5 caractères (exemple : 02408).',
      );
    }
    criteres.commune = q.commune;
  }
  if (q.q !== undefined) {
    if (q.q.length > 100)
      return erreur('q_invalide', 'q', 'La recherche par nom est limitée à 100 caractères.');
    if (q.q.trim()) criteres.nom = q.q;
  }
  const { selection, inconnues } = lireSelection(Object.fromEntries(CLES_FILTRES.map((c) => [c, q[c]])));
  if (inconnues.length) {
    const i = inconnues[0]!;
    const f = FILTRES.find((x) => x.cle === i.cle)!;
    return erreur(
      'filtre_invalide',
      i.cle,
      `Valeur inconnue « ${i.valeur} » pour « ${i.cle} ». Valeurs possibles : ${f.valeurs.join(' ; ')}.`,
    );
  }
  criteres.filtres = selection;
  if (q.ouvert_maintenant === 'true') criteres.ouvertMaintenant = true;
  if (q.ouvert_le_samedi === 'true') criteres.ouvertSamedi = true;

  const limiteMax = options.limiteMax ?? 200;
  let limite = 50;
  if (q.limit !== undefined) {
    limite = Number(q.limit);
    if (!/^\d+$/.test(q.limit) || limite < 1 || limite > limiteMax) {
      return erreur('limit_invalide', 'limit', `« limit » doit être un entier entre 1 et ${limiteMax}.`);
    }
  }
  let offset = 0;
  if (q.cursor !== undefined) {
    const o = decoderCurseur(q.cursor);
    if (o === null)
      return erreur(
        'curseur_invalide',
        'cursor',
        'Curseur invalide : reprenez la valeur « next_cursor » de la page précédente.',
      );
    offset = o;
  }
  return { ok: true, criteres, offset, limite };
}

import { around, distance } from 'geokdbush';
import KDBush from 'kdbush';
import { normaliserNom } from '../../territoires/index.ts';
import {
  type AnalyseHoraires,
  analyserHoraires,
  estJourFerie,
  etatOuverture,
  fuseauDuLieu,
  ouvertLeSamedi,
  ouvertSelonPlages,
} from '../domain/horaires.ts';
import { dateLocaleDepuis, heureMurale, minuteDeLaSemaine } from '../domain/horaires-fuseau.ts';
import { type CleFiltre, FILTRES, masque, type SelectionFiltres } from './filtres.ts';

/**
 * Every visible place held in memory with a k-d tree on its position (what the national map does):
 * near-search with filters answers in well under a millisecond for 30,000 places. Pure: built from
 * rows, queried with an explicit instant.
 */

export interface LieuIndexe {
  id: string;
  nom: string;
  adresse: string;
  complementAdresse: string | null;
  codePostal: string;
  commune: string;
  codeInsee: string | null;
  departementCode: string | null;
  latitude: number | null;
  longitude: number | null;
  telephone: string | null;
  courriels: string[];
  siteWeb: string[];
  horaires: string | null;
  typologie: string[];
  services: string[];
  publicsSpecifiquementAdresses: string[];
  priseEnChargeSpecifique: string[];
  fraisACharge: string[];
  dispositifProgrammesNationaux: string[];
  modalitesAcces: string[];
  modalitesAccompagnement: string[];
  priseRdv: string | null;
  structureId: string | null;
  dateMaj: string;
  horairesAnalyse: unknown;
}

interface Entree {
  lieu: LieuIndexe;
  nomRecherche: string;
  masques: Record<CleFiltre, number>;
  analyse: AnalyseHoraires | null;
}

export interface Criteres {
  pres?: { latitude: number; longitude: number; rayonKm: number } | undefined;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: [number, number, number, number] | undefined;
  departement?: string | undefined;
  /** INSEE code. */
  commune?: string | undefined;
  /** Words of the place's name (accent- and case-insensitive). */
  nom?: string | undefined;
  filtres?: SelectionFiltres | undefined;
  ouvertMaintenant?: boolean | undefined;
  /** Open at some time on Saturdays (reference week). */
  ouvertSamedi?: boolean | undefined;
}

export interface Resultat {
  lieu: LieuIndexe;
  distanceKm?: number;
}

/**
 * A near search answers from the k nearest places, never from every place in the circle: its cost does
 * not grow with the density of places. Beyond this many, `total` stops counting (`plafonne`).
 */
export const PLAFOND_PROCHES = 1000;

export interface PageResultats {
  /** Number of matching places; near a point, at most `PLAFOND_PROCHES` (then `plafonne`). */
  total: number;
  /** Near a point: more than `PLAFOND_PROCHES` places match; only the nearest ones are served. */
  plafonne?: boolean;
  resultats: Resultat[];
  /** Offset of the next page, null at the end. */
  suivant: number | null;
}

/** A box that contains the circle (degrees of longitude shrink with latitude). */
export function boiteAutour(
  latitude: number,
  longitude: number,
  rayonKm: number,
): [number, number, number, number] {
  const dLat = rayonKm / 110.574;
  const cos = Math.cos((latitude * Math.PI) / 180);
  const dLon = cos < 0.01 ? 180 : Math.min(180, rayonKm / (111.32 * cos));
  return [longitude - dLon, latitude - dLat, longitude + dLon, latitude + dLat];
}

const CHAMP_DE: Record<CleFiltre, keyof LieuIndexe> = {
  services: 'services',
  publics: 'publicsSpecifiquementAdresses',
  prise_en_charge: 'priseEnChargeSpecifique',
  frais: 'fraisACharge',
  dispositifs: 'dispositifProgrammesNationaux',
  modalites_acces: 'modalitesAcces',
  modalites_accompagnement: 'modalitesAccompagnement',
};

function estAnalyse(v: unknown): v is AnalyseHoraires {
  return typeof v === 'object' && v !== null && (v as AnalyseHoraires).version === 1;
}

export class IndexLieux {
  readonly taille: number;
  private readonly entrees: Entree[];
  private readonly parId = new Map<string, number>();
  /** Entry indexes of the k-d tree's items (only places with a position). */
  private readonly positions: number[] = [];
  private readonly kd: KDBush;
  /** Entry indexes sorted by name, and each entry's rank in that order. */
  private readonly parNom: number[];
  private readonly rangNom: Int32Array;

  constructor(lieux: LieuIndexe[]) {
    const analyses = new Map<string, AnalyseHoraires | null>();
    this.entrees = lieux.map((lieu, i) => {
      this.parId.set(lieu.id, i);
      const masques = {} as Record<CleFiltre, number>;
      for (const f of FILTRES) masques[f.cle] = masque(f.cle, lieu[CHAMP_DE[f.cle]] as string[]);
      let analyse: AnalyseHoraires | null = null;
      if (estAnalyse(lieu.horairesAnalyse)) analyse = lieu.horairesAnalyse;
      else if (lieu.horaires) {
        // Not stored yet (older rows): computed once per distinct string and département.
        const cle = `${lieu.departementCode}\u0000${lieu.horaires}`;
        if (!analyses.has(cle)) analyses.set(cle, analyserHoraires(lieu.horaires, lieu));
        analyse = analyses.get(cle) ?? null;
      }
      return { lieu, nomRecherche: normaliserNom(lieu.nom), masques, analyse };
    });
    this.taille = this.entrees.length;
    const avecPosition = this.entrees.filter((e) => e.lieu.latitude !== null && e.lieu.longitude !== null);
    this.kd = new KDBush(Math.max(avecPosition.length, 1));
    for (const e of avecPosition) {
      this.kd.add(e.lieu.longitude!, e.lieu.latitude!);
      this.positions.push(this.parId.get(e.lieu.id)!);
    }
    if (avecPosition.length === 0) this.kd.add(0, -90);
    this.kd.finish();
    this.parNom = this.entrees
      .map((_, i) => i)
      .sort((a, b) => {
        const x = this.entrees[a]!;
        const y = this.entrees[b]!;
        return x.nomRecherche < y.nomRecherche
          ? -1
          : x.nomRecherche > y.nomRecherche
            ? 1
            : x.lieu.id < y.lieu.id
              ? -1
              : 1;
      });
    this.rangNom = new Int32Array(this.taille);
    this.parNom.forEach((e, r) => {
      this.rangNom[e] = r;
    });
  }

  private entreeDeItem(item: number): Entree | undefined {
    const i = this.positions[item];
    return i === undefined ? undefined : this.entrees[i];
  }

  lieu(id: string): LieuIndexe | undefined {
    const i = this.parId.get(id);
    return i === undefined ? undefined : this.entrees[i]!.lieu;
  }

  /** Mean position of the places of a commune (or of a postal code): a centre when the commune has none. */
  centreDe(critere: {
    codeInsee?: string;
    codesPostaux?: string[];
  }): { latitude: number; longitude: number } | null {
    let n = 0;
    let lat = 0;
    let lon = 0;
    for (const { lieu } of this.entrees) {
      if (lieu.latitude === null || lieu.longitude === null) continue;
      const ok = critere.codeInsee
        ? lieu.codeInsee === critere.codeInsee
        : (critere.codesPostaux ?? []).includes(lieu.codePostal);
      if (!ok) continue;
      n++;
      lat += lieu.latitude;
      lon += lieu.longitude;
    }
    return n ? { latitude: lat / n, longitude: lon / n } : null;
  }

  private filtre(criteres: Criteres, instant: Date): (e: Entree) => boolean {
    const masques = FILTRES.flatMap((f) => {
      const v = criteres.filtres?.[f.cle];
      return v?.length ? [[f.cle, masque(f.cle, v)] as const] : [];
    });
    const nom = criteres.nom ? normaliserNom(criteres.nom).split(' ').filter(Boolean) : [];
    const bbox = criteres.bbox;
    const ouvert = criteres.ouvertMaintenant ? this.ouvertA(instant) : null;
    const samedi = criteres.ouvertSamedi === true;
    return (e) => {
      for (const [cle, m] of masques) if ((e.masques[cle] & m) === 0) return false;
      if (criteres.departement && e.lieu.departementCode !== criteres.departement) return false;
      if (criteres.commune && e.lieu.codeInsee !== criteres.commune) return false;
      if (bbox) {
        const { latitude: la, longitude: lo } = e.lieu;
        if (la === null || lo === null || lo < bbox[0] || la < bbox[1] || lo > bbox[2] || la > bbox[3])
          return false;
      }
      for (const mot of nom) if (!e.nomRecherche.includes(mot)) return false;
      if (samedi && !ouvertLeSamedi(e.analyse)) return false;
      if (ouvert && !ouvert(e)) return false;
      return true;
    };
  }

  /** "Open now" per place: the stored weekly ranges when they suffice, else the library itself. */
  private ouvertA(instant: Date): (e: Entree) => boolean {
    const minutes = new Map<string, number>();
    const feries = new Map<string, boolean>();
    return (e) => {
      const a = e.analyse;
      if (!a?.valide) return false;
      const ctx = { departementCode: e.lieu.departementCode };
      const fuseau = fuseauDuLieu(ctx);
      let ferie = false;
      if (a.joursFeries) {
        const cle = e.lieu.departementCode ?? '';
        if (!feries.has(cle)) feries.set(cle, estJourFerie(dateLocaleDepuis(instant, fuseau), ctx));
        ferie = feries.get(cle)!;
      }
      if (a.stable && !ferie) {
        let m = minutes.get(fuseau);
        if (m === undefined) {
          m = minuteDeLaSemaine(heureMurale(instant, fuseau));
          minutes.set(fuseau, m);
        }
        return ouvertSelonPlages(a.plages, m);
      }
      return etatOuverture(e.lieu.horaires, ctx, instant).statut === 'ouvert';
    };
  }

  /** Near a point: sorted by distance (then id); otherwise by name. */
  rechercher(criteres: Criteres, options: { offset: number; limite: number; instant: Date }): PageResultats {
    const garder = this.filtre(criteres, options.instant);
    const tous: Resultat[] = [];
    let plafonne = false;
    if (criteres.pres) {
      // Best-first walk of the k-d tree, bounded by the radius and by the number of places served
      // (geokdbush's `around`): the same cost for 1,000 or 100,000 places in the circle. The set is the
      // same K nearest for every page, so ordering it by (distance, id) keeps pages consistent.
      const { latitude, longitude, rayonKm } = criteres.pres;
      const items = around(this.kd, longitude, latitude, PLAFOND_PROCHES + 1, rayonKm, (item) => {
        const e = this.entreeDeItem(item);
        return e !== undefined && garder(e);
      });
      plafonne = items.length > PLAFOND_PROCHES;
      for (const item of items.slice(0, PLAFOND_PROCHES)) {
        const e = this.entreeDeItem(item)!;
        const d = distance(longitude, latitude, e.lieu.longitude!, e.lieu.latitude!);
        tous.push({ lieu: e.lieu, distanceKm: d });
      }
      tous.sort((a, b) => a.distanceKm! - b.distanceKm! || (a.lieu.id < b.lieu.id ? -1 : 1));
    } else if (criteres.bbox) {
      const [a, b, c, d] = criteres.bbox;
      const items = this.kd
        .range(a, b, c, d)
        .map((item) => this.positions[item])
        .filter((i): i is number => i !== undefined);
      items.sort((x, y) => this.rangNom[x]! - this.rangNom[y]!);
      for (const i of items) if (garder(this.entrees[i]!)) tous.push({ lieu: this.entrees[i]!.lieu });
    } else {
      for (const i of this.parNom) if (garder(this.entrees[i]!)) tous.push({ lieu: this.entrees[i]!.lieu });
    }
    const resultats = tous.slice(options.offset, options.offset + options.limite);
    const fin = options.offset + resultats.length;
    return {
      total: tous.length,
      ...(plafonne ? { plafonne } : {}),
      resultats,
      suivant: fin < tous.length ? fin : null,
    };
  }

  /** Light points for the map (positions only), same criteria. */
  points(criteres: Criteres, instant: Date, max: number): { lieu: LieuIndexe }[] {
    const garder = this.filtre(criteres, instant);
    const out: { lieu: LieuIndexe }[] = [];
    const items = criteres.bbox ? this.kd.range(...criteres.bbox) : this.positions.map((_, item) => item);
    for (const item of items) {
      const e = this.entreeDeItem(item);
      if (!e || e.lieu.latitude === null) continue;
      if (
        criteres.pres &&
        distance(criteres.pres.longitude, criteres.pres.latitude, e.lieu.longitude!, e.lieu.latitude) >
          criteres.pres.rayonKm
      )
        continue;
      if (!garder(e)) continue;
      out.push({ lieu: e.lieu });
      if (out.length >= max) break;
    }
    return out;
  }
}

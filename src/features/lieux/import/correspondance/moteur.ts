import { createHash } from 'node:crypto';
import { CHAMPS_LISTE, type LigneStandard, type NomChamp } from '../../domain/standard/champs.ts';
import { nombre } from '../../domain/standard/valeurs.ts';
import type { Anomalie } from '../../domain/standard/validation.ts';
import { joursVersOsm, texteVersOsm } from './horaires.ts';
import { lambert93VersWgs84 } from './lambert93.ts';
import { type Condition, type Correspondance, JOURS_FR, type Regle } from './schema.ts';

type Ligne = Record<string, unknown>;
export type Convertir = (ligne: Ligne) => { ligne: LigneStandard; anomalies: Anomalie[]; ignoree?: string };

const LISTES = new Set<string>(CHAMPS_LISTE);

/** Lower-case, unaccented, whitespace collapsed: how terms and values are compared. */
export function simplifier(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The value at a column name, or else at a dotted path ("geolocalisation.lat", "tags.0"). */
export function lire(ligne: Ligne, chemin: string): unknown {
  if (chemin in ligne) return ligne[chemin];
  let courant: unknown = ligne;
  for (const partie of chemin.split('.')) {
    if (courant === null || typeof courant !== 'object') return undefined;
    courant = (courant as Record<string, unknown>)[partie];
  }
  return courant;
}

/** Every non-empty scalar under a value, as strings. */
function scalaires(valeur: unknown): string[] {
  if (valeur === null || valeur === undefined) return [];
  if (Array.isArray(valeur)) return valeur.flatMap(scalaires);
  if (typeof valeur === 'object') return [];
  const s = String(valeur).trim();
  return s === '' ? [] : [s];
}

function colonnesDe(c: { colonne?: string | undefined; colonnes?: string[] | undefined }): string[] {
  return [...(c.colonne !== undefined ? [c.colonne] : []), ...(c.colonnes ?? [])];
}

function compilerCondition(c: Condition): (ligne: Ligne) => boolean {
  if (c.tous) {
    const tests = c.tous.map(compilerCondition);
    return (l) => tests.every((t) => t(l));
  }
  if (c.un_de) {
    const tests = c.un_de.map(compilerCondition);
    return (l) => tests.some((t) => t(l));
  }
  if (c.non) {
    const test = compilerCondition(c.non);
    return (l) => !test(l);
  }
  const colonnes = colonnesDe(c);
  const contient = c.contient?.map(simplifier);
  const egal = c.egal ? new Set(c.egal.map(simplifier)) : undefined;
  const motif = c.motif ? new RegExp(c.motif, 'iu') : undefined;
  const sauf = c.sauf?.map(simplifier);
  const testeValeur = contient || egal || motif;
  return (ligne) => {
    const valeurs = colonnes.flatMap((col) => scalaires(lire(ligne, col))).map(simplifier);
    if (sauf && valeurs.some((v) => sauf.some((s) => v.includes(s)))) return false;
    // "rempli": false tests that the columns are empty.
    if (c.rempli === false) return valeurs.length === 0;
    if (valeurs.length === 0) return false;
    if (!testeValeur) return true;
    return valeurs.some(
      (v) => contient?.some((t) => v.includes(t)) || egal?.has(v) || motif?.test(v) || false,
    );
  };
}

type RegleCompilee = (ligne: Ligne, anomalies: Anomalie[]) => string[];

function compilerRegle(champ: NomChamp, r: Regle): RegleCompilee {
  const si = r.si ? compilerCondition(r.si) : undefined;
  const extraire = r.extraire ? new RegExp(r.extraire, 'iu') : undefined;
  const motif = r.motif ? new RegExp(r.motif, 'iu') : undefined;
  const dictionnaire = r.dictionnaire
    ? new Map(Object.entries(r.dictionnaire).map(([k, v]) => [simplifier(k), v]))
    : undefined;
  const colonnes = colonnesDe(r);

  const source = (ligne: Ligne, anomalies: Anomalie[]): string[] => {
    if (r.valeur !== undefined) return [String(r.valeur)];
    if (r.empreinte) {
      const cle = r.empreinte.map((c) => scalaires(lire(ligne, c)).join(' ')).join('|');
      if (cle.replace(/\|/g, '') === '') return [];
      return [createHash('sha1').update(simplifier(cle)).digest('hex').slice(0, 16)];
    }
    if (r.jours) {
      const jours = JOURS_FR.map((j) => {
        const cols = r.jours?.[j];
        if (cols === undefined) return null;
        return (Array.isArray(cols) ? cols : [cols]).flatMap((c) => scalaires(lire(ligne, c))).join(' ');
      });
      const { osm, illisibles } = joursVersOsm(jours);
      for (const v of illisibles)
        anomalies.push({ champ, valeur: v, raison: 'Horaires du jour illisibles : horaires non repris.' });
      return osm ? [osm] : [];
    }
    const valeurs = colonnes.map((c) => scalaires(lire(ligne, c)));
    if (r.joindre !== undefined) {
      const joint = valeurs.flat().join(r.joindre).trim();
      return joint ? [joint] : [];
    }
    return valeurs.flat();
  };

  return (ligne, anomalies) => {
    if (si && !si(ligne)) return [];
    let valeurs = source(ligne, anomalies);
    if (extraire) {
      valeurs = valeurs.flatMap((v) => {
        const m = v.match(extraire);
        return m ? [(m[1] ?? m[0]).trim()] : [];
      });
    }
    if (r.decouper !== undefined) {
      const sep = r.decouper;
      valeurs = valeurs.flatMap((v) => v.split(sep).map((s) => s.trim())).filter((s) => s !== '');
    }
    if (dictionnaire) {
      valeurs = valeurs.flatMap((v) => {
        const cible = dictionnaire.get(simplifier(v));
        if (cible === undefined) return r.sinon === 'ignorer' ? [] : [v];
        if (cible === null) return [];
        return Array.isArray(cible) ? cible : [cible];
      });
    }
    if (r.horaires === 'texte') {
      valeurs = valeurs.flatMap((v) => {
        const osm = texteVersOsm(v);
        if (osm === null)
          anomalies.push({
            champ,
            valeur: v,
            raison: 'Horaires en texte libre non convertibles : non repris.',
          });
        return osm ? [osm] : [];
      });
    }
    if (motif) valeurs = valeurs.filter((v) => motif.test(v));
    if (r.gabarit !== undefined) {
      const gabarit = r.gabarit;
      valeurs = valeurs.map((v) => gabarit.replaceAll('{valeur}', v));
    }
    if (valeurs.length === 0 && r.defaut !== undefined) return [String(r.defaut)];
    return valeurs;
  };
}

/** Turns a mapping into a row converter (regular expressions compiled once). */
export function compilerCorrespondance(c: Correspondance): Convertir {
  const champs = Object.entries(c.champs).map(([champ, regles]) => {
    const nom = champ as NomChamp;
    const liste = (Array.isArray(regles) ? regles : [regles]).map((r) => compilerRegle(nom, r));
    return { nom, liste, multiple: LISTES.has(nom) };
  });
  const coordonnees = c.coordonnees && {
    projection: c.coordonnees.projection,
    x: compilerRegle('longitude', c.coordonnees.x),
    y: compilerRegle('latitude', c.coordonnees.y),
  };

  const ignorer = c.ignorer && { test: compilerCondition(c.ignorer.si), raison: c.ignorer.raison };

  return (ligne) => {
    const anomalies: Anomalie[] = [];
    const sortie: LigneStandard = {};
    for (const { nom, liste, multiple } of champs) {
      if (multiple) {
        const toutes = liste.flatMap((regle) => regle(ligne, anomalies));
        sortie[nom] = [...new Set(toutes)];
      } else {
        for (const regle of liste) {
          const v = regle(ligne, anomalies)[0];
          if (v !== undefined) {
            sortie[nom] = v;
            break;
          }
        }
      }
    }
    if (coordonnees) {
      const x = nombre(coordonnees.x(ligne, anomalies)[0]);
      const y = nombre(coordonnees.y(ligne, anomalies)[0]);
      if (x !== null && y !== null) {
        const p =
          coordonnees.projection === 'lambert93' ? lambert93VersWgs84(x, y) : { latitude: y, longitude: x };
        sortie.latitude = Math.round(p.latitude * 1e6) / 1e6;
        sortie.longitude = Math.round(p.longitude * 1e6) / 1e6;
      }
    }
    if (ignorer?.test(ligne)) return { ligne: sortie, anomalies, ignoree: ignorer.raison };
    return { ligne: sortie, anomalies };
  };
}

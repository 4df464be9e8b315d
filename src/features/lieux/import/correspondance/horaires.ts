/**
 * Opening hours written by people ("du lundi au vendredi de 9h à 12h", "09:00 - 12:00 / 13:30 - 17:00"
 * per day, "Fermé") turned into OpenStreetMap opening_hours syntax. Best effort: null when unsure,
 * never a guess about which days are meant.
 */

export const JOURS_OSM = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type JourOsm = (typeof JOURS_OSM)[number];

/** Minutes since midnight, end exclusive; an end below the start passes midnight. */
export interface Plage {
  debut: number;
  fin: number;
}

const NOMS_JOURS: Record<string, number> = {
  lundi: 0,
  lun: 0,
  mardi: 1,
  mar: 1,
  mercredi: 2,
  mer: 2,
  jeudi: 3,
  jeu: 3,
  vendredi: 4,
  ven: 4,
  samedi: 5,
  sam: 5,
  dimanche: 6,
  dim: 6,
};

function simplifier(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bmidi\b/g, '12h')
    .replace(/\bminuit\b/g, '24h');
}

// Minutes may follow "h" after a space ("9 h 30") but not when they are the next hour ("12h 15h").
const HEURE =
  /(\d{1,2})\s*(?:h|:|heures?)(?:\s?(\d{2})(?!\s*(?:h|:|\d)))?|(\d{1,2})(?=\s*(?:-|–|à|a|\/|et)\s*\d)/g;

/** Every time of day in a text, in order, as minutes ("9h30" → 570, "14:00" → 840). */
export function heures(texte: string): number[] | null {
  const out: number[] = [];
  for (const m of simplifier(texte).matchAll(HEURE)) {
    const h = Number(m[1] ?? m[3]);
    const mn = Number(m[2] ?? 0);
    if (h > 24 || mn > 59 || (h === 24 && mn > 0)) return null;
    out.push(h * 60 + mn);
  }
  return out;
}

function enPlages(minutes: number[]): Plage[] | null {
  if (minutes.length === 0 || minutes.length % 2 !== 0) return null;
  const plages: Plage[] = [];
  for (let i = 0; i < minutes.length; i += 2) {
    const debut = minutes[i] as number;
    const fin = minutes[i + 1] as number;
    // "00:00 - 00:00" is how some exports write an empty slot.
    if (debut === fin) continue;
    plages.push({ debut, fin });
  }
  return fusionner(plages);
}

/** Sorted, overlapping or touching ranges merged (ranges passing midnight are left as they are). */
function fusionner(plages: Plage[]): Plage[] {
  const tries = [...plages].sort((a, b) => a.debut - b.debut);
  const out: Plage[] = [];
  for (const p of tries) {
    const dernier = out[out.length - 1];
    if (dernier && p.fin > p.debut && dernier.fin > dernier.debut && p.debut <= dernier.fin) {
      dernier.fin = Math.max(dernier.fin, p.fin);
    } else out.push({ ...p });
  }
  return out;
}

/** One day's hours: [] when closed, null when unreadable. */
export function plagesDuJour(texte: string | null | undefined): Plage[] | null {
  const t = simplifier(texte ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .trim();
  if (t === '' || /^[-–—/x.]*$/.test(t) || /\b(ferme|fermee|fermeture|non)\b/.test(t)) {
    return heures(t)?.length ? null : [];
  }
  const h = heures(t);
  return h ? enPlages(h) : null;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function plagesOsm(plages: Plage[]): string {
  return [...plages]
    .sort((a, b) => a.debut - b.debut)
    .map((p) => `${hhmm(p.debut)}-${hhmm(p.fin)}`)
    .join(',');
}

/** A week (index 0 = Monday) as OSM: consecutive days with the same hours grouped ("Mo-Fr 09:00-12:00"). */
export function semaineVersOsm(semaine: (Plage[] | null | undefined)[]): string | null {
  const textes = JOURS_OSM.map((_, i) => {
    const p = semaine[i];
    return p && p.length > 0 ? plagesOsm(p) : null;
  });
  const parties: string[] = [];
  let i = 0;
  while (i < 7) {
    const t = textes[i];
    if (t === null || t === undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && textes[j + 1] === t) j++;
    const jours =
      j === i
        ? JOURS_OSM[i]
        : j === i + 1
          ? `${JOURS_OSM[i]},${JOURS_OSM[j]}`
          : `${JOURS_OSM[i]}-${JOURS_OSM[j]}`;
    parties.push(`${jours} ${t}`);
    i = j + 1;
  }
  return parties.length > 0 ? parties.join('; ') : null;
}

const RESTE_OSM = /^[\s\d:,;\-+/]*$/;

/** A string that already is OSM syntax ("Mo-Fr 09:00-12:00; PH off", "24/7"). */
export function ressembleOsm(texte: string): boolean {
  const t = texte.trim();
  if (t === '24/7') return true;
  if (!/\b(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b/.test(t) || !/\d{2}:\d{2}/.test(t)) return false;
  return RESTE_OSM.test(t.replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su|PH|off|closed|open)\b/g, ''));
}

type Jeton = { jour: number } | { heure: number } | { intervalle: true } | { ferme: true };

function jetons(texte: string): Jeton[] | null {
  const t = simplifier(texte);
  const out: Jeton[] = [];
  const motif =
    /(\d{1,2})\s*(?:h|:|heures?)(?:\s?(\d{2})(?!\s*(?:h|:|\d)))?|(\d{1,2})(?=\s*(?:-|–|à|a)\s*\d)|\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)s?\b\.?|\b(au|a)\b(?=\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim))|[-–](?=\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim))|\b(fermee?s?)\b/g;
  for (const m of t.matchAll(motif)) {
    if (m[1] !== undefined || m[3] !== undefined) {
      const h = Number(m[1] ?? m[3]);
      const mn = Number(m[2] ?? 0);
      if (h > 24 || mn > 59) return null;
      out.push({ heure: h * 60 + mn });
    } else if (m[4] !== undefined) out.push({ jour: NOMS_JOURS[m[4]] as number });
    else if (m[6] !== undefined) out.push({ ferme: true });
    else out.push({ intervalle: true });
  }
  return out;
}

/**
 * Free French text covering the week ("Les lundi, mardi et jeudi de 09h00 à 17h00", "mardi 13:30-19:00
 * mercredi 10:00-12:00 13:30-18:00", "9h-12h et 14h-17h du lundi au vendredi") to OSM. The text is cut
 * into clauses (a day named after some hours starts a new one); each clause gives its hours to its days.
 * Text already in OSM syntax is kept. Null when days or hours cannot be told apart.
 */
export function texteVersOsm(texte: string | null | undefined): string | null {
  const brut = (texte ?? '').trim();
  if (brut === '') return null;
  if (ressembleOsm(brut)) return brut.replace(/\s+/g, ' ');
  // Remarks in brackets ("17h pendant les vacances") are not part of the regular week.
  const liste = jetons(brut.replace(/\([^)]*\)/g, ' '));
  if (!liste) return null;
  const semaine: (Plage[] | null)[] = Array(7).fill(null);
  let jours: number[] = [];
  let heuresClause: number[] = [];
  let ferme = false;
  let intervalle = false;
  let vu = false;
  const clore = (): boolean => {
    if (jours.length === 0) return heuresClause.length === 0;
    if (ferme && heuresClause.length === 0) {
      for (const j of jours) semaine[j] = [];
    } else if (heuresClause.length > 0) {
      const plages = enPlages(heuresClause);
      if (plages === null) return false;
      for (const j of jours) semaine[j] = [...(semaine[j] ?? []), ...plages];
      vu = vu || plages.length > 0;
    }
    jours = [];
    heuresClause = [];
    ferme = false;
    return true;
  };
  for (const j of liste) {
    if ('jour' in j) {
      if (jours.length > 0 && (heuresClause.length > 0 || ferme) && !intervalle && !clore()) return null;
      if (intervalle && jours.length > 0) {
        const debut = jours[jours.length - 1] as number;
        for (let d = debut + 1; d <= (j.jour < debut ? j.jour + 7 : j.jour); d++) {
          if (!jours.includes(d % 7)) jours.push(d % 7);
        }
      } else if (!jours.includes(j.jour)) jours.push(j.jour);
      intervalle = false;
    } else if ('intervalle' in j) intervalle = true;
    else if ('ferme' in j) ferme = true;
    else heuresClause.push(j.heure);
  }
  if (!clore() || !vu) return null;
  return semaineVersOsm(semaine);
}

/** Per-day cells (Monday first) to OSM; null when any non-empty day is unreadable or all are closed. */
export function joursVersOsm(jours: (string | null | undefined)[]): {
  osm: string | null;
  illisibles: string[];
} {
  const illisibles: string[] = [];
  const semaine = jours.map((texte) => {
    const p = plagesDuJour(texte);
    if (p === null) illisibles.push(String(texte));
    return p;
  });
  if (illisibles.length > 0) return { osm: null, illisibles };
  return { osm: semaineVersOsm(semaine), illisibles };
}

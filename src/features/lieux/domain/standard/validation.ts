import { urlWeb } from '../../../../platform/valeurs/url-web.ts';
import {
  type ChampEnumere,
  ENUMERATIONS,
  type LieuStandard,
  type LigneStandard,
  LONGUEUR_MAX_RESUME,
  MOTIFS,
  type NomChamp,
} from './champs.ts';
import { normaliserDate } from './dates.ts';
import { cleEnumeration, indexEnumeration } from './enumerations.ts';
import { retirerFormules } from './formules.ts';
import { bornerLongueurs } from './longueurs.ts';
import { validerPivot } from './pivot.ts';
import { normaliserTelephone } from './telephone.ts';
import { apercu, ligneUnique, liste, nombre, texte } from './valeurs.ts';

/** One problem with one value: which field, what was given, why (in French). */
export interface Anomalie {
  champ: NomChamp;
  valeur: string;
  raison: string;
}

export type ResultatValidation =
  | { ok: true; lieu: LieuStandard; anomalies: Anomalie[] }
  | { ok: false; erreurs: Anomalie[]; anomalies: Anomalie[] };

export interface OptionsValidation {
  /** Separator of multi-valued cells given as strings: `|` in v1 (v0 rows arrive already split). */
  separateur?: string;
  /**
   * Strict: any invalid value rejects the row. Default: a row is rejected only when a required field is
   * missing or invalid; an invalid optional value is left out and listed as an anomaly.
   */
  strict?: boolean;
}

const INDEX_ENUMERATIONS = Object.fromEntries(
  Object.entries(ENUMERATIONS).map(([champ, valeurs]) => [champ, indexEnumeration(valeurs)]),
) as Record<ChampEnumere, Map<string, string>>;

const COURRIEL = /^[^\s@|;,]+@[^\s@|;,]+\.[^\s@|;,]+$/;

/** Canonical vocabulary value (tolerant of case, accents, spaces before parentheses), or null. */
export function valeurCanonique(champ: ChampEnumere, valeur: string): string | null {
  return INDEX_ENUMERATIONS[champ].get(cleEnumeration(valeur)) ?? null;
}

function coordonnees(
  ligne: LigneStandard,
  codePostal: string | null,
  signaler: (a: Anomalie) => void,
): { latitude: number | null; longitude: number | null } {
  const latBrut = ligne.latitude;
  const lonBrut = ligne.longitude;
  let lat = nombre(latBrut);
  let lon = nombre(lonBrut);
  const vide = (v: unknown) => texte(v) === null && typeof v !== 'number';
  if (vide(latBrut) && vide(lonBrut)) return { latitude: null, longitude: null };
  if (lat === null || lon === null) {
    const champ = lat === null ? 'latitude' : 'longitude';
    signaler({
      champ,
      valeur: apercu(ligne[champ]),
      raison: 'Coordonnée absente ou non numérique : position ignorée.',
    });
    return { latitude: null, longitude: null };
  }
  // Latitude and longitude swapped: impossible latitude, or a metropolitan point read backwards.
  const metropole = codePostal !== null && !/^9[78]/.test(codePostal);
  if (
    (Math.abs(lat) > 90 && Math.abs(lon) <= 90) ||
    (metropole && lat > -6 && lat < 10 && lon > 41 && lon < 52)
  ) {
    [lat, lon] = [lon, lat];
    signaler({
      champ: 'latitude',
      valeur: `${apercu(latBrut)} / ${apercu(lonBrut)}`,
      raison: 'Latitude et longitude inversées : corrigé.',
    });
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) {
    signaler({
      champ: 'latitude',
      valeur: `${apercu(latBrut)} / ${apercu(lonBrut)}`,
      raison: 'Coordonnées hors du globe (WGS 84 attendu) : position ignorée.',
    });
    return { latitude: null, longitude: null };
  }
  return { latitude: lat, longitude: lon };
}

/** Items of a contact field, split even inside array items (a mapping may give "a@x.fr - b@y.fr"). */
function eclater(valeur: unknown, separateur: RegExp): string[] {
  return [...new Set(liste(valeur, separateur).flatMap((v) => liste(v, separateur)))];
}

/** Validates and normalises one row against standard v1.0.2. Pure. */
export function validerLigne(ligne: LigneStandard, options: OptionsValidation = {}): ResultatValidation {
  const sep = options.separateur ?? '|';
  const erreurs: Anomalie[] = [];
  const anomalies: Anomalie[] = [];
  const signaler = (a: Anomalie) => anomalies.push(a);
  const manquant = (champ: NomChamp) =>
    erreurs.push({ champ, valeur: '', raison: 'Champ obligatoire absent ou vide.' });

  const id = texte(ligne.id);
  const nom = ligneUnique(texte(ligne.nom));
  const commune = ligneUnique(texte(ligne.commune));
  const adresse = ligneUnique(texte(ligne.adresse));
  for (const [champ, v] of [
    ['id', id],
    ['nom', nom],
    ['commune', commune],
    ['adresse', adresse],
  ] as const) {
    if (v === null) manquant(champ);
  }

  let codePostal = texte(ligne.code_postal);
  if (codePostal !== null) {
    codePostal = codePostal.replace(/\s/g, '');
    if (/^\d{4}$/.test(codePostal)) codePostal = `0${codePostal}`;
    if (!MOTIFS.code_postal.test(codePostal)) {
      erreurs.push({
        champ: 'code_postal',
        valeur: apercu(ligne.code_postal),
        raison: 'Le code postal doit compter 5 chiffres.',
      });
      codePostal = null;
    }
  } else manquant('code_postal');

  let pivot: string | null = null;
  const pivotBrut = texte(ligne.pivot);
  if (pivotBrut === null) manquant('pivot');
  else {
    const r = validerPivot(pivotBrut, codePostal);
    if (r.ok) pivot = r.valeur;
    else erreurs.push({ champ: 'pivot', valeur: pivotBrut, raison: r.raison });
  }

  const dateBrute = texte(ligne.date_maj);
  const dateMaj = dateBrute === null ? null : normaliserDate(dateBrute);
  if (dateBrute === null) manquant('date_maj');
  else if (dateMaj === null)
    erreurs.push({
      champ: 'date_maj',
      valeur: dateBrute,
      raison: 'Date illisible : attendu AAAA-MM-JJ (ISO 8601).',
    });

  let codeInsee = texte(ligne.code_insee)?.toUpperCase().replace(/\s/g, '') ?? null;
  if (codeInsee !== null) {
    if (/^\d{4}$/.test(codeInsee)) codeInsee = `0${codeInsee}`;
    if (!MOTIFS.code_insee.test(codeInsee)) {
      signaler({
        champ: 'code_insee',
        valeur: apercu(ligne.code_insee),
        raison: 'Code INSEE invalide (5 caractères du COG attendus) : ignoré.',
      });
      codeInsee = null;
    }
  }

  const { latitude, longitude } = coordonnees(ligne, codePostal, signaler);

  let telephone: string | null = null;
  const telephones = eclater(ligne.telephone, /[|;,/\n]|\s+ou\s+|\s+-\s+/);
  for (const t of telephones) {
    const n = normaliserTelephone(t, codePostal);
    if (n === null)
      signaler({
        champ: 'telephone',
        valeur: t,
        raison: 'Numéro de téléphone non reconnu (format +33XXXXXXXXX attendu) : ignoré.',
      });
    else if (telephone === null) telephone = n;
    else if (n !== telephone)
      signaler({
        champ: 'telephone',
        valeur: t,
        raison: 'Le standard ne garde qu’un numéro : seul le premier est conservé.',
      });
  }

  const courriels: string[] = [];
  const saisies = liste(ligne.courriels, sep);
  for (const sansArobase of saisies.filter((c) => !c.includes('@'))) {
    signaler({ champ: 'courriels', valeur: sansArobase, raison: 'Adresse électronique invalide : ignorée.' });
  }
  // Words around the addresses ("Contact entreprise : a@b.fr") are dropped silently.
  for (const saisie of saisies.filter((c) => c.includes('@'))) {
    const trouvees = (saisie.match(/[^\s@|;,:<>()"'/]+@[^\s@|;,:<>()"'/]+/g) ?? []).filter((c) =>
      COURRIEL.test(c),
    );
    if (trouvees.length === 0)
      signaler({ champ: 'courriels', valeur: saisie, raison: 'Adresse électronique invalide : ignorée.' });
    for (const c of trouvees) if (!courriels.includes(c)) courriels.push(c);
  }

  /** A single web address: http(s) only (a `javascript:` link would run on the public page). */
  const lien = (champ: 'fiche_acces_libre' | 'prise_rdv'): string | null => {
    const saisie = ligneUnique(texte(ligne[champ]));
    if (saisie === null) return null;
    const url = urlWeb(saisie);
    if (!url)
      signaler({
        champ,
        valeur: saisie,
        raison: 'Adresse web invalide (http ou https seulement) : ignorée.',
      });
    return url;
  };

  const sitesWeb: string[] = [];
  // A cell may hold words around its addresses ("Facebook : https://…"): keep the addresses, report a
  // cell that has none.
  for (const saisie of liste(ligne.site_web, sep)) {
    const adresses = liste(saisie, /[\s;|]+/).flatMap((s) => {
      if (/^https?:\/\/\S+\.\S+/i.test(s)) return urlWeb(s) ? [s] : [];
      if (/^(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(s)) return [`https://${s}`];
      return [];
    });
    if (adresses.length === 0)
      signaler({ champ: 'site_web', valeur: saisie, raison: 'Adresse web invalide : ignorée.' });
    for (const a of adresses) if (!sitesWeb.includes(a)) sitesWeb.push(a);
  }

  let presentationResume = texte(ligne.presentation_resume);
  let presentationDetail = texte(ligne.presentation_detail);
  if (presentationResume !== null && presentationResume.length > LONGUEUR_MAX_RESUME) {
    if (presentationDetail === null) presentationDetail = presentationResume;
    presentationResume = `${presentationResume.slice(0, LONGUEUR_MAX_RESUME - 1).trimEnd()}…`;
    signaler({
      champ: 'presentation_resume',
      valeur: apercu(ligne.presentation_resume),
      raison: `Plus de ${LONGUEUR_MAX_RESUME} caractères : résumé tronqué.`,
    });
  }

  const enumere = (champ: ChampEnumere): string[] => {
    const out: string[] = [];
    for (const v of liste(ligne[champ], sep)) {
      const canonique = valeurCanonique(champ, v);
      if (canonique === null)
        signaler({ champ, valeur: v, raison: 'Valeur absente de la liste du standard : ignorée.' });
      else if (!out.includes(canonique)) out.push(canonique);
    }
    return out;
  };

  const lieu: LieuStandard = {
    id: id ?? '',
    pivot: pivot ?? '',
    nom: nom ?? '',
    commune: commune ?? '',
    code_postal: codePostal ?? '',
    code_insee: codeInsee,
    adresse: adresse ?? '',
    complement_adresse: ligneUnique(texte(ligne.complement_adresse)),
    latitude,
    longitude,
    typologie: liste(ligne.typologie, sep),
    telephone,
    courriels,
    site_web: sitesWeb,
    horaires: ligneUnique(texte(ligne.horaires)),
    presentation_resume: presentationResume,
    presentation_detail: presentationDetail,
    source: ligneUnique(texte(ligne.source)),
    itinerance: enumere('itinerance'),
    structure_parente: ligneUnique(texte(ligne.structure_parente)),
    date_maj: dateMaj ?? '',
    services: enumere('services'),
    publics_specifiquement_adresses: enumere('publics_specifiquement_adresses'),
    prise_en_charge_specifique: enumere('prise_en_charge_specifique'),
    frais_a_charge: enumere('frais_a_charge'),
    dispositif_programmes_nationaux: enumere('dispositif_programmes_nationaux'),
    formations_labels: enumere('formations_labels'),
    autres_formations_labels: liste(ligne.autres_formations_labels, sep),
    modalites_acces: enumere('modalites_acces'),
    modalites_accompagnement: enumere('modalites_accompagnement'),
    fiche_acces_libre: lien('fiche_acces_libre'),
    prise_rdv: lien('prise_rdv'),
  };

  const propre = bornerLongueurs(retirerFormules(lieu, erreurs, signaler), erreurs, signaler);
  if (options.strict && anomalies.length > 0)
    return { ok: false, erreurs: [...erreurs, ...anomalies], anomalies: [] };
  if (erreurs.length > 0) return { ok: false, erreurs, anomalies };
  return { ok: true, lieu: propre, anomalies };
}

import type { Db } from '../../../db/client.ts';
import type { AdresseTrouvee } from '../../../platform/geocodage/index.ts';
import type { CommuneCandidate } from '../../../ui/components/commune-field.tsx';
import { resolveCommune } from '../../territoires/index.ts';
import { type AnalyseHoraires, analyserHoraires } from '../domain/horaires.ts';
import {
  nomChampHoraire,
  osmVersSemaine,
  PARTIES,
  type SemaineSaisie,
  semaineVersOsm,
  semaineVide,
} from '../domain/horaires-editeur.ts';
import { ENUMERATIONS, type LieuStandard, type NomChamp } from '../domain/standard/champs.ts';
import { validerLigne } from '../domain/standard/validation.ts';

/**
 * The management form of a place: what was typed (kept to show it again), then validated with the
 * standard's own rules (the import's), the commune resolved, the opening hours written in OSM syntax.
 */

const TEXTES = [
  'nom',
  'pivot',
  'adresse',
  'complement_adresse',
  'commune',
  'code_insee',
  'code_postal',
  'latitude',
  'longitude',
  'telephone',
  'courriels',
  'site_web',
  'prise_rdv',
  'fiche_acces_libre',
  'presentation_resume',
  'presentation_detail',
  'structure_parente',
  'itinerance',
] as const;
export type ChampTexte = (typeof TEXTES)[number];

export const LISTES = [
  'typologie',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
] as const;
export type ChampCoche = (typeof LISTES)[number];

export interface ValeursLieu {
  textes: Record<ChampTexte, string>;
  listes: Record<ChampCoche, string[]>;
  horairesMode: 'tableau' | 'texte';
  semaine: SemaineSaisie;
  horairesTexte: string;
  /** Address choice (a proposal's value, or « centre ») and the precision the autocomplete stated. */
  position: { choix: string; precision: string };
}

function chaine(v: unknown): string {
  if (Array.isArray(v)) return chaine(v[0]);
  return typeof v === 'string' ? v.trim() : '';
}

function tableau(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' && v !== '' ? [v] : [];
}

export function valeursVides(): ValeursLieu {
  return {
    textes: Object.fromEntries(TEXTES.map((c) => [c, ''])) as Record<ChampTexte, string>,
    listes: Object.fromEntries(LISTES.map((c) => [c, []])) as unknown as Record<ChampCoche, string[]>,
    horairesMode: 'tableau',
    semaine: semaineVide(),
    horairesTexte: '',
    position: { choix: '', precision: '' },
  };
}

/** The form as submitted (application/x-www-form-urlencoded, repeated keys for checkboxes). */
export function lireValeurs(body: Record<string, unknown>): ValeursLieu {
  const v = valeursVides();
  for (const c of TEXTES) v.textes[c] = chaine(body[c]);
  for (const c of LISTES) v.listes[c] = tableau(body[c]);
  v.horairesMode = chaine(body.horaires_mode) === 'texte' ? 'texte' : 'tableau';
  v.horairesTexte = chaine(body.horaires_texte);
  v.position = { choix: chaine(body.adresse_choisie), precision: chaine(body.position_precision) };
  v.semaine.fermeJoursFeries = chaine(body.horaires_feries) === '1';
  v.semaine.jours.forEach((jour, i) => {
    for (const partie of PARTIES) {
      jour[partie] = {
        debut: chaine(body[nomChampHoraire(i, partie, 'debut')]),
        fin: chaine(body[nomChampHoraire(i, partie, 'fin')]),
      };
    }
  });
  return v;
}

/** A stored place, ready to edit. */
export function valeursDepuisLieu(l: LieuStandard, ctx: { departementCode: string | null }): ValeursLieu {
  const v = valeursVides();
  const t = v.textes;
  t.nom = l.nom;
  t.pivot = l.pivot;
  t.adresse = l.adresse;
  t.complement_adresse = l.complement_adresse ?? '';
  t.commune = `${l.commune} (${l.code_postal})`;
  t.code_insee = l.code_insee ?? '';
  t.code_postal = l.code_postal;
  t.latitude = l.latitude?.toString() ?? '';
  t.longitude = l.longitude?.toString() ?? '';
  t.telephone = l.telephone ?? '';
  t.courriels = l.courriels.join(', ');
  t.site_web = l.site_web.join(' ');
  t.prise_rdv = l.prise_rdv ?? '';
  t.fiche_acces_libre = l.fiche_acces_libre ?? '';
  t.presentation_resume = l.presentation_resume ?? '';
  t.presentation_detail = l.presentation_detail ?? '';
  t.structure_parente = l.structure_parente ?? '';
  t.itinerance = l.itinerance[0] ?? '';
  for (const c of LISTES) v.listes[c] = [...l[c]];
  const semaine = osmVersSemaine(l.horaires, ctx);
  v.horairesTexte = l.horaires ?? '';
  if (semaine) v.semaine = semaine;
  else v.horairesMode = 'texte';
  return v;
}

export interface LieuValide {
  lieu: LieuStandard;
  departementCode: string;
  horairesAnalyse: AnalyseHoraires | null;
}

export type ResultatFormulaire =
  | { ok: true; valeur: LieuValide }
  | {
      ok: false;
      erreurs: Record<string, string>;
      candidats: CommuneCandidate[];
      /** Addresses the national service proposed, to choose from (no JavaScript needed). */
      propositions?: AdresseTrouvee[];
    };

const NOMBRE = /^-?\d+([.,]\d+)?$/;

/** Validates the form against the standard; `aujourdhui` becomes date_maj (edits refresh it). */
export async function validerFormulaire(
  db: Db,
  v: ValeursLieu,
  contexte: { id: string; aujourdhui: string; source: string },
): Promise<ResultatFormulaire> {
  const erreurs: Record<string, string> = {};
  const t = v.textes;

  // Opening hours: the weekly table written as OSM, or the raw OSM string, readable by the library.
  let horaires: string | null = null;
  if (v.horairesMode === 'tableau') {
    const r = semaineVersOsm(v.semaine);
    if (r.ok) horaires = r.horaires;
    else Object.assign(erreurs, r.erreurs);
  } else if (v.horairesTexte) {
    horaires = v.horairesTexte.replace(/\s+/g, ' ').trim();
  }

  let candidats: CommuneCandidate[] = [];
  let commune: { nom: string; code: string; departement: string; codesPostaux: string[] } | null = null;
  const r = await resolveCommune(db, t.commune, t.code_insee);
  if (r.ok) commune = r.commune;
  else {
    erreurs.commune = r.message;
    candidats = r.candidates;
  }
  let codePostal = t.code_postal.replace(/\s/g, '');
  if (commune) {
    if (!codePostal && commune.codesPostaux.length === 1) codePostal = commune.codesPostaux[0]!;
    else if (/^\d{5}$/.test(codePostal) && !commune.codesPostaux.includes(codePostal)) {
      erreurs.code_postal = `Le code postal ${codePostal} n’est pas celui de ${commune.nom} (${commune.codesPostaux.join(', ')}).`;
    }
  }
  if ((t.latitude === '') !== (t.longitude === '')) {
    erreurs[t.latitude ? 'longitude' : 'latitude'] =
      'Indiquez la latitude et la longitude, ou aucune des deux.';
  } else {
    for (const c of ['latitude', 'longitude'] as const) {
      if (t[c] && !NOMBRE.test(t[c]))
        erreurs[c] =
          `${c === 'latitude' ? 'Latitude' : 'Longitude'} : un nombre décimal est attendu, par exemple 49.5641.`;
    }
  }

  const ligne: Partial<Record<NomChamp, unknown>> = {
    id: contexte.id,
    pivot: t.pivot,
    nom: t.nom,
    commune: commune?.nom ?? t.commune,
    code_postal: codePostal,
    code_insee: commune?.code ?? null,
    adresse: t.adresse,
    complement_adresse: t.complement_adresse,
    latitude: t.latitude,
    longitude: t.longitude,
    typologie: v.listes.typologie,
    telephone: t.telephone,
    courriels: t.courriels.split(/[\s,;]+/).filter(Boolean),
    site_web: t.site_web.split(/\s+/).filter(Boolean),
    horaires,
    presentation_resume: t.presentation_resume,
    presentation_detail: t.presentation_detail,
    source: contexte.source,
    itinerance: t.itinerance ? [t.itinerance] : [],
    structure_parente: t.structure_parente,
    date_maj: contexte.aujourdhui,
    fiche_acces_libre: t.fiche_acces_libre,
    prise_rdv: t.prise_rdv,
  };
  for (const c of LISTES) if (c !== 'typologie') ligne[c] = v.listes[c];

  const resultat = validerLigne(ligne, { strict: true });
  const problemes = resultat.ok ? resultat.anomalies : [...resultat.erreurs, ...resultat.anomalies];
  for (const p of problemes) {
    const champ = p.champ === 'commune' || p.champ === 'code_insee' ? 'commune' : p.champ;
    if (!(champ in erreurs))
      erreurs[champ] =
        p.raison === 'Champ obligatoire absent ou vide.' ? 'Ce champ est obligatoire.' : p.raison;
  }
  if (v.listes.services.length === 0 && !erreurs.services) {
    erreurs.services = 'Cochez au moins un service : c’est ce que les personnes recherchent.';
  }
  for (const url of ['prise_rdv', 'fiche_acces_libre'] as const) {
    if (t[url] && !/^https?:\/\/\S+\.\S+/.test(t[url]))
      erreurs[url] = 'Adresse web attendue, commençant par https://';
  }
  const analyse = horaires
    ? analyserHoraires(horaires, { departementCode: commune?.departement ?? null })
    : null;
  if (analyse && !analyse.valide && v.horairesMode === 'texte') {
    erreurs.horaires_texte = `Horaires illisibles (${analyse.erreur ?? 'syntaxe OpenStreetMap attendue'}). Exemple : Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00`;
  }
  if (Object.keys(erreurs).length || !resultat.ok || !commune) return { ok: false, erreurs, candidats };
  return {
    ok: true,
    valeur: { lieu: resultat.lieu, departementCode: commune.departement, horairesAnalyse: analyse },
  };
}

/** Allowed values of each checkbox group (the standard's vocabularies). */
export const VOCABULAIRES: Record<Exclude<ChampCoche, 'typologie'>, readonly string[]> = {
  services: ENUMERATIONS.services,
  publics_specifiquement_adresses: ENUMERATIONS.publics_specifiquement_adresses,
  prise_en_charge_specifique: ENUMERATIONS.prise_en_charge_specifique,
  frais_a_charge: ENUMERATIONS.frais_a_charge,
  dispositif_programmes_nationaux: ENUMERATIONS.dispositif_programmes_nationaux,
  formations_labels: ENUMERATIONS.formations_labels,
  modalites_acces: ENUMERATIONS.modalites_acces,
  modalites_accompagnement: ENUMERATIONS.modalites_accompagnement,
};

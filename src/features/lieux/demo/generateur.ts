import { luhnValide } from '../../structures/index.ts';
import {
  DISPOSITIF_PROGRAMMES_NATIONAUX,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '../domain/standard/enumerations.ts';
import { departementDe, prefixeTelephone, type Ville } from './villes.ts';

/**
 * Plausible places generated from a seed (same seed, same places): names, addresses, services and hours
 * vary like real data. Used by the demo seed and by the search benchmark (30,000 places). Pure.
 */

export function prng(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LieuGenere {
  id: string;
  pivot: string;
  nom: string;
  commune: string;
  codePostal: string;
  codeInsee: string;
  departementCode: string;
  adresse: string;
  latitude: number;
  longitude: number;
  typologie: string[];
  telephone: string | null;
  courriels: string[];
  horaires: string | null;
  presentationResume: string | null;
  source: string;
  itinerance: string[];
  dateMaj: string;
  services: string[];
  publicsSpecifiquementAdresses: string[];
  priseEnChargeSpecifique: string[];
  fraisACharge: string[];
  dispositifProgrammesNationaux: string[];
  modalitesAcces: string[];
  modalitesAccompagnement: string[];
  ficheAccesLibre: string | null;
  priseRdv: string | null;
}

/** Real opening-hours strings, with their share of places (a few unreadable or missing on purpose). */
const HORAIRES: [string | null, number][] = [
  ['Mo-Fr 09:00-12:00,14:00-17:30', 14],
  ['Mo-Fr 08:30-12:00,13:30-17:00; PH off', 10],
  ['Tu-Sa 10:00-12:30,14:00-18:00', 8],
  ['Mo,We,Fr 09:00-12:00', 5],
  ['We 14:00-18:00; Sa 10:00-12:00,14:00-17:00', 6],
  ['Mo-Th 09:00-17:00; Fr 09:00-12:00', 6],
  ['Sa 09:00-12:00', 3],
  ['Mo-Fr 09:00-12:00 "sur rendez-vous"', 4],
  ['Mo-Fr 13:30-17:30', 5],
  ['Tu,Th 09:00-12:00,14:00-16:30; Sa 09:30-12:00', 6],
  ['Mo-Sa 10:00-19:00', 5],
  ['Mo-Fr 08:00-18:00; PH off', 6],
  ['Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off', 8],
  ['Lundi au vendredi de 9h à 12h', 2],
  [null, 5],
];

const TYPES: {
  typologie: string[];
  noms: (c: string, r: () => number) => string;
  poids: number;
  fs?: boolean;
}[] = [
  { typologie: ['BIB'], noms: (c) => `Médiathèque de ${c}`, poids: 14 },
  { typologie: ['RFS'], noms: (c) => `France Services de ${c}`, poids: 10, fs: true },
  { typologie: ['EPN'], noms: (c) => `Espace public numérique de ${c}`, poids: 10 },
  { typologie: ['CS'], noms: (_, r) => `Centre social ${choisir(r, CENTRES)}`, poids: 12 },
  { typologie: ['MQ'], noms: (_, r) => `Maison de quartier ${choisir(r, CENTRES)}`, poids: 7 },
  { typologie: ['MUNI'], noms: (c) => `Mairie de ${c} — accueil numérique`, poids: 8 },
  { typologie: ['CCAS'], noms: (c) => `CCAS de ${c}`, poids: 7 },
  { typologie: ['ASSO'], noms: (_, r) => `Association ${choisir(r, ASSOCIATIONS)}`, poids: 16 },
  { typologie: ['TIERS_LIEUX', 'ASSO'], noms: (_, r) => `Tiers-lieu ${choisir(r, TIERS_LIEUX)}`, poids: 7 },
  { typologie: ['MJC'], noms: (c) => `MJC de ${c}`, poids: 5 },
];
const CENTRES = [
  'Les Tilleuls',
  'La Passerelle',
  'Le Trait d’Union',
  'Jacques Prévert',
  'Louise Michel',
  'Les Coquelicots',
  'Simone Veil',
  'Le Colombier',
  'Jean Moulin',
  'Les Érables',
];
const ASSOCIATIONS = [
  'Les Connectés',
  'Numérique pour tous',
  'Clic Solidaire',
  'Entraide informatique',
  'Le Déclic',
  'Cyber-base solidaire',
  'Pas à pas numérique',
  'Les Petits Débrouillards',
  'Ordi-Partage',
  'Le Lien numérique',
];
const TIERS_LIEUX = ['La Fabrique', 'Le Hangar', 'La Grange numérique', 'L’Établi', 'La Ruche', 'Le Bocal'];
const RUES = [
  'rue de la République',
  'rue Jean Jaurès',
  'rue Victor Hugo',
  'rue du Général de Gaulle',
  'rue Pasteur',
  'rue de la Gare',
  'rue des Écoles',
  'rue Gambetta',
  'avenue Carnot',
  'place de l’Hôtel de Ville',
  'avenue Foch',
  'boulevard de la Liberté',
  'rue Voltaire',
  'place du Marché',
  'rue Émile Zola',
];
const RESUMES = [
  'Accompagnement gratuit pour réaliser vos démarches en ligne et prendre en main votre téléphone ou votre ordinateur.',
  'Ateliers collectifs d’initiation au numérique et accès libre à des ordinateurs connectés.',
  'Des conseillers numériques vous aident, sur rendez-vous ou sans, pour vos démarches et vos usages du quotidien.',
  'Un lieu convivial pour apprendre à utiliser internet, les courriels et les services publics en ligne.',
];

function choisir<T>(r: () => number, t: readonly T[]): T {
  return t[Math.floor(r() * t.length)]!;
}

function pondere<T>(r: () => number, t: readonly [T, number][]): T {
  const total = t.reduce((s, [, p]) => s + p, 0);
  let x = r() * total;
  for (const [v, p] of t) {
    x -= p;
    if (x < 0) return v;
  }
  return t[t.length - 1]![0];
}

function parmi(r: () => number, valeurs: readonly string[], chances: number[]): string[] {
  return valeurs.filter((_, i) => r() < (chances[i] ?? chances[chances.length - 1]!));
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Deterministic uuid (v4 layout) for the n-th generated place of a series. */
export function idLieuGenere(serie: number, n: number): string {
  return `00000000-${String(serie).padStart(4, '0')}-4000-9000-${String(n).padStart(12, '0')}`;
}

/** A random SIRET whose check digit is right (Luhn), so that demo places pass the form's validation. */
export function siretAleatoire(r: () => number): string {
  const debut = Array.from({ length: 13 }, () => Math.floor(r() * 10)).join('');
  for (let cle = 0; cle < 10; cle++) if (luhnValide(`${debut}${cle}`)) return `${debut}${cle}`;
  throw new Error('inatteignable : une clé de Luhn existe toujours');
}

function dateIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The place of rank n in a town, generated from the seeded random source. */
export function genererLieu(
  r: () => number,
  ville: Ville,
  id: string,
  maintenant: Date,
  options: { tauxPerime: number },
): LieuGenere {
  const [codeInsee, nomVille, codePostal, lat, lon] = ville;
  const dep = departementDe(codeInsee);
  const type = pondere(
    r,
    TYPES.map((t) => [t, t.poids] as [typeof t, number]),
  );
  const nom = type.noms(nomVille, r);
  // Within about 2 km of the town centre (0.018° of latitude ≈ 2 km).
  const latitude = Math.round((lat + (r() - 0.5) * 0.036) * 1e6) / 1e6;
  const longitude = Math.round((lon + ((r() - 0.5) * 0.036) / Math.cos((lat * Math.PI) / 180)) * 1e6) / 1e6;
  const services = parmi(r, SERVICES, [0.6, 0.7, 0.3, 0.35, 0.2, 0.25, 0.3, 0.5, 0.1]);
  if (services.length === 0) services.push(choisir(r, SERVICES));
  const perime = r() < options.tauxPerime;
  const jours = perime ? 200 + Math.floor(r() * 400) : Math.floor(r() * 150);
  const dispositifs = parmi(
    r,
    DISPOSITIF_PROGRAMMES_NATIONAUX,
    [0.25, 0.05, 0.1, 0.45, 0.05, 0, 0.03, 0.04, 0.05, 0.04, 0.03],
  );
  if (type.fs && !dispositifs.includes('France Services')) dispositifs.push('France Services');
  const frais = pondere<string[]>(r, [
    [['Gratuit'], 70],
    [['Gratuit sous condition'], 15],
    [['Gratuit', 'Payant'], 8],
    [['Payant'], 7],
  ]);
  const acces = parmi(r, MODALITES_ACCES, [0.7, 0.5, 0.3, 0.2, 0, 0.05]);
  if (acces.length === 0) acces.push('Se présenter');
  const accompagnement = parmi(r, MODALITES_ACCOMPAGNEMENT, [0.4, 0.8, 0.45, 0.15]);
  if (accompagnement.length === 0) accompagnement.push('Accompagnement individuel');
  const numero = String(Math.floor(r() * 1_000_000)).padStart(6, '0');
  return {
    id,
    pivot: siretAleatoire(r),
    nom,
    commune: nomVille,
    codePostal,
    codeInsee,
    departementCode: dep,
    adresse: `${1 + Math.floor(r() * 80)} ${choisir(r, RUES)}`,
    latitude,
    longitude,
    typologie: type.typologie,
    telephone: r() < 0.85 ? `${prefixeTelephone(dep)}${numero}` : null,
    courriels: r() < 0.7 ? [`${slug(nom).slice(0, 40)}@demo.maillage.fr`] : [],
    horaires: pondere(r, HORAIRES),
    presentationResume: r() < 0.8 ? choisir(r, RESUMES) : null,
    source: 'Démonstration Maillage',
    itinerance: r() < 0.06 ? ['Itinérant'] : ['Fixe'],
    dateMaj: dateIso(new Date(maintenant.getTime() - jours * 86_400_000)),
    services,
    publicsSpecifiquementAdresses: parmi(r, PUBLICS_SPECIFIQUEMENT_ADRESSES, [0.15, 0.08, 0.15, 0.25, 0.08]),
    priseEnChargeSpecifique: parmi(r, PRISE_EN_CHARGE_SPECIFIQUE, [0.08, 0.15, 0.08, 0.12, 0.08, 0.06, 0.06]),
    fraisACharge: frais,
    dispositifProgrammesNationaux: dispositifs,
    modalitesAcces: acces,
    modalitesAccompagnement: accompagnement,
    ficheAccesLibre: r() < 0.3 ? 'https://acceslibre.beta.gouv.fr/' : null,
    priseRdv: acces.includes('Prendre un RDV en ligne') ? 'https://www.rdv-solidarites.fr/' : null,
  };
}

import { stringify } from 'csv-stringify/sync';
import { CHAMPS_STANDARD, type NomChamp } from '../domain/standard/champs.ts';

/** Test and bench data: rows in the standard v1.0.2 (the official example row, then variations). */

export const EXEMPLE_OFFICIEL: Record<NomChamp, string> = {
  id: 'structure-1',
  pivot: '43493312300029',
  nom: 'Anonymal',
  commune: 'Reims',
  code_postal: '51100',
  code_insee: '51454',
  adresse: '12 BIS RUE DE LECLERCQ',
  complement_adresse: "Le patio du bois de l'Aulne",
  latitude: '43.52609',
  longitude: '5.41423',
  typologie: 'TIERS_LIEUX|ASSO',
  telephone: '+33180059880',
  courriels: 'contact@laquincaillerie.tl|responsable@laquincaillerie.tl',
  site_web: 'https://www.laquincaillerie.tl/|https://m.facebook.com/laquincaillerienumerique/',
  horaires: 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00',
  presentation_resume:
    'Notre association propose des formations aux outils numériques à destination des personnes âgées.',
  presentation_detail: 'Notre parcours d’initiation permet l’acquisition de compétences numériques de base.',
  source: 'Hubik',
  itinerance: 'Itinérant',
  structure_parente: 'SIRET de la ville pour une bibliothèque.',
  date_maj: '2024-04-02',
  services:
    'Maîtrise des outils numériques du quotidien|Insertion professionnelle via le numérique|Loisirs et créations numériques',
  publics_specifiquement_adresses: 'Jeunes|Femmes',
  prise_en_charge_specifique: 'Surdité|Illettrisme|Langues étrangères (anglais)',
  frais_a_charge: 'Gratuit sous condition|Payant',
  dispositif_programmes_nationaux: 'Aidants Connect|Conseillers numériques|La Croix Rouge',
  formations_labels: 'Formé à « Mon Espace Santé »|Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
  autres_formations_labels: 'Label et la bête',
  modalites_acces: 'Se présenter|Téléphoner',
  modalites_accompagnement: 'Dans un atelier collectif|À distance|En autonomie|Accompagnement individuel',
  fiche_acces_libre:
    'https://acceslibre.beta.gouv.fr/app/29-lampaul-plouarzel/a/bibliotheque-mediatheque/erp/mediatheque-13/',
  prise_rdv: 'https://www.rdv-solidarites.fr/',
};

export type LigneCsv = Partial<Record<NomChamp, string>>;

/** A v1 CSV (all 32 columns, schema order) from rows given as partial overrides of nothing. */
export function csvStandard(lignes: LigneCsv[]): string {
  return stringify([[...CHAMPS_STANDARD], ...lignes.map((l) => CHAMPS_STANDARD.map((c) => l[c] ?? ''))]);
}

const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Accès internet et matériel informatique',
];
const HORAIRES = [
  'Mo-Fr 09:00-12:00,14:00-17:00',
  'Tu-Sa 10:00-12:30,14:00-18:00',
  'Mo,We,Fr 09:00-17:00',
  'Sa 09:00-12:00',
  '',
];
const COMMUNES: [string, string, string, number, number][] = [
  ['Laon', '02000', '02408', 49.5641, 3.6199],
  ['Amiens', '80000', '80021', 49.8941, 2.2958],
  ['Reims', '51100', '51454', 49.2583, 4.0317],
  ['Lille', '59000', '59350', 50.6292, 3.0573],
  ['Bordeaux', '33000', '33063', 44.8378, -0.5792],
];

/** `n` plausible, valid, distinct standard rows (deterministic) for the bench and round-trip tests. */
export function lignesGenerees(n: number, prefixe = 'lieu'): LigneCsv[] {
  const lignes: LigneCsv[] = [];
  for (let i = 0; i < n; i++) {
    const [commune, cp, insee, lat, lon] = COMMUNES[i % COMMUNES.length] as (typeof COMMUNES)[number];
    // Like the national registry: half of the places around towns (±30 km), half spread over
    // metropolitan France (deterministic pseudo-random positions).
    const u = ((i * 7919) % 10007) / 10007;
    const v = ((i * 104729) % 10009) / 10009;
    const autourDeVille = i % 2 === 0;
    const dLat = autourDeVille ? (u - 0.5) * 0.6 : 42.6 + u * 8.3 - lat;
    const dLon = autourDeVille ? (v - 0.5) * 0.8 : -4.4 + v * 12 - lon;
    lignes.push({
      id: `${prefixe}-${i}`,
      pivot: '00000000000000',
      nom: `Espace numérique ${prefixe} n° ${i}`,
      commune,
      code_postal: cp,
      code_insee: insee,
      adresse: `${(i % 200) + 1} rue de la République`,
      latitude: (lat + dLat).toFixed(6),
      longitude: (lon + dLon).toFixed(6),
      typologie: i % 3 === 0 ? 'BIB' : 'ASSO|EPN',
      telephone: `+333${String(20000000 + i).slice(-8)}`,
      courriels: `contact-${i}@exemple.fr`,
      horaires: HORAIRES[i % HORAIRES.length],
      source: 'Générateur de test',
      date_maj: `2024-0${(i % 9) + 1}-15`,
      services: SERVICES.slice(0, (i % SERVICES.length) + 1).join('|'),
      frais_a_charge: i % 2 === 0 ? 'Gratuit' : 'Gratuit sous condition|Payant',
      modalites_acces: 'Se présenter|Téléphoner',
      modalites_accompagnement:
        i % 4 === 0 ? 'En autonomie|Accompagnement individuel' : 'Dans un atelier collectif',
    });
  }
  return lignes;
}

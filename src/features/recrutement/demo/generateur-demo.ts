import { departementDe, prng, VILLES, type Ville } from '../../lieux/index.ts';
import type { StructureType } from '../../structures/index.ts';
import { luhnValide } from '../../structures/index.ts';
import { RAYONS_MOBILITE_KM, type SituationCandidat } from '../domain/types.ts';
import {
  DIPLOMES,
  FONCTIONS,
  MOTIVATIONS_CANDIDAT,
  MOTIVATIONS_STRUCTURE,
  NOMS,
  PRENOMS,
} from './vocabulaire-demo.ts';

/**
 * The recruitment programme's demo state, generated from a fixed seed (same data on every machine):
 * host structures of every type over several départements, and candidates around real towns.
 */

export const GRAINE_RECRUTEMENT = 20210303;

/** Towns of the Oise and the Pas-de-Calais (the places demo has none there). */
const VILLES_EN_PLUS: readonly Ville[] = [
  ['60057', 'Beauvais', '60000', 49.4295, 2.0807, 0],
  ['60159', 'Compiègne', '60200', 49.4179, 2.8261, 0],
  ['60175', 'Creil', '60100', 49.2597, 2.4745, 0],
  ['62041', 'Arras', '62000', 50.291, 2.7775, 0],
  ['62498', 'Lens', '62300', 50.4322, 2.8333, 0],
  ['62193', 'Calais', '62100', 50.9513, 1.8587, 0],
  ['62160', 'Boulogne-sur-Mer', '62200', 50.7264, 1.6147, 0],
];

export const VILLES_RECRUTEMENT: readonly Ville[] = [...VILLES, ...VILLES_EN_PLUS];

/** Structures per département (about 150 in all), the Aisne and the Somme first: the personas live there. */
export const STRUCTURES_PAR_DEPARTEMENT: Record<string, number> = {
  '02': 38,
  '80': 24,
  '59': 24,
  '60': 12,
  '62': 14,
  '75': 16,
  '69': 8,
  '13': 8,
  '33': 6,
};

/** Candidates per département (about 1,500). */
export const CANDIDATS_PAR_DEPARTEMENT: Record<string, number> = {
  '02': 360,
  '80': 220,
  '59': 260,
  '60': 110,
  '62': 140,
  '75': 200,
  '69': 90,
  '13': 80,
  '33': 40,
};

/** What happens to a generated application (spread so that every page has content). */
export type Destin =
  | 'a_examiner'
  | 'avis_favorable'
  | 'avis_defavorable'
  | 'validee_s1'
  | 'validee_s2'
  | 'validee_s1_avenant'
  | 'examen_complementaire'
  | 'refusee'
  | 'abandon';

const DESTINS: Destin[] = [
  'a_examiner',
  'validee_s1',
  'avis_favorable',
  'validee_s2',
  'validee_s1',
  'examen_complementaire',
  'a_examiner',
  'validee_s1_avenant',
  'avis_defavorable',
  'validee_s2',
  'refusee',
  'validee_s1',
  'avis_favorable',
  'abandon',
  'validee_s2',
];

const TYPES: StructureType[] = [
  'COMMUNE',
  'ASSOCIATION',
  'COMMUNE',
  'EPCI',
  'ASSOCIATION',
  'COLLECTIVITE',
  'ENTREPRISE_ESS',
  'COMMUNE',
  'ASSOCIATION',
  'GIP',
  'ENTREPRISE_PRIVEE',
  'EPCI',
];

export interface StructureDemo {
  id: string;
  nom: string;
  siret: string;
  type: StructureType;
  departementCode: string;
  communeCode: string;
  codePostal: string;
  adresse: string;
  latitude: number;
  longitude: number;
  qpv: 'oui' | 'non' | 'sans_objet';
  zrr: boolean;
  franceServices: boolean;
  reseauNational: string | null;
  postesDemandes: number;
  dateDebut: string;
  deposeeLe: Date;
  destin: Destin;
  motivation: string;
  contact: { prenom: string; nom: string; fonction: string; email: string; telephone: string };
}

export interface CandidatDemo {
  id: string;
  prenom: string;
  nom: string;
  email: string;
  telephone: string;
  communeCode: string;
  codePostal: string;
  departementCode: string;
  latitude: number;
  longitude: number;
  rayonMobiliteKm: number | null;
  dateDisponibilite: string;
  situations: SituationCandidat[];
  diplome: boolean;
  diplomeNom: string | null;
  experience: string | null;
  motivation: string;
  niveauPix: number | null;
  statut: 'actif' | 'en_pause';
  inscritLe: Date;
}

const pad = (n: number) => String(n).padStart(12, '0');
export const idStructureDemo = (n: number) => `00000000-0000-4000-8300-${pad(n)}`;
export const idCandidatDemo = (n: number) => `00000000-0000-4000-8310-${pad(n)}`;

function choisir<T>(r: () => number, t: readonly T[]): T {
  return t[Math.floor(r() * t.length)]!;
}

/** A SIRET that passes the checksum (La Poste's establishments use its SIREN and the digit-sum rule). */
export function siretDemo(n: number, laPoste = false): string {
  if (laPoste) {
    const base = `356000000${String(n).padStart(4, '0')}`;
    for (let d = 0; d < 10; d++) {
      const s = `${base}${d}`;
      if ([...s].reduce((a, c) => a + Number(c), 0) % 5 === 0) return s;
    }
  }
  const base = `8${String(n).padStart(5, '0')}21${String(n * 7).padStart(5, '0')}`.slice(0, 13);
  for (let d = 0; d < 10; d++) if (luhnValide(`${base}${d}`)) return `${base}${d}`;
  throw new Error('inaccessible');
}

const jour = (debut: string, jours: number) =>
  new Date(Date.parse(`${debut}T00:00:00Z`) + jours * 86_400_000).toISOString().slice(0, 10);

function nomStructure(
  type: StructureType,
  ville: string,
  depNom: string,
  n: number,
): { nom: string; reseau: string | null } {
  switch (type) {
    case 'COMMUNE':
      return { nom: `Commune de ${ville}`, reseau: null };
    case 'EPCI':
      return {
        nom: n % 2 ? `Communauté d’agglomération de ${ville}` : `Communauté de communes autour de ${ville}`,
        reseau: null,
      };
    case 'DEPARTEMENT':
      return { nom: `Conseil départemental — ${depNom}`, reseau: null };
    case 'REGION':
      return { nom: 'Région Hauts-de-France', reseau: null };
    case 'COLLECTIVITE':
      return { nom: `CCAS de ${ville}`, reseau: null };
    case 'GIP':
      return { nom: `GIP Inclusion numérique de ${ville}`, reseau: null };
    case 'ASSOCIATION':
      return [
        { nom: `Emmaüs Connect ${ville}`, reseau: 'Emmaüs Connect' },
        { nom: `Croix-Rouge française — unité de ${ville}`, reseau: 'Croix-Rouge française' },
        { nom: `Centre social du Lien — ${ville}`, reseau: null },
        { nom: `Association Clic & Lien ${ville}`, reseau: null },
      ][n % 4]!;
    case 'ENTREPRISE_ESS':
      return n % 2
        ? { nom: `Régie de quartier de ${ville}`, reseau: null }
        : { nom: `SCOP Numérique solidaire ${ville}`, reseau: null };
    case 'ENTREPRISE_PRIVEE':
      return n % 2
        ? { nom: `La Poste — bureau de ${ville}`, reseau: 'La Poste' }
        : { nom: `Atelier numérique ${ville} SAS`, reseau: null };
  }
}

/** About 150 host structures; `nomsDepartements` gives "Aisne" for "02". */
export function genererStructures(nomsDepartements: Map<string, string>): StructureDemo[] {
  const r = prng(GRAINE_RECRUTEMENT);
  const out: StructureDemo[] = [];
  let n = 0;
  for (const [dep, total] of Object.entries(STRUCTURES_PAR_DEPARTEMENT)) {
    const villes = VILLES_RECRUTEMENT.filter((v) => departementDe(v[0]) === dep);
    for (let i = 0; i < total; i++) {
      n += 1;
      // One département council per département and one region; the rest follows the type cycle.
      const type: StructureType =
        i === 0 ? 'DEPARTEMENT' : dep === '59' && i === 1 ? 'REGION' : TYPES[n % TYPES.length]!;
      const ville = villes[i % villes.length]!;
      const grande = ville[5] >= 5;
      const { nom, reseau } = nomStructure(type, ville[1], nomsDepartements.get(dep) ?? dep, n);
      const laPoste = reseau === 'La Poste';
      const p = choisir(r, PRENOMS);
      const f = choisir(r, NOMS);
      const destin = DESTINS[(n * 7 + i) % DESTINS.length]!;
      out.push({
        id: idStructureDemo(n),
        // Several structures of one type in one town get a number, so that names stay unique.
        nom: out.some((s) => s.nom === nom) ? `${nom} (${Math.ceil(i / villes.length) + 1})` : nom,
        siret: siretDemo(n, laPoste),
        type,
        departementCode: dep,
        communeCode: ville[0],
        codePostal: ville[2],
        adresse: `${1 + Math.floor(r() * 80)} ${choisir(r, ['rue de la République', 'place de l’Hôtel de Ville', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Gambetta'])}`,
        latitude: ville[3] + (r() - 0.5) * 0.02,
        longitude: ville[4] + (r() - 0.5) * 0.02,
        qpv: grande ? (r() < 0.6 ? 'oui' : 'non') : r() < 0.5 ? 'sans_objet' : 'non',
        zrr: !grande && r() < 0.55,
        franceServices: type === 'COMMUNE' || type === 'EPCI' ? r() < 0.45 : false,
        reseauNational: reseau,
        postesDemandes:
          type === 'DEPARTEMENT' || type === 'REGION' ? 4 + Math.floor(r() * 5) : 1 + Math.floor(r() * 3),
        dateDebut: jour('2021-03-15', Math.floor(r() * 75)),
        deposeeLe: new Date(
          Date.parse('2021-01-05T09:00:00Z') +
            Math.floor(r() * 55) * 86_400_000 +
            Math.floor(r() * 8) * 3_600_000,
        ),
        destin,
        motivation: choisir(r, MOTIVATIONS_STRUCTURE),
        contact: {
          prenom: p,
          nom: f,
          fonction: choisir(r, FONCTIONS),
          email: `contact-${n}@structures.demo.maillage.fr`,
          telephone: `03 ${String(10 + Math.floor(r() * 89))} ${String(10 + Math.floor(r() * 89))} ${String(10 + Math.floor(r() * 89))} ${String(10 + Math.floor(r() * 89))}`,
        },
      });
    }
  }
  return out;
}

/** About 1,500 candidates scattered (up to ~15 km) around the départements' towns. */
export function genererCandidats(): CandidatDemo[] {
  const r = prng(GRAINE_RECRUTEMENT + 1);
  const out: CandidatDemo[] = [];
  let n = 0;
  for (const [dep, total] of Object.entries(CANDIDATS_PAR_DEPARTEMENT)) {
    const villes = VILLES_RECRUTEMENT.filter((v) => departementDe(v[0]) === dep);
    for (let i = 0; i < total; i++) {
      n += 1;
      const ville = villes[Math.floor(r() * villes.length)]!;
      const prenom = choisir(r, PRENOMS);
      const nom = choisir(r, NOMS);
      const situations: SituationCandidat[] =
        r() < 0.6 ? ['demandeur_emploi'] : r() < 0.5 ? ['en_emploi'] : ['en_formation'];
      if (r() < 0.15) situations.push(situations[0] === 'en_formation' ? 'demandeur_emploi' : 'en_formation');
      const diplome = r() < 0.22;
      const rayon = r() < 0.12 ? null : choisir(r, RAYONS_MOBILITE_KM);
      out.push({
        id: idCandidatDemo(n),
        prenom,
        nom,
        email: `${prenom}.${nom}.${n}@candidats.demo.maillage.fr`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, ''),
        telephone: `06 ${String(10 + Math.floor(r() * 89))} ${String(10 + Math.floor(r() * 89))} ${String(10 + Math.floor(r() * 89))} ${String(10 + Math.floor(r() * 89))}`,
        communeCode: ville[0],
        codePostal: ville[2],
        departementCode: dep,
        latitude: ville[3] + (r() - 0.5) * 0.25,
        longitude: ville[4] + (r() - 0.5) * 0.35,
        rayonMobiliteKm: rayon,
        dateDisponibilite: jour('2021-01-15', Math.floor(r() * 150)),
        situations,
        diplome,
        diplomeNom: diplome ? choisir(r, DIPLOMES) : null,
        experience: r() < 0.6 ? 'Accueil du public et accompagnement aux démarches en ligne.' : null,
        motivation: choisir(r, MOTIVATIONS_CANDIDAT),
        niveauPix: r() < 0.4 ? 2 + Math.floor(r() * 5) : null,
        statut: r() < 0.06 ? 'en_pause' : 'actif',
        inscritLe: new Date(Date.parse('2020-11-20T10:00:00Z') + Math.floor(r() * 130) * 86_400_000),
      });
    }
  }
  return out;
}

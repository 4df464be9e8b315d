import { departementDe, prng } from '../../lieux/index.ts';
import { VERSION_THEMATIQUES } from '../domain/vocabulaire.ts';
import { combinaisons } from './noms.ts';
import {
  INDIVIDUELS_PAR_JOUR,
  NOMS,
  POIDS_AUTONOMIES,
  POIDS_DUREES_COLLECTIF,
  POIDS_DUREES_INDIVIDUEL,
  POIDS_GENRES,
  POIDS_MATERIEL_COLLECTIF,
  POIDS_MATERIEL_INDIVIDUEL,
  POIDS_NIVEAUX,
  POIDS_ORIENTATIONS,
  POIDS_STATUTS_PAR_AGE,
  POIDS_THEMATIQUES_ADMINISTRATIVES,
  POIDS_THEMATIQUES_NUMERIQUES,
  POIDS_TRANCHES_AGE,
  type Poids,
  PRENOMS,
  TAUX_ATELIER_PAR_JOUR,
  TAUX_ORIENTATION_INDIVIDUEL,
} from './poids.ts';

/**
 * Plausible activity of conseillers, generated from a seed (same seed, same rows): weekdays mostly,
 * permanences and workshops, named people who come back, anonymous ones, workshops of 4 to 15.
 * The rows are exactly what `enregistrerActivite` writes for the same activities (derived fields
 * included: copies into accompaniments, first accompaniment, last activity date). Pure.
 */

export interface LieuConseiller {
  id: string;
  codeInsee: string | null;
  departementCode: string | null;
}

export interface ConseillerGenere {
  conseillerId: string;
  structureId: string;
  /** The structure's département and commune. */
  departementCode: string;
  communeInsee: string;
  lieux: readonly LieuConseiller[];
  /** 1: full time; 0.3: a third of the activity. */
  intensite: number;
  /** What the conseiller's random stream is derived from (default: their id). */
  cle?: string;
}

export interface OptionsGeneration {
  graine: number;
  /** Inclusive calendar days, YYYY-MM-DD. */
  du: string;
  au: string;
  source: 'demo' | 'generation';
  /** Fake names, phones and e-mails for named people (off for the benchmark: lighter rows). */
  identites?: boolean;
}

export interface LigneBeneficiaire {
  id: string;
  conseillerId: string;
  structureId: string;
  anonyme: boolean;
  prenom: string | null;
  nom: string | null;
  telephone: string | null;
  courriel: string | null;
  anneeNaissance: number | null;
  genre: string;
  trancheAge: string;
  statutSocial: string;
  communeInsee: string | null;
  consentementLe: Date | null;
  derniereActivite: string;
  creeLe: Date;
}

export interface LigneActivite {
  id: string;
  type: 'individuel' | 'collectif';
  structureId: string;
  conseillerId: string;
  date: string;
  dureeMinutes: number;
  typeLieu: 'lieu_activite' | 'domicile' | 'a_distance' | 'autre';
  lieuId: string | null;
  communeInsee: string | null;
  departementCode: string;
  titre: string | null;
  niveau: string | null;
  thematiquesNumeriques: string[];
  thematiquesAdministratives: string[];
  versionThematiques: string;
  materiel: string[];
  autonomie: string | null;
  orientation: string | null;
  source: string;
  creePar: string;
  creeLe: Date;
}

export interface LigneAccompagnement {
  id: string;
  activiteId: string;
  beneficiaireId: string;
  premierAccompagnement: boolean;
  date: string;
  type: 'individuel' | 'collectif';
  structureId: string;
  conseillerId: string;
  departementCode: string;
}

/** One conseiller's rows, activities in chronological order. */
export interface BlocGenere {
  beneficiaires: LigneBeneficiaire[];
  activites: LigneActivite[];
  accompagnements: LigneAccompagnement[];
}

type Alea = () => number;

export function tirer<T>(r: Alea, poids: Poids<T>): T {
  let total = 0;
  for (const [, p] of poids) total += p;
  let x = r() * total;
  for (const [v, p] of poids) {
    x -= p;
    if (x < 0) return v;
  }
  return poids[poids.length - 1]![0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A version-4 UUID drawn from the generator (reproducible). */
export function uuidAlea(r: Alea): string {
  const a = Math.floor(r() * 4294967296);
  const b = Math.floor(r() * 4294967296);
  const c = Math.floor(r() * 4294967296);
  const d = Math.floor(r() * 4294967296);
  const h = (n: number) =>
    HEX[(n >>> 24) & 255]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
  const b2 = ((b & 0xffff0fff) | 0x4000) >>> 0;
  const c2 = ((c & 0x3fffffff) | 0x80000000) >>> 0;
  const hb = h(b2);
  const hc = h(c2);
  return `${h(a)}-${hb.slice(0, 4)}-${hb.slice(4)}-${hc.slice(0, 4)}-${hc.slice(4)}${h(d)}`;
}

/** A stable seed per conseiller, whatever the order they are generated in. */
function graineDe(graine: number, id: string): number {
  let h = graine >>> 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const JOUR_MS = 86_400_000;

function jours(du: string, au: string): { date: string; semaine: number }[] {
  const out: { date: string; semaine: number }[] = [];
  for (let t = Date.parse(`${du}T00:00:00Z`); t <= Date.parse(`${au}T00:00:00Z`); t += JOUR_MS) {
    const d = new Date(t);
    out.push({ date: d.toISOString().slice(0, 10), semaine: d.getUTCDay() });
  }
  return out;
}

function plusieurs(r: Alea, poids: Poids<string>, n: number): string[] {
  const out = new Set<string>();
  for (let i = 0; i < n * 3 && out.size < n; i++) out.add(tirer(r, poids));
  return [...out];
}

const AGES: Record<string, [number, number]> = {
  moins_de_douze: [6, 11],
  douze_dix_huit: [12, 17],
  dix_huit_vingt_quatre: [18, 24],
  vingt_cinq_trente_neuf: [25, 39],
  quarante_cinquante_neuf: [40, 59],
  soixante_soixante_neuf: [60, 69],
  soixante_dix_plus: [70, 92],
};

const TITRES: Record<string, string> = {
  aide_aux_demarches_administratives: 'Faire ses démarches en ligne',
  prendre_en_main_du_materiel: 'Prendre en main son smartphone',
  gere_ses_contenus_numeriques: 'Ranger ses photos et ses fichiers',
  navigation_sur_internet: 'Naviguer sur internet',
  creer_avec_le_numerique: 'Créer avec le numérique',
  email: 'Découvrir sa boîte mail',
  culture_numerique: 'Les mots du numérique',
  bureautique: 'Écrire une lettre avec un traitement de texte',
  securite_numerique: 'Se protéger des arnaques en ligne',
  insertion_professionnelle: 'Chercher un emploi en ligne',
  reseaux_sociaux: 'Garder le contact avec ses proches',
  sante: 'Mon espace santé et Ameli',
};

/** Generates one conseiller's activity over the period. */
export function genererConseiller(c: ConseillerGenere, o: OptionsGeneration): BlocGenere {
  const r = prng(graineDe(o.graine, c.cle ?? c.conseillerId));
  const bloc: BlocGenere = { beneficiaires: [], activites: [], accompagnements: [] };
  /** Named people followed, most recent last (a person comes back within weeks). */
  const suivis: LigneBeneficiaire[] = [];
  const annee = Number(o.au.slice(0, 4));
  // Each named person of one conseiller gets a name nobody else they follow has (a first name that
  // goes with the gender), so the demo's duplicates page shows only the duplicates seeded on purpose.
  const noms = {
    feminin: combinaisons(r, PRENOMS.slice(0, 12)),
    masculin: combinaisons(r, PRENOMS.slice(12)),
  };
  const nomSuivant = (genre: string): { prenom: string; nom: string } => {
    const file =
      genre === 'masculin'
        ? noms.masculin
        : genre === 'feminin'
          ? noms.feminin
          : r() < 0.5
            ? noms.feminin
            : noms.masculin;
    const suivant = file.pop();
    if (suivant) return suivant;
    // More people than names: a numbered name keeps them apart.
    return {
      prenom: PRENOMS[Math.floor(r() * PRENOMS.length)]!,
      nom: `${NOMS[Math.floor(r() * NOMS.length)]!}-${bloc.beneficiaires.length}`,
    };
  };

  const nouveau = (date: string, nomme: boolean, collectif: boolean): LigneBeneficiaire => {
    let trancheAge = tirer(r, POIDS_TRANCHES_AGE);
    // Children come in school workshops, rarely alone.
    if (!collectif && (trancheAge === 'moins_de_douze' || trancheAge === 'douze_dix_huit') && r() < 0.8)
      trancheAge = 'soixante_dix_plus';
    const anonymeSansAge = !nomme && r() < 0.1;
    const statutSocial = anonymeSansAge ? 'non_communique' : tirer(r, POIDS_STATUTS_PAR_AGE[trancheAge]!);
    const genre = tirer(r, POIDS_GENRES);
    const identiteNommee = nomme ? nomSuivant(genre) : null;
    const prenom = identiteNommee?.prenom ?? null;
    const nom = identiteNommee?.nom ?? null;
    const age = AGES[trancheAge]!;
    const identite = nomme && o.identites !== false;
    const b: LigneBeneficiaire = {
      id: uuidAlea(r),
      conseillerId: c.conseillerId,
      structureId: c.structureId,
      anonyme: !nomme,
      prenom,
      nom,
      telephone:
        identite && r() < 0.5
          ? `06 ${String(Math.floor(r() * 1e8))
              .padStart(8, '0')
              .replace(/(\d\d)(?=\d)/g, '$1 ')}`
          : null,
      courriel:
        identite && r() < 0.3
          ? `${prenom!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.${nom!.toLowerCase()}@exemple.demo.maillage.fr`
          : null,
      anneeNaissance: identite && r() < 0.6 ? annee - age[0] - Math.floor(r() * (age[1] - age[0] + 1)) : null,
      genre,
      trancheAge: anonymeSansAge ? 'non_communique' : trancheAge,
      statutSocial,
      communeInsee: r() < 0.7 ? c.communeInsee : null,
      consentementLe: nomme ? instant(date, 9) : null,
      derniereActivite: date,
      creeLe: instant(date, 9),
    };
    bloc.beneficiaires.push(b);
    if (nomme) suivis.push(b);
    return b;
  };

  const revenu = (exclus: Set<string>): LigneBeneficiaire | null => {
    if (suivis.length === 0) return null;
    // Recent people come back more: draw among the last 80 followed.
    const i = suivis.length - 1 - Math.floor(r() * r() * Math.min(80, suivis.length));
    const b = suivis[i]!;
    return exclus.has(b.id) ? null : b;
  };

  const activite = (date: string, type: 'individuel' | 'collectif', personnes: LigneBeneficiaire[]) => {
    const collectif = type === 'collectif';
    const lieuStructure = c.lieux.length > 0 ? c.lieux[Math.floor(r() * c.lieux.length)]! : null;
    let typeLieu: LigneActivite['typeLieu'] = collectif
      ? r() < 0.9
        ? 'lieu_activite'
        : 'autre'
      : tirer(r, [
          ['lieu_activite', 70],
          ['domicile', 8],
          ['a_distance', 12],
          ['autre', 10],
        ] as const);
    if (typeLieu === 'lieu_activite' && !lieuStructure) typeLieu = 'autre';
    const communeInsee =
      typeLieu === 'lieu_activite'
        ? lieuStructure!.codeInsee
        : typeLieu === 'a_distance'
          ? null
          : c.communeInsee;
    const departementCode =
      typeLieu === 'lieu_activite'
        ? (lieuStructure!.departementCode ?? c.departementCode)
        : typeLieu === 'a_distance'
          ? c.departementCode
          : departementDe(c.communeInsee);
    const nbThemes = tirer(r, [
      [1, 68],
      [2, 26],
      [3, 6],
    ] as const);
    const numeriques = plusieurs(r, POIDS_THEMATIQUES_NUMERIQUES, nbThemes);
    const administratives = numeriques.includes('aide_aux_demarches_administratives')
      ? plusieurs(r, POIDS_THEMATIQUES_ADMINISTRATIVES, r() < 0.8 ? 1 : 2)
      : [];
    const a: LigneActivite = {
      id: uuidAlea(r),
      type,
      structureId: c.structureId,
      conseillerId: c.conseillerId,
      date,
      dureeMinutes: tirer(r, collectif ? POIDS_DUREES_COLLECTIF : POIDS_DUREES_INDIVIDUEL),
      typeLieu,
      lieuId: typeLieu === 'lieu_activite' ? lieuStructure!.id : null,
      communeInsee,
      departementCode,
      titre: collectif ? (TITRES[numeriques[0]!] ?? 'Atelier numérique') : null,
      niveau: collectif ? tirer(r, POIDS_NIVEAUX) : null,
      thematiquesNumeriques: numeriques,
      thematiquesAdministratives: administratives,
      versionThematiques: VERSION_THEMATIQUES,
      materiel: plusieurs(
        r,
        collectif ? POIDS_MATERIEL_COLLECTIF : POIDS_MATERIEL_INDIVIDUEL,
        r() < 0.85 ? 1 : 2,
      ),
      autonomie: collectif ? null : tirer(r, POIDS_AUTONOMIES),
      orientation: !collectif && r() < TAUX_ORIENTATION_INDIVIDUEL ? tirer(r, POIDS_ORIENTATIONS) : null,
      source: o.source,
      creePar: c.conseillerId,
      creeLe: instant(date, 16),
    };
    // "aucun" (no equipment) excludes the others.
    if (a.materiel.includes('aucun') && a.materiel.length > 1) a.materiel = ['aucun'];
    bloc.activites.push(a);
    for (const b of personnes) {
      // Chronological order: the first row seen for a person is their first accompaniment.
      const premier = !vus.has(b.id);
      vus.add(b.id);
      if (date > b.derniereActivite) b.derniereActivite = date;
      bloc.accompagnements.push({
        id: uuidAlea(r),
        activiteId: a.id,
        beneficiaireId: b.id,
        premierAccompagnement: premier,
        date,
        type,
        structureId: c.structureId,
        conseillerId: c.conseillerId,
        departementCode,
      });
    }
  };
  const vus = new Set<string>();

  for (const { date, semaine } of jours(o.du, o.au)) {
    if (semaine === 0) continue;
    // Saturdays now and then; days off (leave, training, meetings) on weekdays.
    if (semaine === 6 ? r() > 0.06 : r() < 0.14) continue;
    const individuels = Math.round(tirer(r, INDIVIDUELS_PAR_JOUR) * c.intensite + (r() - 0.5) * 0.5);
    for (let i = 0; i < individuels; i++) {
      const b = r() < 0.38 ? revenu(new Set()) : null;
      activite(date, 'individuel', [b ?? nouveau(date, r() < 0.55, false)]);
    }
    const tauxAtelier = TAUX_ATELIER_PAR_JOUR * c.intensite * (semaine === 2 || semaine === 4 ? 1.5 : 0.8);
    if (r() < tauxAtelier) {
      const n = 4 + Math.floor(((r() + r() + r()) / 3) * 12);
      const presents = new Set<string>();
      const personnes: LigneBeneficiaire[] = [];
      for (let i = 0; i < n; i++) {
        const x = r();
        const b = x < 0.22 ? revenu(presents) : null;
        const p = b ?? nouveau(date, x >= 0.22 && x < 0.3, true);
        if (presents.has(p.id)) continue;
        presents.add(p.id);
        personnes.push(p);
      }
      activite(date, 'collectif', personnes);
    }
  }
  return bloc;
}

function instant(date: string, heureUtc: number): Date {
  return new Date(`${date}T${String(heureUtc).padStart(2, '0')}:00:00Z`);
}

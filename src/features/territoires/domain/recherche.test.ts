import { describe, expect, it } from 'vitest';
import { normaliserNom } from './normalisation.ts';
import {
  analyserRecherche,
  type Candidat,
  classerCandidats,
  cleTriDepartement,
  echapperLike,
  libelleCommune,
  rangCorrespondance,
} from './recherche.ts';

describe('normaliserNom', () => {
  it.each([
    ['Saint-Étienne', 'saint etienne'],
    ['SAINT-ÉTIENNE', 'saint etienne'],
    ['st etienne', 'saint etienne'],
    ['St-Étienne-du-Rouvray', 'saint etienne du rouvray'],
    ['Ste-Marie', 'sainte marie'],
    ['L’Haÿ-les-Roses', 'l hay les roses'],
    ["Villeneuve-d'Ascq", 'villeneuve d ascq'],
    ['Œuilly', 'oeuilly'],
    ['  Laon  ', 'laon'],
  ])('%s → %s', (input, expected) => {
    expect(normaliserNom(input)).toBe(expected);
  });

  it('ne prend pas « st » au milieu d’un mot pour « saint »', () => {
    expect(normaliserNom('Estrées')).toBe('estrees');
    expect(normaliserNom('Sainte-Anne')).toBe('sainte anne');
  });
});

describe('analyserRecherche', () => {
  it('reconnaît un code INSEE ou postal à cinq caractères, Corse comprise', () => {
    expect(analyserRecherche('02000')).toEqual({ type: 'code', code: '02000' });
    expect(analyserRecherche(' 2a004 ')).toEqual({ type: 'code', code: '2A004' });
  });

  it('reconnaît un début de code postal', () => {
    expect(analyserRecherche('020')).toEqual({ type: 'debut-code-postal', prefixe: '020' });
    expect(analyserRecherche('7')).toEqual({ type: 'debut-code-postal', prefixe: '7' });
  });

  it('normalise un nom', () => {
    expect(analyserRecherche('SAINT-ÉTIENNE')).toEqual({ type: 'nom', nom: 'saint etienne' });
    expect(analyserRecherche('st   etienne')).toEqual({ type: 'nom', nom: 'saint etienne' });
  });

  it('comprend le libellé de l’autocomplétion et un nom suivi ou précédé du code postal', () => {
    expect(analyserRecherche('Laon (02000)')).toEqual({ type: 'nom', nom: 'laon', codePostal: '02000' });
    expect(analyserRecherche('Laon 02000')).toEqual({ type: 'nom', nom: 'laon', codePostal: '02000' });
    expect(analyserRecherche('02000 Laon')).toEqual({ type: 'nom', nom: 'laon', codePostal: '02000' });
    expect(analyserRecherche('Saint-Denis (974)')).toEqual({
      type: 'nom',
      nom: 'saint denis',
      departement: '974',
    });
    expect(analyserRecherche('Ajaccio (2a)')).toEqual({ type: 'nom', nom: 'ajaccio', departement: '2A' });
  });

  it('ne garde que le code quand le nom est vide, et rien pour un texte vide', () => {
    expect(analyserRecherche('(02000)')).toEqual({ type: 'code', code: '02000' });
    expect(analyserRecherche('   ')).toBeNull();
    expect(analyserRecherche('--')).toBeNull();
  });
});

describe('echapperLike', () => {
  it('échappe les jokers de LIKE', () => {
    expect(echapperLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('libelleCommune', () => {
  it('affiche le plus petit code postal, sinon le département', () => {
    expect(libelleCommune({ nom: 'Paris', codesPostaux: ['75020', '75001'], departement: '75' })).toBe(
      'Paris (75001)',
    );
    expect(libelleCommune({ nom: 'Papeete', codesPostaux: [], departement: '987' })).toBe('Papeete (987)');
  });

  it('donne un libellé que l’analyse relit', () => {
    const libelle = libelleCommune({ nom: 'Saint-Étienne', codesPostaux: ['42000'], departement: '42' });
    expect(analyserRecherche(libelle)).toEqual({ type: 'nom', nom: 'saint etienne', codePostal: '42000' });
  });
});

describe('classement', () => {
  const c = (code: string, nom: string, population: number | null, sim = {}): Candidat => ({
    code,
    nom,
    nomRecherche: normaliserNom(nom),
    population,
    ...sim,
  });

  it('rang : exact, puis préfixe, puis proche', () => {
    expect(rangCorrespondance('laon', 'laon')).toBe(0);
    expect(rangCorrespondance('laons', 'laon')).toBe(1);
    expect(rangCorrespondance('aulnois sous laon', 'laon')).toBe(2);
  });

  it('met le nom exact d’abord même moins peuplé, puis les préfixes par population', () => {
    const out = classerCandidats(
      [
        c('42218', 'Saint-Étienne-du-Rouvray', 28000),
        c('99999', 'Saint-Étienne-de-Tulmont', 3000),
        c('00001', 'Saint-Étienne', 10),
      ],
      'saint etienne',
      10,
    );
    expect(out.map((x) => x.code)).toEqual(['00001', '42218', '99999']);
  });

  it('départage les homonymes par population (inconnue en dernier) puis par nom', () => {
    const out = classerCandidats(
      [c('a', 'Saint-Denis', null), c('b', 'Saint-Denis', 150000), c('c', 'Saint-Denis', 500)],
      'saint denis',
      10,
    );
    expect(out.map((x) => x.code)).toEqual(['b', 'c', 'a']);
  });

  it('classe les noms proches par proximité puis population, après les préfixes', () => {
    const out = classerCandidats(
      [
        c('sim-loin', 'Fontienne', 300, { similariteMot: 0.6, similarite: 0.4 }),
        c('sim-pres', 'Saint-Étienne', 170000, { similariteMot: 1, similarite: 0.57 }),
        c('sim-pres-petit', 'Villey-Saint-Étienne', 1000, { similariteMot: 1, similarite: 0.4 }),
        c('prefixe', 'Étienville', 10),
      ],
      'etien',
      10,
    );
    expect(out.map((x) => x.code)).toEqual(['prefixe', 'sim-pres', 'sim-pres-petit', 'sim-loin']);
  });

  it('dédoublonne et respecte la limite', () => {
    const laon = c('02408', 'Laon', 25000);
    const out = classerCandidats([laon, laon, c('x', 'Laons', 100), c('y', 'Laonville', 50)], 'laon', 2);
    expect(out.map((x) => x.code)).toEqual(['02408', 'x']);
  });
});

describe('cleTriDepartement', () => {
  it('range la Corse entre 19 et 21 et l’outre-mer à la fin', () => {
    const codes = ['971', '21', '2B', '01', '95', '2A', '19', '976'];
    expect(codes.sort((a, b) => cleTriDepartement(a).localeCompare(cleTriDepartement(b)))).toEqual([
      '01',
      '19',
      '2A',
      '2B',
      '21',
      '95',
      '971',
      '976',
    ]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codes,
  THEMATIQUES_ADMINISTRATIVES,
  THEMATIQUES_NUMERIQUES,
  THEMES_CRA_2021,
  TRANCHES_AGE,
  typeLieuDepuisCanal2021,
  VERSION_THEMATIQUES,
  VERSIONS_THEMATIQUES,
} from './vocabulaire.ts';

const CRA = path.resolve(
  import.meta.dirname,
  '../../../../../shared/data/france-numerique-ensemble/conum_departement-cras.json',
);

describe('vocabulaires de l’activité', () => {
  it('les listes actuelles : 19 thématiques numériques, 11 administratives, 8 tranches d’âge', () => {
    expect(THEMATIQUES_NUMERIQUES).toHaveLength(19);
    expect(THEMATIQUES_ADMINISTRATIVES).toHaveLength(11);
    expect(TRANCHES_AGE).toHaveLength(8);
    expect(VERSIONS_THEMATIQUES[VERSION_THEMATIQUES]?.numeriques).toBe(THEMATIQUES_NUMERIQUES);
  });

  it('chaque thème 2021 va vers des thématiques actuelles qui existent', () => {
    const actuelles = new Set<string>(codes(THEMATIQUES_NUMERIQUES));
    for (const [theme, { vers }] of Object.entries(THEMES_CRA_2021)) {
      for (const v of vers) expect(actuelles.has(v), `${theme} → ${v}`).toBe(true);
    }
    expect(THEMES_CRA_2021.autre?.vers).toEqual([]);
    expect(THEMES_CRA_2021.equipementInformatique?.vers).toEqual([
      'prendre_en_main_du_materiel',
      'gere_ses_contenus_numeriques',
    ]);
  });

  it('le canal 2021 devient le type de lieu actuel', () => {
    expect(['domicile', 'distance', 'autre lieu', 'rattachement'].map(typeLieuDepuisCanal2021)).toEqual([
      'domicile',
      'a_distance',
      'autre',
      'lieu_activite',
    ]);
  });

  it.skipIf(!existsSync(CRA))('chaque thème des comptes rendus réels 2021–2024 a sa correspondance', () => {
    const lignes = JSON.parse(readFileSync(CRA, 'utf8')) as { themes?: Record<string, number> }[];
    const vus = new Set(lignes.flatMap((l) => Object.keys(l.themes ?? {})));
    const sansCorrespondance = [...vus].filter((t) => !(t in THEMES_CRA_2021));
    expect(sansCorrespondance).toEqual([]);
  });
});

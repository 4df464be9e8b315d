import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decrireFiltres, presenterStatistiques } from '../presenter.ts';
import { appliquerSecret, MOINS_DE_11 } from '../public/secret.ts';
import { parts, statistiquesVides } from '../public/statistiques-exemple.ts';
import { exporterCsv } from './csv.ts';
import { sectionsExport } from './tableaux.ts';
import { exporterXlsx } from './xlsx.ts';

function exemple() {
  const s = statistiquesVides();
  s.totaux.activites = 40;
  s.totaux.accompagnements = 52;
  s.seriesMois = [{ periode: '2024-03', activites: 40, accompagnements: 52 }];
  s.repartitions.type = parts({ individuel: 28, collectif: 12 });
  s.repartitions.genre = parts({ feminin: 30, masculin: 22 });
  s.repartitions.communes = parts({ '02408': 40 });
  return s;
}
const filtres = decrireFiltres({
  perimetre: 'France entière',
  du: '2024-03-01',
  au: '2024-03-31',
  type: 'collectif',
});

describe('présentation et exports des statistiques', () => {
  it('met des libellés français et garde les parts', () => {
    const vue = presenterStatistiques(exemple(), new Map([['02408', 'Laon']]));
    expect(vue.repartitions.find((r) => r.cle === 'type')!.lignes[0]).toEqual({
      code: 'individuel',
      libelle: 'Accompagnement individuel',
      nombre: 28,
      pourcentage: 70,
    });
    expect(vue.repartitions.find((r) => r.cle === 'communes')!.lignes[0]!.libelle).toBe('Laon (02408)');
    expect(vue.mois[0]!.libelle).toBe('mars 2024');
    expect(vue.repartitions).toHaveLength(12);
    expect(filtres).toContainEqual({ libelle: 'Période', valeur: 'du 1 mars 2024 au 31 mars 2024' });
  });

  it('CSV : sections, en-têtes français, filtres écrits, relu par csv-parse', () => {
    const csv = exporterCsv(sectionsExport(presenterStatistiques(exemple()), filtres));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lignes = parse(csv.slice(1), { delimiter: ';', relax_column_count: true }) as string[][];
    expect(lignes[0]).toEqual(['Filtres']);
    expect(lignes).toContainEqual(['Type d’activité', 'Atelier collectif']);
    expect(lignes).toContainEqual(['Code', 'Libellé', 'Nombre (accompagnements)', 'Part (%)']);
    expect(lignes).toContainEqual(['feminin', 'Féminin', '30', '58']);
  });

  it('XLSX : une feuille par section, relue par exceljs, valeurs masquées en texte', async () => {
    const s = exemple();
    s.repartitions.genre = parts({ feminin: 45, masculin: 5, non_communique: 2 });
    const buffer = await exporterXlsx(sectionsExport(presenterStatistiques(appliquerSecret(s)), filtres));
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(classeur.worksheets.map((w) => w.name)).toContain('Tranche d’âge');
    const genre = classeur.getWorksheet('Genre')!;
    expect(genre.getRow(1).values).toEqual([
      undefined,
      'Code',
      'Libellé',
      'Nombre (accompagnements)',
      'Part (%)',
    ]);
    expect(genre.getRow(3).values).toEqual([undefined, 'masculin', 'Masculin', MOINS_DE_11, '']);
    expect(classeur.getWorksheet('Totaux')!.getRow(2).values).toEqual([undefined, 'Activités', 40]);
  });
});

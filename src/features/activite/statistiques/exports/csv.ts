import { stringify } from 'csv-stringify/sync';
import type { SectionExport } from './tableaux.ts';

/**
 * One CSV file, sections one after another (title line, headers, rows, blank line), separated by
 * semicolons with a BOM so that a spreadsheet opens it in French settings with accents intact.
 */
export function exporterCsv(sections: readonly SectionExport[]): string {
  const lignes: (string | number)[][] = [];
  for (const s of sections) {
    lignes.push([s.titre], s.colonnes, ...s.lignes, []);
  }
  return `\uFEFF${stringify(lignes, { delimiter: ';', record_delimiter: '\r\n' })}`;
}

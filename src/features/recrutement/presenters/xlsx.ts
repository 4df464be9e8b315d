import ExcelJS from 'exceljs';

export interface Colonne<T> {
  cle: keyof T & string;
  titre: string;
  largeur?: number;
}

export interface Feuille<T extends Record<string, unknown>> {
  nom: string;
  colonnes: Colonne<T>[];
  lignes: T[];
}

/** A spreadsheet people open in their office suite: bold frozen header, filters, sensible widths. */
export async function classeurXlsx(
  feuilles: Feuille<Record<string, unknown>>[],
  meta: { titre: string; maintenant: Date },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Maillage — ANCT';
  wb.title = meta.titre;
  wb.created = meta.maintenant;
  for (const f of feuilles) {
    const ws = wb.addWorksheet(f.nom.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = f.colonnes.map((c) => ({ header: c.titre, key: c.cle, width: c.largeur ?? 18 }));
    ws.getRow(1).font = { bold: true };
    for (const l of f.lignes) ws.addRow(l);
    if (f.colonnes.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: f.colonnes.length } };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const TYPE_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

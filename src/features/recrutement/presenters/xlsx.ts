import ExcelJS from 'exceljs';

export interface Colonne<T> {
  cle: keyof T & string;
  titre: string;
  largeur?: number;
  /**
   * `date`: a calendar day (`YYYY-MM-DD` string or Date) written as a real date cell, shown 19/02/2021;
   * `mois`: a month (`YYYY-MM`), a date cell on the 1st shown "févr. 2021". Office suites then sort and
   * filter them as dates, not text.
   */
  type?: 'date' | 'mois';
}

const FORMATS = { date: 'dd/mm/yyyy', mois: 'mmm yyyy' } as const;

/** A calendar day or month as the UTC midnight Date ExcelJS writes as that day (no time zone shift). */
export function celluleDate(v: unknown): Date | unknown {
  if (v instanceof Date) return new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
  if (typeof v !== 'string') return v;
  const m = v.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?/);
  if (!m) return v;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  return Number.isNaN(d.getTime()) ? v : d;
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
    ws.columns = f.colonnes.map((c) => ({
      header: c.titre,
      key: c.cle,
      width: c.largeur ?? 18,
      ...(c.type ? { style: { numFmt: FORMATS[c.type] } } : {}),
    }));
    ws.getRow(1).font = { bold: true };
    const dates = f.colonnes.filter((c) => c.type).map((c) => c.cle);
    for (const l of f.lignes) {
      const ligne = dates.length ? { ...l } : l;
      for (const cle of dates) ligne[cle] = celluleDate(ligne[cle]);
      ws.addRow(ligne);
    }
    if (f.colonnes.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: f.colonnes.length } };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const TYPE_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

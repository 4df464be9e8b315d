import ExcelJS from 'exceljs';
import type { SectionExport } from './tableaux.ts';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function nomFeuille(titre: string, pris: Set<string>): string {
  const base =
    titre
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 28)
      .trim() || 'Feuille';
  let nom = base;
  for (let i = 2; pris.has(nom); i++) nom = `${base.slice(0, 26)} ${i}`;
  pris.add(nom);
  return nom;
}

/** One sheet per section, bold headers, frozen header row. */
export async function exporterXlsx(sections: readonly SectionExport[]): Promise<Buffer> {
  const classeur = new ExcelJS.Workbook();
  classeur.creator = 'Maillage';
  const pris = new Set<string>();
  for (const s of sections) {
    const feuille = classeur.addWorksheet(nomFeuille(s.titre, pris), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    feuille.addRow(s.colonnes).font = { bold: true };
    for (const l of s.lignes) feuille.addRow(l);
    feuille.columns.forEach((c, i) => {
      c.width = i === 0 || s.colonnes[i] === 'Libellé' ? 40 : 18;
    });
  }
  return Buffer.from(await classeur.xlsx.writeBuffer());
}

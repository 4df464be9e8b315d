import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Db } from '../../../db/client.ts';
import { chequesDeLaStructure, type FiltresCheques } from './repo.ts';

/** Beyond this, a statement is split by period (a structure sends one per issuer and month or quarter). */
export const RELEVE_MAX = 10_000;

export interface LigneReleve {
  numero: string;
  emetteur: string;
  valeurCentimes: number;
  dateActivite: string;
  valableJusquau: string;
}

export interface Releve {
  lignes: LigneReleve[];
  total: { nombre: number; valeurCentimes: number };
  parEmetteur: { emetteur: string; nombre: number; valeurCentimes: number }[];
}

/** The cheques of a structure for one issuer (or all) over one period, with totals. */
export async function releveCheques(db: Db, structureId: string, f: FiltresCheques): Promise<Releve> {
  const rows = await chequesDeLaStructure(db, structureId, f, RELEVE_MAX);
  const lignes = rows.map((r) => ({
    numero: r.numero,
    emetteur: r.emetteur,
    valeurCentimes: r.valeurCentimes,
    dateActivite: r.dateActivite,
    valableJusquau: r.valableJusquau,
  }));
  const par = new Map<string, { nombre: number; valeurCentimes: number }>();
  for (const l of lignes) {
    const e = par.get(l.emetteur) ?? { nombre: 0, valeurCentimes: 0 };
    e.nombre += 1;
    e.valeurCentimes += l.valeurCentimes;
    par.set(l.emetteur, e);
  }
  return {
    lignes,
    total: { nombre: lignes.length, valeurCentimes: lignes.reduce((s, l) => s + l.valeurCentimes, 0) },
    parEmetteur: [...par.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'fr'))
      .map(([emetteur, v]) => ({ emetteur, ...v })),
  };
}

const ENTETES = ['Numéro du chèque', 'Émetteur', 'Valeur (€)', 'Date de l’activité', 'Valable jusqu’au'];
const euros = (c: number) => (c / 100).toFixed(2).replace('.', ',');
const jjmmaaaa = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * CSV for spreadsheets set up in French: `;` separator, decimal comma, UTF-8 with a BOM, one line per
 * cheque then one total line per issuer and a general total.
 */
export function releveCsv(r: Releve): string {
  const lignes: string[][] = [ENTETES];
  for (const l of r.lignes)
    lignes.push([
      l.numero,
      l.emetteur,
      euros(l.valeurCentimes),
      jjmmaaaa(l.dateActivite),
      jjmmaaaa(l.valableJusquau),
    ]);
  for (const e of r.parEmetteur)
    lignes.push([
      `Total ${e.emetteur}`,
      `${e.nombre} chèque${e.nombre > 1 ? 's' : ''}`,
      euros(e.valeurCentimes),
      '',
      '',
    ]);
  lignes.push([
    'Total général',
    `${r.total.nombre} chèque${r.total.nombre > 1 ? 's' : ''}`,
    euros(r.total.valeurCentimes),
    '',
    '',
  ]);
  return `\uFEFF${stringify(lignes, { delimiter: ';' })}`;
}

function jour(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The same statement as a workbook: the cheques (real dates and amounts), then the totals sheet. */
export async function releveXlsx(r: Releve, meta: { titre: string; maintenant: Date }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Maillage — ANCT';
  wb.title = meta.titre;
  wb.created = meta.maintenant;
  const ws = wb.addWorksheet('Chèques', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: ENTETES[0], key: 'numero', width: 24 },
    { header: ENTETES[1], key: 'emetteur', width: 28 },
    { header: ENTETES[2], key: 'valeur', width: 12, style: { numFmt: '#,##0.00' } },
    { header: ENTETES[3], key: 'date', width: 18, style: { numFmt: 'dd/mm/yyyy' } },
    { header: ENTETES[4], key: 'validite', width: 18, style: { numFmt: 'dd/mm/yyyy' } },
  ];
  ws.getRow(1).font = { bold: true };
  for (const l of r.lignes)
    ws.addRow({
      numero: l.numero,
      emetteur: l.emetteur,
      valeur: l.valeurCentimes / 100,
      date: jour(l.dateActivite),
      validite: jour(l.valableJusquau),
    });
  const total = ws.addRow({
    numero: 'Total général',
    emetteur: `${r.total.nombre} chèques`,
    valeur: r.total.valeurCentimes / 100,
  });
  total.font = { bold: true };

  const t = wb.addWorksheet('Totaux par émetteur');
  t.columns = [
    { header: 'Émetteur', key: 'emetteur', width: 28 },
    { header: 'Nombre de chèques', key: 'nombre', width: 18 },
    { header: 'Montant (€)', key: 'valeur', width: 14, style: { numFmt: '#,##0.00' } },
  ];
  t.getRow(1).font = { bold: true };
  for (const e of r.parEmetteur)
    t.addRow({ emetteur: e.emetteur, nombre: e.nombre, valeur: e.valeurCentimes / 100 });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

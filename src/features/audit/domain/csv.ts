/** CSV for spreadsheet software used in French administrations: `;` separator, UTF-8 with BOM. */
export const CSV_SEPARATEUR = ';';
export const CSV_BOM = '\uFEFF';

/**
 * One cell: quoted when needed, and a leading = + - @ (or tab/CR) neutralised so a spreadsheet never
 * runs a value as a formula (CSV injection).
 */
export function celluleCsv(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function ligneCsv(values: unknown[]): string {
  return `${values.map(celluleCsv).join(CSV_SEPARATEUR)}\r\n`;
}

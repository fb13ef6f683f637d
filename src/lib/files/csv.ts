/**
 * CSV as PRODUCT.md « Exports » says: UTF-8 with a byte-order mark (so Excel reads the accents), `;` as
 * separator (so a French Excel splits the columns), headers in the active language, CRLF line ends
 * (RFC 4180), and the source line after the data.
 */
/** A table to write: what `charts/tables.ts` models, in the shape this file needs. */
export interface CsvTable {
  corner: string;
  columns: readonly { label: string }[];
  rows: readonly CsvRow[];
  footers: readonly CsvRow[];
}
interface CsvRow {
  label: string;
  values: readonly (string | number | null)[];
}

export const BOM = '\uFEFF';
export const SEPARATOR = ';';

/** Quotes a field when it holds the separator, a quote or a line break (RFC 4180). */
export function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Numbers are written without grouping and with the locale's decimal mark, since the separator is `;`
 * precisely so that « 0,25 » can stay a French number.
 */
export function number(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 4 }).format(value);
}

export function toCsv(table: CsvTable, source: string, locale: string): string {
  const cell = (v: string | number | null) =>
    v === null ? '' : typeof v === 'number' ? number(v, locale) : field(v);
  const lines = [
    [table.corner, ...table.columns.map((c) => c.label)],
    ...table.rows.map((r) => [r.label, ...r.values]),
    ...table.footers.map((r) => [r.label, ...r.values]),
  ].map((row) => row.map(cell).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n\r\n${field(source)}\r\n`;
}

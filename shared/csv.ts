// CSV as Excel opens it: UTF-8 with a byte-order mark (so Vietnamese diacritics survive), CRLF line
// ends, and fields quoted when they hold a comma, a quote or a line break.

export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// CSV as Excel opens it: UTF-8 with a byte-order mark (so Vietnamese diacritics survive), CRLF line
// ends, and fields quoted when they hold a comma, a quote or a line break. Text that a spreadsheet
// would run as a formula (a staff name or reason typed as "=HYPERLINK(…)") is kept as text.

export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  // A leading apostrophe makes Excel and LibreOffice show the cell as text (OWASP's CSV injection advice).
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

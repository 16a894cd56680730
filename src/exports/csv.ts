/*
 * CSV as RFC 4180 writes it: CRLF between records (and after the last), a field in double quotes
 * when it holds a comma, a double quote, CR or LF, and a quote inside one written twice.
 */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A spreadsheet reads a cell that starts with =, +, -, @ (or a tab or CR) as a formula. Quoting
 * does not stop it, and prefixing the cell would change the data, so such a text cell stops the
 * build for a person to look at rather than ship a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new Error(`CSV row ${index + 1} has ${row.length} fields, the header ${header.length}`);
    for (const value of row) {
      if (FORMULA_START.test(value))
        throw new Error(`CSV row ${index + 1}: "${value}" would open as a spreadsheet formula`);
    }
  }
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * The byte-order mark: Excel reads a CSV without it in the system's legacy code page, which
 * turns “ ” – into mojibake; with it, Excel, LibreOffice and Numbers all read UTF-8. Python's
 * csv module wants encoding="utf-8-sig" to drop it; pandas and R's readr drop it themselves.
 */
export const UTF8_BOM = '\uFEFF';

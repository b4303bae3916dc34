import type { Command } from 'commander';
import { CliError } from './cli-error.js';

/** How numbers and fields are written: `,` and `.` by default; `;` and `,` for French Excel. */
export interface CsvFormat {
  sep: string;
  decimal: string;
}

/** A CSV cell: a number (written with the chosen decimal mark), text, or nothing (null: empty). */
export type CsvCell = string | number | null;

/** Adds `--csv <file>`, `--sep <char>` and `--decimal <char>` to a command. */
export function addCsvOptions(command: Command): Command {
  return command
    .option('--csv <file>', 'also write the figures per queue and interval, and totals, as CSV')
    .option('--sep <char>', "CSV field separator: ',' ';' or 'tab' (';' for French Excel)", ',')
    .option('--decimal <char>', "CSV decimal mark: '.' or ',' (',' for French Excel)", '.');
}

/** The CSV format of `--sep` and `--decimal`; a usage error for anything else, or when they clash. */
export function csvFormat(o: { sep: string; decimal: string }): CsvFormat {
  const sep = o.sep === 'tab' || o.sep === '\\t' ? '\t' : o.sep;
  if (![',', ';', '\t'].includes(sep))
    throw new CliError(`option --sep must be ',', ';' or 'tab', got '${o.sep}'`, 2);
  if (!['.', ','].includes(o.decimal))
    throw new CliError(`option --decimal must be '.' or ',', got '${o.decimal}'`, 2);
  if (sep === o.decimal)
    throw new CliError(
      `option --decimal '${o.decimal}' is also the separator: use --sep ';' with --decimal ','`,
      2,
    );
  return { sep, decimal: o.decimal };
}

function cell(value: CsvCell, format: CsvFormat): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return value > 0 ? 'inf' : value < 0 ? '-inf' : '';
    const text = String(Number(value.toFixed(6)));
    return format.decimal === '.' ? text : text.replace('.', format.decimal);
  }
  return /["\n\r]/.test(value) || value.includes(format.sep) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV text: a header line then one line per row, lines ending in CRLF as spreadsheets expect. */
export function toCsv(headers: string[], rows: CsvCell[][], format: CsvFormat): string {
  return [headers, ...rows]
    .map((row) => row.map((v) => cell(v, format)).join(format.sep))
    .join('\r\n')
    .concat('\r\n');
}

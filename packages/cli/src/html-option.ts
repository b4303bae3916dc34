import type { Command } from 'commander';
import { type HtmlReport, htmlReport } from './html-report.js';
import { outputFormat, writeOutput } from './write-output.js';

/** Adds `--html <file>` to a command. */
export function addHtmlOption(command: Command): Command {
  return command.option(
    '--html <file>',
    'also write a self-contained HTML report with per-interval charts (.html)',
  );
}

/** Checks the `--html` file name before any work is done. */
export function checkHtmlFile(file: string | undefined): void {
  if (file !== undefined) outputFormat(file, '--html', { '.html': 'html', '.htm': 'html' });
}

/** Writes the HTML report to `file` when the option was given. */
export function writeHtml(file: string | undefined, report: () => HtmlReport): void {
  if (file !== undefined) writeOutput(file, htmlReport(report()), '--html');
}

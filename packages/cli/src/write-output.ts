import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { CliError } from './cli-error.js';

/**
 * Writes `text` to `file` whole or not at all: first to a temporary file beside it, then renamed
 * over it, so a failure never leaves a half-written file. An unwritable place (no such directory,
 * no permission) is a usage error naming the file and the reason.
 */
export function writeOutput(file: string, text: string, option: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `no such directory '${dirname(file)}'`
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : String(code ?? error);
    throw new CliError(`cannot write ${option} '${file}': ${why}`, 2);
  }
}

/**
 * The format of an output file from its extension, one of `formats` (e.g. `{ '.json': 'json' }`);
 * any other extension is a usage error listing the accepted ones, never a silent default.
 */
export function outputFormat<F extends string>(file: string, option: string, formats: Record<string, F>): F {
  const format = formats[extname(file).toLowerCase()];
  if (format === undefined) {
    throw new CliError(
      `option ${option} writes ${Object.keys(formats).join(', ')} files (chosen by the extension), got '${file}'`,
      2,
    );
  }
  return format;
}

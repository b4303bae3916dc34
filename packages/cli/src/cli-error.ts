/**
 * An error the command line reports as one clear message (no stack trace) with a non-zero exit:
 * bad option values, unreadable files, invalid scenarios.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Parses a numeric option, or throws a CliError naming the option and the value. */
export function numberOption(
  name: string,
  raw: string,
  check: (value: number) => boolean,
  rule: string,
): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) {
    throw new CliError(`option ${name} must be ${rule}, got '${raw}'`, 2);
  }
  return value;
}

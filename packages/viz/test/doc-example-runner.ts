// Reads and runs the `@example` of the doc comments of the visualiser's files, as sim-core's
// test/example-runner.ts does for the library: an example is a fenced ```ts block, its `import`
// lines are dropped (the names it uses are put in scope), and a line `expr // => value` asserts that
// `expr` equals `value`: numbers to the precision written, anything else deeply.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const VIZ_DIR = join(import.meta.dirname, '..');

/** One example: the file (relative to packages/viz), the line of its `@example`, the function it documents. */
export interface DocExample {
  file: string;
  line: number;
  fn: string;
  code: string;
}

/** The .ts and .mjs files under `dir` (relative to packages/viz), recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(VIZ_DIR, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The functions `file` exports, each with the `@example` of the doc comment just above it (null: none). */
export function documentedFunctions(file: string): { fn: string; example: DocExample | null }[] {
  const text = readFileSync(join(VIZ_DIR, file), 'utf8');
  const found: { fn: string; example: DocExample | null }[] = [];
  const exported = /^export (?:async )?function (\w+)/gm;
  for (let m = exported.exec(text); m !== null; m = exported.exec(text)) {
    const before = text.slice(0, m.index).trimEnd();
    const comment = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : '';
    const block = /@example\s*\n\s*\*\s*```(?:ts|js)?\n([\s\S]*?)\n\s*\*\s*```/.exec(comment);
    const fn = m[1]!;
    if (block === null) {
      found.push({ fn, example: null });
      continue;
    }
    const code = block[1]!
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    const at = before.length - comment.length + block.index;
    found.push({ fn, example: { file, fn, line: text.slice(0, at).split('\n').length + 1, code } });
  }
  return found;
}

/** The examples of the files under `dir`. */
export function examplesUnder(dir: string): DocExample[] {
  return sourceFiles(dir).flatMap((file) => documentedFunctions(file).flatMap((f) => f.example ?? []));
}

/** `code` as the body of an async function: imports dropped, `// =>` lines turned into `__check` calls. */
export function compileExample(code: string): string {
  return code
    .split('\n')
    .filter((l) => !/^\s*import\s[\s\S]*from\s+['"][^'"]+['"];?\s*$/.test(l))
    .map((l) => {
      const m = /^(\s*)(.*?);?\s*\/\/\s*=>\s*(.+)$/.exec(l);
      if (!m) return l;
      return `${m[1]}__check(${m[2]}, ${JSON.stringify(m[3]?.trim())}, ${JSON.stringify(m[2])});`;
    })
    .join('\n');
}

/**
 * Why `actual` does not match `expectedText` (the text after `// =>`), or null when it does.
 * Self-contained (no outside names), so that the browser tests can send its source to a page.
 */
export function mismatch(actual: unknown, expectedText: string, what: string): string | null {
  if (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(expectedText)) {
    const decimals = /\.(\d+)/.exec(expectedText)?.[1]?.length ?? 0;
    const tolerance = /e/i.test(expectedText) ? Math.abs(Number(expectedText)) * 1e-3 : 0.5 * 10 ** -decimals;
    const ok = typeof actual === 'number' && Math.abs(actual - Number(expectedText)) <= tolerance;
    return ok ? null : `${what} = ${String(actual)}, expected ${expectedText}`;
  }
  const same = (a: unknown, b: unknown): boolean => {
    if (Object.is(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  };
  // The expected value is a literal written in our own documentation.
  const expected = new Function(`return (${expectedText});`)();
  return same(actual, expected) ? null : `${what} = ${JSON.stringify(actual)}, expected ${expectedText}`;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

/** Runs `example` in this process with the names of `scope` defined; returns the failed checks. */
export async function runExample(example: DocExample, scope: Record<string, unknown>): Promise<string[]> {
  const failures: string[] = [];
  const check = (actual: unknown, expected: string, what: string) => {
    const why = mismatch(actual, expected, what);
    if (why !== null) failures.push(why);
  };
  const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const body = `const { ${names.join(', ')} } = scope;\n${compileExample(example.code)}`;
  await new AsyncFunction('scope', '__check', body)(scope, check);
  return failures;
}

/** `file` relative to packages/viz. */
export function vizPath(file: string): string {
  return relative(VIZ_DIR, file);
}

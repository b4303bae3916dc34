import highsModule, { type Highs, type InitOptions } from 'highs';

// The package ships ES modules (its default export is the loader) with CommonJS-style types, which
// TypeScript reads as a namespace holding `default`: take whichever the runtime gives.
type Loader = (options?: InitOptions) => Promise<Highs>;
const loadHighs = ((highsModule as unknown as { default?: Loader }).default ??
  (highsModule as unknown as Loader)) as Loader;

let shared: Promise<Highs> | undefined;

/**
 * The HiGHS solver (WebAssembly), loaded once and shared; with `options` (e.g. `locateFile` for a
 * browser serving `highs.wasm` elsewhere), a new instance loaded with them.
 */
export function highsSolver(options?: InitOptions): Promise<Highs> {
  if (options !== undefined) return loadHighs(options);
  shared ??= loadHighs();
  return shared;
}

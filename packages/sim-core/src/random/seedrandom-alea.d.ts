// Types for the one seedrandom module we import: its Alea generator, loaded by path so that the slow
// default ARC4 generator (and its optional `crypto` require) stays out of browser bundles.
declare module 'seedrandom/lib/alea.js' {
  interface AleaPrng {
    /** Uniform in [0, 1) with 32 bits of resolution. */
    (): number;
    /** Uniform in [0, 1) with 53 bits of resolution (two draws). */
    double(): number;
    /** Signed 32-bit integer. */
    int32(): number;
    quick(): number;
  }
  function alea(seed: string): AleaPrng;
  export = alea;
}

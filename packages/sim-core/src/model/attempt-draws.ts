import { Exponential } from '../random/exponential.js';
import type { Distribution } from '../random/types.js';
import type { ModelConfig } from './model-config.js';

/**
 * What a first call draws when it arrives: its handle time and its patience, each from its queue's
 * own named stream (`handleTime/<id>`, `patience/<id>`), so callers do not depend on staffing (common
 * random numbers). Exponential draws are computed inline — the same arithmetic as
 * `Exponential.sample`, so the same numbers — because a call through the `Distribution` interface
 * would be megamorphic across distribution kinds on the hot path. O(1) per draw, no allocation.
 */
export class AttemptDraws {
  /** Per queue, the what-if factor on the handle time of calls arriving from now on (`setFactors`). */
  readonly handleFactor: Float64Array;
  private readonly config: ModelConfig;
  /** Per queue, the mean of an exponential handle time, else 0 (then its `sample` is called). */
  private readonly handleMean: Float64Array;
  /** Per queue, the mean of an exponential patience, else 0. */
  private readonly patienceMean: Float64Array;

  constructor(config: ModelConfig) {
    this.config = config;
    this.handleMean = Float64Array.from(config.handleTime, exponentialMean);
    this.patienceMean = Float64Array.from(config.patience, exponentialMean);
    this.handleFactor = new Float64Array(config.queueIds.length).fill(1);
  }

  /** The handle time of a call of queue `q` arriving now, what-if factor applied. */
  handleTime(q: number): number {
    const mean = this.handleMean[q]!;
    const rng = this.config.handleTimeRng[q]!;
    return (
      (mean > 0 ? -mean * Math.log(1 - rng()) : this.config.handleTime[q]!.sample(rng)) *
      this.handleFactor[q]!
    );
  }

  /** The mean of queue `q`'s patience when it is exponential, else 0. */
  exponentialPatience(q: number): number {
    return this.patienceMean[q]!;
  }

  /**
   * The uniform an exponential patience of queue `q` is drawn from (`patience` draws the same one):
   * the patience is `−mean × log(1 − u)`, computed only when needed.
   */
  patienceUniform(q: number): number {
    return this.config.patienceRng[q]!();
  }

  /** The exponential patience of queue `q` drawn from the uniform `u` (see `patienceUniform`). */
  exponentialFrom(q: number, u: number): number {
    return -this.patienceMean[q]! * Math.log(1 - u);
  }

  /** The patience of a call of queue `q` arriving now: Infinity when its callers never hang up. */
  patience(q: number): number {
    const mean = this.patienceMean[q]!;
    const rng = this.config.patienceRng[q]!;
    if (mean > 0) return -mean * Math.log(1 - rng());
    const dist = this.config.patience[q]!;
    return dist === null ? Number.POSITIVE_INFINITY : dist.sample(rng);
  }
}

/** The mean of `dist` if it is exponential, else 0 (then the model calls its `sample`). */
function exponentialMean(dist: Distribution | null): number {
  return dist instanceof Exponential ? dist.mean : 0;
}

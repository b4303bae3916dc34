/** A source of uniform numbers in [0, 1), such as a seedrandom generator. */
export type Rng = () => number;

/** A validated probability distribution on non-negative numbers (times in seconds). */
export interface Distribution {
  /** Analytic mean. */
  readonly mean: number;
  /** One draw using the uniform source `rng`. */
  sample(rng: Rng): number;
  /** Cumulative distribution function P(X ≤ x). */
  cdf(x: number): number;
}

/** The scenario notation of a single distribution, every kind but a mixture (docs/scenario.md). */
export type SimpleDistributionSpec =
  | { dist: 'exponential'; mean: number }
  | { dist: 'lognormal'; mean: number; cv: number }
  | { dist: 'gamma'; mean: number; cv: number }
  | { dist: 'weibull'; mean: number; shape: number }
  | { dist: 'deterministic'; value: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'empirical'; values: number[] };

/** One part of a mixture: a single distribution and its weight (the weights sum to 1). */
export type MixturePartSpec = SimpleDistributionSpec & { weight: number };

/** The scenario notation of a distribution (docs/scenario.md): a single one or a mixture of them. */
export type DistributionSpec = SimpleDistributionSpec | { dist: 'mixture'; parts: MixturePartSpec[] };

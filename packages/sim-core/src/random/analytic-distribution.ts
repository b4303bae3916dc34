import type { Distribution, DistributionSpec } from './types.js';

/**
 * What every distribution built by `createDistribution` offers beyond {@link Distribution}: the
 * validated spec it was built from and its analytic variance (used for confidence intervals,
 * coefficients of variation and tests).
 */
export interface AnalyticDistribution extends Distribution {
  readonly spec: DistributionSpec;
  readonly variance: number;
}

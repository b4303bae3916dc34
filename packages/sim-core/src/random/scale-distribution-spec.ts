import type { DistributionSpec, SimpleDistributionSpec } from './types.js';

function scaleSimple(spec: SimpleDistributionSpec, factor: number): SimpleDistributionSpec {
  switch (spec.dist) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'weibull':
      return { ...spec, mean: spec.mean * factor };
    case 'deterministic':
      return { ...spec, value: spec.value * factor };
    case 'uniform':
      return { ...spec, min: spec.min * factor, max: spec.max * factor };
    case 'empirical':
      return { ...spec, values: spec.values.map((v) => v * factor) };
  }
}

/**
 * The spec of `factor` × X for X distributed as `spec`: every kind is a scale family, so the result
 * is the same kind with its time parameters multiplied (means, values, bounds) and its shape (cv,
 * Weibull shape, mixture weights) unchanged. Used by the `growth` block on handle times. O(size of
 * the spec).
 */
export function scaleDistributionSpec(spec: DistributionSpec, factor: number): DistributionSpec {
  if (spec.dist === 'mixture') {
    return {
      ...spec,
      parts: spec.parts.map((part) => ({ ...scaleSimple(part, factor), weight: part.weight })),
    };
  }
  return scaleSimple(spec, factor);
}

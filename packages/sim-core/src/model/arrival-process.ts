/**
 * First-time arrivals of every queue: a non-homogeneous Poisson process whose rate is constant within
 * each interval (expected calls ÷ interval length, times the day's busyness factor). The next arrival
 * is found by inverting the integrated rate: one unit exponential is spent across intervals until it
 * is used up, which is exact, handles empty intervals, and takes one uniform per arrival. O(1) per
 * arrival plus O(1) per interval skipped.
 */
export class ArrivalProcess {
  /** `rates[q × totalIntervals + g]`: calls per second of queue q in interval g of the run. */
  private readonly rates: Float64Array;
  /** Per queue, the what-if factor on its rates (`Simulation.setFactors`), 1 by default. */
  readonly factor: Float64Array;
  private readonly totalIntervals: number;
  private readonly intervalSeconds: number;

  /**
   * @param calls expected first calls per queue and interval of the day
   * @param dayFactors busyness factor per day (1 when days do not vary)
   */
  constructor(calls: readonly (readonly number[])[], intervalSeconds: number, dayFactors: readonly number[]) {
    const intervals = calls[0]?.length ?? 0;
    this.totalIntervals = intervals * dayFactors.length;
    this.intervalSeconds = intervalSeconds;
    this.rates = new Float64Array(calls.length * this.totalIntervals);
    this.factor = new Float64Array(calls.length).fill(1);
    calls.forEach((perInterval, q) => {
      dayFactors.forEach((factor, d) => {
        for (let i = 0; i < intervals; i++) {
          this.rates[q * this.totalIntervals + d * intervals + i] =
            ((perInterval[i] ?? 0) / intervalSeconds) * factor;
        }
      });
    });
  }

  /**
   * Time of the first arrival of queue `q` after time `t`, given a uniform `u` in [0, 1); Infinity
   * when it would fall after the last interval.
   */
  next(q: number, t: number, u: number): number {
    let remaining = -Math.log(1 - u);
    const span = this.intervalSeconds;
    const base = q * this.totalIntervals;
    const factor = this.factor[q]!;
    for (let g = Math.floor(t / span); g < this.totalIntervals; g++) {
      const rate = this.rates[base + g]! * factor;
      const end = (g + 1) * span;
      if (rate > 0) {
        const capacity = rate * (end - t);
        if (remaining < capacity) {
          const time = t + remaining / rate;
          return Math.min(time, end);
        }
        remaining -= capacity;
      }
      t = end;
    }
    return Number.POSITIVE_INFINITY;
  }
}

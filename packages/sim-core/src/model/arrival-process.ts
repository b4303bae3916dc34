/**
 * First-time arrivals of every queue: a non-homogeneous Poisson process whose rate is constant within
 * each interval (expected calls ÷ interval length, times the queue's factor for the day: calendar and
 * busyness). The next arrival is found by inverting the integrated rate: one unit exponential is
 * spent across intervals until it is used up, which is exact, handles empty intervals, and takes one
 * uniform per arrival. O(1) per arrival plus O(1) per interval skipped; memory O(queues × (intervals
 * + days)), whatever the horizon's length in intervals.
 */
export class ArrivalProcess {
  /** `rates[q × intervals + i]`: calls per second of queue q in interval i of the day. */
  private readonly rates: Float64Array;
  /** `dayFactors[q × days + d]`: the factor on queue q's calls on day d. */
  private readonly dayFactors: Float64Array;
  /** Per queue, the what-if factor on its rates (`Simulation.setFactors`), 1 by default. */
  readonly factor: Float64Array;
  private readonly intervals: number;
  private readonly days: number;
  private readonly totalIntervals: number;
  private readonly intervalSeconds: number;
  /**
   * Per queue, the start and end of the interval of the run its last arrival fell in (an empty span
   * when none yet), and that interval's rate.
   */
  private readonly lastStart: Float64Array;
  private readonly lastEnd: Float64Array;
  private readonly lastRate: Float64Array;
  private readonly lastFactor: Float64Array;

  /**
   * @param calls expected first calls per queue and interval of the day
   * @param dayFactors per queue, the factor on its calls on each day (all 1 when days do not vary)
   */
  constructor(
    calls: readonly (readonly number[])[],
    intervalSeconds: number,
    dayFactors: readonly (readonly number[])[],
  ) {
    const intervals = calls[0]?.length ?? 0;
    const days = dayFactors[0]?.length ?? 0;
    this.intervals = intervals;
    this.days = days;
    this.totalIntervals = intervals * days;
    this.intervalSeconds = intervalSeconds;
    this.rates = new Float64Array(calls.length * intervals);
    this.dayFactors = new Float64Array(calls.length * days);
    this.factor = new Float64Array(calls.length).fill(1);
    this.lastStart = new Float64Array(calls.length);
    this.lastEnd = new Float64Array(calls.length);
    this.lastRate = new Float64Array(calls.length);
    this.lastFactor = new Float64Array(calls.length);
    calls.forEach((perInterval, q) => {
      for (let i = 0; i < intervals; i++)
        this.rates[q * intervals + i] = (perInterval[i] ?? 0) / intervalSeconds;
      for (let d = 0; d < days; d++) this.dayFactors[q * days + d] = dayFactors[q]?.[d] ?? 1;
    });
  }

  /**
   * Time of the first arrival of queue `q` after time `t`, given a uniform `u` in [0, 1); Infinity
   * when it would fall after the last interval.
   */
  next(q: number, t: number, u: number): number {
    // The common case, kept small so that it inlines into the model's arrival: the next arrival falls
    // in the interval of the last one, at the rate computed for it then (what-if factor included).
    const remaining = -Math.log(1 - u);
    const end = this.lastEnd[q]!;
    if (t < end && t >= this.lastStart[q]! && this.lastFactor[q]! === this.factor[q]!) {
      const rate = this.lastRate[q]!;
      if (remaining < rate * (end - t)) return Math.min(t + remaining / rate, end);
    }
    return this.nextAcross(q, t, remaining);
  }

  /** `next` from the unit exponential `remaining`, walking the intervals from the one of `t`. */
  private nextAcross(q: number, t: number, remaining: number): number {
    const span = this.intervalSeconds;
    const intervals = this.intervals;
    const factor = this.factor[q]!;
    let g = Math.floor(t / span);
    if (!(g < this.totalIntervals)) return Number.POSITIVE_INFINITY;
    let d = Math.floor(g / intervals);
    let i = g - d * intervals;
    const base = q * intervals;
    const dayBase = q * this.days;
    let dayFactor = this.dayFactors[dayBase + d]!;
    for (;;) {
      // (rate × day factor) × what-if factor: the product in this order, as runs have always computed it.
      const rate = this.rates[base + i]! * dayFactor * factor;
      const end = (g + 1) * span;
      if (rate > 0) {
        const capacity = rate * (end - t);
        if (remaining < capacity) {
          this.lastStart[q] = g * span;
          this.lastEnd[q] = end;
          this.lastRate[q] = rate;
          this.lastFactor[q] = factor;
          return Math.min(t + remaining / rate, end);
        }
        remaining -= capacity;
      }
      t = end;
      if (++g >= this.totalIntervals) return Number.POSITIVE_INFINITY;
      if (++i === intervals) {
        i = 0;
        dayFactor = this.dayFactors[dayBase + ++d]!;
      }
    }
  }
}

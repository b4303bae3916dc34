/** Speeds offered, in simulated seconds per wall-clock second. 240×: a morning (4 hours) in a minute. */
export const SPEEDS: readonly number[] = [1, 10, 60, 240, 600, 1800, 3600];
export const DEFAULT_SPEED = 240;
/** Simulated seconds of one single step. */
export const STEP_SECONDS = 60;
/**
 * How far (in wall seconds of the current speed) the clock may run ahead of the simulation before it
 * waits: when the worker cannot keep up, the clock slows down instead of jumping.
 */
const MAX_LEAD_WALL_SECONDS = 0.25;

/**
 * The simulated clock the scene follows: it runs at `speed` simulated seconds per wall second while
 * playing, by the ticker's elapsed time (never the frame count), and never further than the
 * simulation can follow. Pure state: the scene calls {@link tick} each frame.
 */
export class SimClock {
  /** Where the simulation is asked to be, seconds. */
  target = 0;
  /** Where the simulation last said it was, seconds. */
  reached = 0;
  playing = true;
  speed = DEFAULT_SPEED;
  horizon = Number.POSITIVE_INFINITY;

  /** Advances the target by `deltaMs` of wall time at the current speed (while playing); returns it. */
  tick(deltaMs: number): number {
    if (!this.playing) return this.target;
    const lead = this.speed * MAX_LEAD_WALL_SECONDS;
    this.target = Math.min(this.horizon, this.target + (deltaMs / 1000) * this.speed, this.reached + lead);
    return this.target;
  }

  /** Plays, or pauses where the simulation is (a request already under way may still land). */
  setPlaying(playing: boolean): void {
    this.playing = playing;
    if (!playing) this.target = Math.min(this.target, Math.max(this.reached, 0));
  }

  /** Moves the target one step ({@link STEP_SECONDS}) past where the simulation is, and pauses. */
  step(): number {
    if (this.playing) this.setPlaying(false);
    this.target = Math.min(this.horizon, Math.max(this.target, this.reached) + STEP_SECONDS);
    return this.target;
  }

  /** The simulation reports it reached `time`. */
  arrived(time: number): void {
    this.reached = time;
    if (this.target < time) this.target = time;
  }

  /** Next faster (`+1`) or slower (`-1`) speed of {@link SPEEDS}. */
  changeSpeed(direction: 1 | -1): number {
    const at = SPEEDS.findIndex((s) => s >= this.speed);
    const index = Math.min(SPEEDS.length - 1, Math.max(0, (at < 0 ? SPEEDS.length - 1 : at) + direction));
    this.speed = SPEEDS[index]!;
    return this.speed;
  }

  /** Back to time 0 for a new scenario ending at `horizon`. */
  reset(horizon: number): void {
    this.target = 0;
    this.reached = 0;
    this.horizon = horizon;
  }
}

/**
 * The clock time `HH:MM:SS` of simulated time `t` for a day opening at `opensAt` seconds after
 * midnight, with the day number when the run has several days.
 *
 * @example
 * ```ts
 * timeOfDay(5400, 8.5 * 3600, 0, 1) // => '10:00:00'
 * timeOfDay(30600 + 60, 8.5 * 3600, 30600, 2) // => 'day 2, 08:31:00'
 * ```
 */
export function timeOfDay(t: number, opensAt: number, daySeconds: number, days: number): string {
  const day = daySeconds > 0 ? Math.min(days - 1, Math.floor(t / daySeconds)) : 0;
  const within = Math.max(0, t - day * daySeconds);
  const s = Math.floor(opensAt + within) % 86400;
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  return days > 1 ? `day ${day + 1}, ${clock}` : clock;
}

/**
 * Seconds after midnight of `HH:MM`; `fallback` when absent or malformed.
 *
 * @example
 * ```ts
 * parseClockTime('08:30', 0) // => 30600
 * parseClockTime('8h30', 30600) // => 30600
 * ```
 */
export function parseClockTime(text: unknown, fallback: number): number {
  if (typeof text !== 'string') return fallback;
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 : fallback;
}

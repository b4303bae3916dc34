import type { Particle, Texture } from 'pixi.js';
import { gridFor, slotPosition } from '../engine/line-layout.js';
import { type Anchor, OUTCOME_ANIMATIONS, OUTCOME_CODES, pathPosition } from '../engine/outcomes.js';
import { OKABE_ITO } from '../engine/palette.js';
import { WAIT_BANDS, waitBand } from '../engine/wait-colour.js';
import { EVENT_STRIDE, type Frame, LINE_STRIDE } from '../sim/protocol.js';
import type { Lane } from './lane-geometry.js';
import { ParticlePool } from './particle-pool.js';

/** A caller's dot: waiting in a line (heading for `tx, ty`), or on the move after an outcome. */
interface Dot {
  particle: Particle;
  index: number;
  seq: number;
  band: number;
  /** Frame ({@link CallerDots.update} count) until which a redial keeps its colour on its way in. */
  redialUntil: number;
  tx: number;
  ty: number;
  seen: number;
  /** Set once the caller has left the line: the points of its path and how far along it is. */
  flight: { points: number[]; elapsedMs: number; durationMs: number; fade: boolean; lane: number } | null;
}

/** Time constant of a waiting dot's move towards its place, ms of wall time. */
const SETTLE_MS = 160;
/**
 * Outcomes moving at once in a lane at most: past it (high speeds, busy lanes) a caller who leaves
 * the line just disappears, so the picture stays readable and the cost bounded.
 */
const MAX_FLIGHTS_PER_LANE = 200;
/** Frames a redial keeps the "calling again" colour after it comes in, before its wait's. */
const REDIAL_FRAMES = 40;

/**
 * The callers of every lane as dots of one ParticleContainer: waiting callers in line order,
 * coloured by how long they have waited; callers who leave the line move along their outcome's path
 * ({@link OUTCOME_ANIMATIONS}). {@link update} takes a Frame; {@link animate} moves everything by the
 * ticker's elapsed time. O(callers waiting + dots moving) per call.
 */
export class CallerDots {
  private readonly pool: ParticlePool;
  private readonly dots: Dot[] = [];
  private readonly bySeq = new Map<number, Dot>();
  private generation = 0;
  /** Outcomes moving now, per lane. */
  private flights: number[] = [];
  private readonly at = { x: 0, y: 0 };

  constructor(
    texture: Texture,
    private lanes: Lane[],
    private readonly seatOf: (pool: number, seq: number, out: { x: number; y: number }) => boolean,
  ) {
    this.pool = new ParticlePool(texture);
  }

  get container() {
    return this.pool.container;
  }

  /** Dots on screen (waiting and moving). */
  get count(): number {
    return this.dots.length;
  }

  setLanes(lanes: Lane[]): void {
    this.lanes = lanes;
    this.flights = lanes.map(() => 0);
  }

  /** Removes every dot (a new scenario). */
  clear(): void {
    while (this.dots.length > 0) this.remove(this.dots[this.dots.length - 1]!);
  }

  /** Starts the outcomes of `frame` and places every waiting caller. */
  update(frame: Frame): void {
    const gen = ++this.generation;
    const events = frame.events;
    for (let k = 0; k < events.length; k += EVENT_STRIDE) {
      this.startOutcome(events[k]!, events[k + 1]!, events[k + 2]!, events[k + 3]!);
    }
    frame.lines.forEach((line, q) => {
      const lane = this.lanes[q];
      if (lane === undefined) return;
      const count = line.length / LINE_STRIDE;
      const grid = gridFor(lane.line, count);
      for (let rank = 0; rank < count; rank++) {
        const seq = line[rank * LINE_STRIDE]!;
        const band = waitBand(frame.time - line[rank * LINE_STRIDE + 1]!);
        let dot = this.bySeq.get(seq);
        if (dot === undefined) {
          const redial = line[rank * LINE_STRIDE + 2]! > 1;
          const from = lane.anchors[redial ? 'redialEntry' : 'entry'];
          dot = this.add(seq, from.x, from.y, redial ? OKABE_ITO.reddishPurple : WAIT_BANDS[band]!.colour);
          dot.band = redial ? -1 : band;
          if (redial) dot.redialUntil = gen + REDIAL_FRAMES;
        }
        if (dot.band !== band && gen >= dot.redialUntil) {
          dot.band = band;
          dot.particle.tint = WAIT_BANDS[band]!.colour;
        }
        slotPosition(lane.line, grid, rank, this.at);
        dot.tx = this.at.x;
        dot.ty = this.at.y;
        dot.seen = gen;
      }
    });
    // Callers gone from the line without an outcome to show (too many to animate): just removed.
    for (let i = this.dots.length - 1; i >= 0; i--) {
      const dot = this.dots[i]!;
      if (dot.flight === null && dot.seen !== gen) this.remove(dot);
    }
  }

  /** Moves every dot by `deltaMs` of wall time. */
  animate(deltaMs: number): void {
    const settle = 1 - Math.exp(-deltaMs / SETTLE_MS);
    for (let i = this.dots.length - 1; i >= 0; i--) {
      const dot = this.dots[i]!;
      const p = dot.particle;
      const flight = dot.flight;
      if (flight === null) {
        p.x += (dot.tx - p.x) * settle;
        p.y += (dot.ty - p.y) * settle;
        continue;
      }
      flight.elapsedMs += deltaMs;
      const progress = flight.elapsedMs / flight.durationMs;
      if (progress >= 1) {
        this.remove(dot);
        continue;
      }
      const legs = flight.points.length / 2 - 1;
      const { leg, t } = pathPosition(legs, progress);
      const x0 = flight.points[leg * 2]!;
      const y0 = flight.points[leg * 2 + 1]!;
      p.x = x0 + (flight.points[leg * 2 + 2]! - x0) * t;
      p.y = y0 + (flight.points[leg * 2 + 3]! - y0) * t;
      if (flight.fade) p.alpha = Math.min(1, 2.5 * (1 - progress));
    }
  }

  private startOutcome(code: number, q: number, seq: number, pool: number): void {
    const kind = OUTCOME_CODES[code];
    const lane = this.lanes[q];
    if (kind === undefined || lane === undefined) return;
    const animation = OUTCOME_ANIMATIONS[kind];
    let dot = this.bySeq.get(seq);
    if ((this.flights[q] ?? 0) >= MAX_FLIGHTS_PER_LANE) {
      if (dot !== undefined) this.remove(dot);
      return;
    }
    this.flights[q] = (this.flights[q] ?? 0) + 1;
    const points: number[] = [];
    for (const anchor of animation.path) {
      const point = this.anchorPoint(anchor, lane, dot, pool, seq);
      points.push(point.x, point.y);
    }
    if (dot === undefined) dot = this.add(seq, points[0]!, points[1]!, animation.colour);
    else dot.particle.tint = animation.colour;
    this.bySeq.delete(seq);
    dot.flight = { points, elapsedMs: 0, durationMs: animation.durationMs, fade: animation.fade, lane: q };
  }

  private anchorPoint(anchor: Anchor, lane: Lane, dot: Dot | undefined, pool: number, seq: number) {
    if (anchor === 'slot') {
      return dot ? { x: dot.particle.x, y: dot.particle.y } : lane.anchors.lineTop;
    }
    if (anchor === 'seat') {
      const out = { x: 0, y: 0 };
      return this.seatOf(pool, seq, out)
        ? out
        : { x: lane.line.x + lane.line.width / 2, y: lane.frame.y + lane.frame.height };
    }
    return lane.anchors[anchor];
  }

  private add(seq: number, x: number, y: number, tint: number): Dot {
    const particle = this.pool.take(x, y, tint);
    const dot: Dot = {
      particle,
      index: this.dots.length,
      seq,
      band: -1,
      redialUntil: 0,
      tx: x,
      ty: y,
      seen: this.generation,
      flight: null,
    };
    this.dots.push(dot);
    this.bySeq.set(seq, dot);
    return dot;
  }

  private remove(dot: Dot): void {
    const index = dot.index;
    this.pool.release(index);
    const last = this.dots.pop()!;
    if (last !== dot) {
      this.dots[index] = last;
      last.index = index;
    }
    if (this.bySeq.get(dot.seq) === dot) this.bySeq.delete(dot.seq);
    if (dot.flight !== null) this.flights[dot.flight.lane]!--;
  }
}

import { Particle, ParticleContainer, type Texture } from 'pixi.js';

/**
 * The particles of one ParticleContainer, pooled: {@link take} reuses a released particle before
 * making one, and {@link release} swaps the last active one into the freed place, so the active list
 * stays dense and nothing is allocated once the pool has grown. O(1) per take and release.
 */
export class ParticlePool {
  readonly container: ParticleContainer;
  private readonly free: Particle[] = [];

  constructor(private readonly texture: Texture) {
    this.container = new ParticleContainer({
      texture,
      dynamicProperties: { position: true, color: true, vertex: false, rotation: false, uvs: false },
    });
  }

  /** Active particles, in drawing order. */
  get active(): Particle[] {
    return this.container.particleChildren as Particle[];
  }

  /** An active particle at (x, y) with `tint`; its index in {@link active} is `active.length - 1`. */
  take(x: number, y: number, tint: number): Particle {
    const p = this.free.pop() ?? new Particle({ texture: this.texture, anchorX: 0.5, anchorY: 0.5 });
    p.x = x;
    p.y = y;
    p.tint = tint;
    p.alpha = 1;
    p.scaleX = p.scaleY = 1;
    this.active.push(p);
    this.container.update();
    return p;
  }

  /** Releases the active particle at `index`; returns the particle now at `index` (moved from the end), if any. */
  release(index: number): Particle | undefined {
    const list = this.active;
    const gone = list[index]!;
    const last = list.pop()!;
    if (last !== gone) list[index] = last;
    this.free.push(gone);
    this.container.update();
    return last !== gone ? last : undefined;
  }
}

import { Application, Container, Graphics, Text, type Texture } from 'pixi.js';
import { BACKGROUND, cssColour, IDLE_GREY, OKABE_ITO } from '../engine/palette.js';
import type { Frame, ScenarioInfo } from '../sim/protocol.js';
import { CallerDots } from './caller-dots.js';
import { type Lane, laneGeometry } from './lane-geometry.js';
import { Seats } from './seats.js';

const HEIGHT = 420;

/**
 * The animated picture: one lane per queue, side by side — callers entering at the top, waiting in
 * line, leaving by their outcome — and each pool's seats below its queue. Drawn with PixiJS through
 * WebGL. The scene only draws: it takes Frames from the simulation ({@link update}) and moves by the
 * ticker's elapsed time ({@link animate}).
 */
export class Scene {
  readonly app = new Application();
  private dots!: CallerDots;
  private seats!: Seats;
  private readonly frames = new Graphics();
  /** Names of the places drawn only for some queues (voice server, callbacks, appointments). */
  private readonly labels = new Container();
  private info: ScenarioInfo | null = null;
  private lanes: Lane[] = [];

  /** Creates the canvas inside `host`. */
  async init(host: HTMLElement): Promise<void> {
    await this.app.init({
      preference: 'webgl',
      background: BACKGROUND,
      width: Math.max(320, host.clientWidth),
      height: HEIGHT,
      antialias: false,
      autoDensity: true,
      resolution: 1,
    });
    this.app.canvas.setAttribute('aria-hidden', 'true');
    host.appendChild(this.app.canvas);
    const dotTexture = this.texture(new Graphics().circle(3, 3, 3).fill(0xffffff));
    const seatTexture = this.texture(new Graphics().rect(0, 0, 3, 3).fill(0xffffff));
    this.seats = new Seats(seatTexture);
    this.dots = new CallerDots(dotTexture, [], (p, seq, out) => this.seats.seatOf(p, seq, out));
    this.app.stage.addChild(this.frames, this.labels, this.seats.container, this.dots.container);
    new ResizeObserver(() => this.resize(host.clientWidth)).observe(host);
  }

  /** Waiting and moving callers on screen. */
  get dotCount(): number {
    return this.dots.count;
  }

  /** Lays out the lanes of a newly loaded scenario. */
  setScenario(info: ScenarioInfo): void {
    this.info = info;
    this.dots.clear();
    this.layout();
  }

  update(frame: Frame): void {
    this.seats.update(frame.pools);
    this.dots.update(frame);
  }

  animate(deltaMs: number): void {
    this.dots.animate(deltaMs);
  }

  private resize(width: number): void {
    const w = Math.max(320, Math.floor(width));
    if (w === this.app.renderer.width) return;
    this.app.renderer.resize(w, HEIGHT);
    this.layout();
  }

  private layout(): void {
    const info = this.info;
    if (info === null) return;
    const poolLane = info.pools.map((p) => Math.max(0, info.queues.indexOf(p.serves[0] ?? '')));
    this.lanes = laneGeometry(this.app.renderer.width, HEIGHT, info.queues.length, poolLane);
    this.dots.setLanes(this.lanes);
    this.seats.setBoxes(info.pools.map((_, p) => this.lanes[poolLane[p]!]?.seats.get(p)));
    const g = this.frames.clear();
    for (const lane of this.lanes) {
      const f = lane.frame;
      g.roundRect(f.x, f.y, f.width, f.height, 6).stroke({ color: IDLE_GREY, width: 1 });
      const l = lane.line;
      g.moveTo(l.x, l.y + l.height + 6)
        .lineTo(l.x + l.width, l.y + l.height + 6)
        .stroke({ color: OKABE_ITO.bluishGreen, width: 1, alpha: 0.6 });
    }
    this.drawPlaces(g, info);
  }

  /** A mark and a name at each place a queue's blocks add: voice server, callback shelf, appointment book. */
  private drawPlaces(g: Graphics, info: ScenarioInfo): void {
    for (const label of this.labels.removeChildren()) label.destroy();
    const places = [
      ['voiceServer', 'voice server', OKABE_ITO.yellow, 'left'],
      ['shelf', 'callbacks', OKABE_ITO.bluishGreen, 'right'],
      ['appointmentBook', 'appointments', OKABE_ITO.skyBlue, 'right'],
    ] as const;
    this.lanes.forEach((lane, q) => {
      for (const [place, name, colour, side] of places) {
        if (!info.places[q]?.[place]) continue;
        const at = lane.anchors[place];
        g.rect(at.x - 4, at.y - 4, 8, 8).stroke({ color: colour, width: 1.5 });
        const label = new Text({ text: name, style: { fontSize: 10, fill: cssColour(colour) } });
        label.anchor.set(side === 'left' ? 0 : 1, 0.5);
        label.position.set(side === 'left' ? at.x + 8 : at.x - 8, at.y);
        this.labels.addChild(label);
      }
    });
  }

  private texture(shape: Graphics): Texture {
    const texture = this.app.renderer.generateTexture({ target: shape, resolution: 2 });
    shape.destroy();
    return texture;
  }
}

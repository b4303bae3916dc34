// The visualiser's page: wires the simulation worker, the scene, the clock and the panels.
import './style.css';
import { SimClock, timeOfDay } from './engine/clock.js';
import { kpiCsv } from './engine/kpi-csv.js';
import { intervalOfDay, queueKpiView } from './engine/kpi-view.js';
import { Scene } from './scene/scene.js';
import { type Frame, LINE_STRIDE, type ScenarioInfo } from './sim/protocol.js';
import { SimClient } from './sim/sim-client.js';
import { setupClockControls } from './ui/clock-controls.js';
import { byId } from './ui/dom.js';
import { renderLegend } from './ui/legend.js';
import { QueuePanel } from './ui/queue-panel.js';
import { setupScenarioMenu, sourceOf } from './ui/scenario-menu.js';

/** Text and charts refresh at most this often (ms of wall time); the scene moves every frame. */
const TEXT_EVERY_MS = 200;
const CHART_EVERY_MS = 600;

const params = new URLSearchParams(location.search);
const clock = new SimClock();
const speedParam = Number(params.get('speed'));
if (speedParam > 0) clock.speed = speedParam;
if (params.get('paused') === '1') clock.playing = false;
setupClockControls(clock);
const errors = byId('errors');
const clockText = byId('clock');
const panelsHost = byId('panels');
const sceneHost = byId('scene');
const scene = new Scene();

let info: ScenarioInfo | null = null;
let latest: Frame | null = null;
let panels: QueuePanel[] = [];
let lastText = 0;
let lastChart = 0;
/** A frame has come since the text was last refreshed. */
let textDirty = false;

function showError(message: string | null): void {
  errors.hidden = message === null;
  errors.textContent = message ?? '';
}

function clockOf(interval: number): string {
  return info ? timeOfDay(interval * info.intervalSeconds, info.opensAt, 0, 1).slice(0, 5) : '';
}

const client = new SimClient({
  loaded(loadedInfo) {
    info = loadedInfo;
    latest = null;
    showError(null);
    clock.reset(loadedInfo.horizon);
    scene.setScenario(loadedInfo);
    byId('scenario-name').textContent = loadedInfo.name;
    for (const panel of panels) panel.destroy();
    panels = loadedInfo.queues.map((queue) => {
      const pools = loadedInfo.pools.filter((p) => p.serves[0] === queue).map((p) => p.id);
      const switches = loadedInfo.switches[loadedInfo.queues.indexOf(queue)] ?? [];
      return new QueuePanel(queue, pools, loadedInfo.intervals, clockOf, client, switches);
    });
    panelsHost.replaceChildren(...panels.map((p) => p.element));
    fitCharts();
    lastText = lastChart = 0;
  },
  error(message) {
    showError(message);
  },
  frame(frame) {
    latest = frame;
    clock.arrived(frame.time);
    scene.update(frame);
    textDirty = true;
    // Paused, this may be the last frame for a while: show it now.
    if (!clock.playing) refreshText(performance.now(), true);
  },
});

/** Charts as wide as their panels. */
function fitCharts(): void {
  for (const panel of panels) panel.resizeChart(Math.max(200, panel.element.clientWidth - 20));
}
window.addEventListener('resize', fitCharts);

function refreshText(now: number, force: boolean): void {
  if (info === null || latest === null) return;
  if (!force && (!textDirty || now - lastText < TEXT_EVERY_MS)) return;
  lastText = now;
  textDirty = false;
  const f = latest;
  const daySeconds = info.intervals * info.intervalSeconds;
  clockText.textContent = timeOfDay(f.time, info.opensAt, daySeconds, info.days);
  const interval = intervalOfDay(f.time, info.intervalSeconds, info.intervals, info.days);
  const agents = new Map(
    info.pools.map((p, i) => [p.id, { busy: f.pools[i]!.busy, onDuty: f.pools[i]!.agents }]),
  );
  panels.forEach((panel, q) => {
    panel.update(queueKpiView(f.kpis, panel.queue, f.settled[q]!, f.lines[q]!.length / LINE_STRIDE), agents);
  });
  sceneHost.dataset.dots = String(scene.dotCount);
  if (force || now - lastChart >= CHART_EVERY_MS) {
    lastChart = now;
    for (const panel of panels) panel.updateChart(f.kpis, interval);
  }
}

byId('export-csv').addEventListener('click', () => {
  if (latest === null || info === null) return;
  const blob = new Blob([kpiCsv(latest.kpis, clockOf)], { type: 'text/csv' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${info.name}-kpis.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

async function start(): Promise<void> {
  renderLegend(byId('legend'));
  await scene.init(sceneHost);
  const initial = params.get('scenario') ?? 'preset:france-2023';
  setupScenarioMenu(
    byId<HTMLSelectElement>('scenario-menu'),
    byId<HTMLInputElement>('scenario-file'),
    initial,
    (source) => client.load(source),
  );
  client.load(sourceOf(initial) ?? { kind: 'preset', name: 'france-2023' });
  scene.app.ticker.add((ticker) => {
    const target = clock.tick(ticker.deltaMS);
    if (target > clock.reached) client.advanceTo(target);
    scene.animate(ticker.deltaMS);
    refreshText(performance.now(), false);
  });
}

start().catch((error: unknown) => showError(`the visualiser could not start: ${(error as Error).message}`));

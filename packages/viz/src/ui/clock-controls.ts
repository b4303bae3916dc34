import type { SimClock } from '../engine/clock.js';
import { byId } from './dom.js';

/**
 * The play/pause, step and speed buttons, and their keys: Space plays or pauses, + and − change
 * the speed, `.` steps one simulated minute. Keys typed into a field are left alone.
 *
 * @example
 * ```ts
 * document.body.append(...['play', 'step', 'slower', 'faster'].map((id) => h('button', { id })), h('output', { id: 'speed' }));
 * const clock = new SimClock();
 * setupClockControls(clock);
 * document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
 * byId('play').textContent // => 'Play'
 * document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
 * byId('speed').textContent // => '600×'
 * ```
 */
export function setupClockControls(clock: SimClock): { refresh(): void } {
  const play = byId<HTMLButtonElement>('play');
  const speed = byId('speed');
  const refresh = () => {
    play.textContent = clock.playing ? 'Pause' : 'Play';
    play.setAttribute('aria-pressed', String(!clock.playing));
    speed.textContent = `${clock.speed.toLocaleString('en')}×`;
  };
  const toggle = () => {
    clock.setPlaying(!clock.playing);
    refresh();
  };
  const faster = () => {
    clock.changeSpeed(1);
    refresh();
  };
  const slower = () => {
    clock.changeSpeed(-1);
    refresh();
  };
  const step = () => {
    clock.step();
    refresh();
  };
  play.addEventListener('click', toggle);
  byId('faster').addEventListener('click', faster);
  byId('slower').addEventListener('click', slower);
  byId('step').addEventListener('click', step);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (target && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName) && event.key === ' ') return;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const actions: Record<string, () => void> = {
      ' ': toggle,
      '+': faster,
      '=': faster,
      '-': slower,
      '.': step,
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });
  refresh();
  return { refresh };
}

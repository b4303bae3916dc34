import { presetNames } from '@decroche/sim-core';
import type { ScenarioSource } from '../sim/protocol.js';
import { h } from './dom.js';

/** The scenario files of the repository's examples/ folder, bundled into the site as text. */
const EXAMPLES: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../../examples/*.{yaml,yml,json}', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

/**
 * Menu values: `preset:<name>` or `example:<file name>`.
 *
 * @example
 * ```ts
 * sourceOf('preset:france-2023') // => { kind: 'preset', name: 'france-2023' }
 * sourceOf('example:caf-day.yaml').text.includes('name: caf-day') // => true
 * sourceOf('preset:nowhere') // => null
 * ```
 */
export function sourceOf(value: string): ScenarioSource | null {
  const [kind, ...rest] = value.split(':');
  const name = rest.join(':');
  if (kind === 'preset' && presetNames().includes(name)) return { kind: 'preset', name };
  if (kind === 'example' && EXAMPLES[name] !== undefined) return { kind: 'text', name, text: EXAMPLES[name] };
  return null;
}

/**
 * Wires the scenario menu (the presets of sim-core and the bundled examples), the file picker and
 * dropping a file anywhere on the page; each calls `load` with the scenario's source.
 *
 * @example
 * ```ts
 * const menu = h('select');
 * const picker = h('input', { type: 'file' });
 * const loaded = [];
 * setupScenarioMenu(menu, picker, 'preset:france-2023', (source) => loaded.push(source.name));
 * menu.value // => 'preset:france-2023'
 * menu.value = 'example:caf-day.yaml';
 * menu.dispatchEvent(new Event('change'));
 * loaded // => ['caf-day.yaml']
 * ```
 */
export function setupScenarioMenu(
  menu: HTMLSelectElement,
  picker: HTMLInputElement,
  initial: string,
  load: (source: ScenarioSource) => void,
): void {
  const presets = h(
    'optgroup',
    { label: 'Presets' },
    ...presetNames().map((n) => h('option', { value: `preset:${n}` }, n)),
  );
  const examples = h(
    'optgroup',
    { label: 'Examples' },
    ...Object.keys(EXAMPLES).map((n) => h('option', { value: `example:${n}` }, n)),
  );
  menu.replaceChildren(presets, examples);
  menu.value = initial;
  menu.addEventListener('change', () => {
    const source = sourceOf(menu.value);
    if (source) load(source);
  });
  const loadFile = async (file: File) => {
    const option = h('option', { value: `file:${file.name}`, disabled: '' }, `file: ${file.name}`);
    menu.querySelector('option[value^="file:"]')?.remove();
    menu.append(option);
    menu.value = option.value;
    load({ kind: 'text', name: file.name, text: await file.text() });
  };
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) void loadFile(file);
    picker.value = '';
  });
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    document.body.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void loadFile(file);
  });
}

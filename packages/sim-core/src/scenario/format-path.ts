/**
 * Writes a path as a reader of the scenario would: `['queues', 1, 'handleTime', 'cv']` becomes
 * `queues[1].handleTime.cv`; the empty path is ''.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

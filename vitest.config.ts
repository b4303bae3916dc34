import { defineConfig } from 'vitest/config';

// vitest 5's reporter calls Map.groupBy (Node ≥ 21) when it prints a failure; on Node 20 that
// crash hides which test failed. This config runs in the reporter's process, so give it the method.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
if (mapWithGroupBy.groupBy === undefined) {
  mapWithGroupBy.groupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> => {
    const groups = new Map<K, V[]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}

// One vitest project per package; `pnpm test` runs them all.
export default defineConfig({
  test: {
    projects: ['packages/*'],
  },
});

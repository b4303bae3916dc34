import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    // Tests that call the library in-process use its source, like the library's own tests.
    alias: { '@decroche/sim-core': fileURLToPath(new URL('../sim-core/src/index.ts', import.meta.url)) },
  },
  test: {
    name: 'cli',
    include: ['test/**/*.test.ts'],
    // The command runs from dist/: rebuild it first when a source file is newer than the build.
    globalSetup: ['test/build-if-stale.ts'],
    testTimeout: 60_000,
  },
});

import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'sim-core',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    testTimeout: 60_000,
  },
});

import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'viz',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});

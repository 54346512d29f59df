import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration suites start servers, databases and child processes: give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Test files each get their own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});

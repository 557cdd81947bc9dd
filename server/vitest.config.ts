import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Test files each get their own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    // Test files share a worker's module cache: importing the app (TypeORM, the catalogue schema,
    // the endpoint table) once per worker instead of once per file halves the suite's wall time.
    // Files never share a database or an app: each starts its own.
    isolate: false,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // PostgreSQL suites each create their own schema, so files may run side by side.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['./test/setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integrity',
          sequence: { groupOrder: 0 },
          include: ['test/integrity/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // After the fast tests, in a group of its own: it has its own worker limit.
          sequence: { groupOrder: 1 },
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['./test/e2e/global-setup.ts'],
          // Each file starts its own Chromium; two at once is what a 2-core machine bears.
          maxWorkers: 2,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});

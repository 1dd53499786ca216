import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (node, pure functions), `dom` (jsdom: pipeline on fixture pages, reader view, speech
 * controller with a fake engine), `e2e` (real Chromium driving the built extension; serial) and `firefox`
 * (firefox-esr driving the Firefox test build through puppeteer-core and WebDriver BiDi; serial).
 * In `unit` and `dom`, `src/platform/browser` is a fake browser in every file (test/support/setup-browser.ts).
 */
const setupFiles = ['test/support/setup-browser.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], setupFiles } },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/dom/**/*.test.ts'],
          testTimeout: 30_000,
          setupFiles,
        },
      },
      {
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['e2e-firefox/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxWorkers: 1,
          // As for `e2e`: the default 1 s poll is too short for a storage round trip in a busy full run.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxWorkers: 1,
          // A real browser on a busy 2-core machine: give `expect.poll` time (its default is 1 s).
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});

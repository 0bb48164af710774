import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium (.output/chrome-mv3, playwright-core)
// and Firefox ESR (.output/firefox-mv3, puppeteer-core over WebDriver BiDi, tests/e2e/firefox/).
// One browser at a time: the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests in Node. WxtVitest swaps `browser` for the fake browser and resolves `@/`;
// it does not apply wxt.config.ts's Vite plugins, so Preact's preset is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Guards against a hung test, not speed goals: a 2-core machine under other load runs a fresh
    // corpus's seed import in a hook in well over Vitest's default 10 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

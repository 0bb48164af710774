/**
 * Chromium's popup shows what the engine finds for the seed-story page: headline, outlet, coverage
 * and every difference, compared with the headless CLI's analysis (tests/e2e/shared/reading.ts).
 * tests/e2e/firefox/foundation.e2e.test.ts makes the same comparison in Firefox, so the two
 * browsers show the reader the same thing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, tabIdOf, type ExtensionSession } from './harness';
import { cliAnalysis, readPopupDom, readingOf, sorted, type Reading } from './shared/reading';

describe('what the reader sees in Chromium', () => {
  let session: ExtensionSession;
  let expected: Reading;
  beforeAll(async () => {
    [session, expected] = await Promise.all([
      launchExtension(),
      cliAnalysis('tests/fixtures/pages/seed-story.html').then(readingOf),
    ]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the reader what the engine finds: headline, outlet, coverage and every difference', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/seed-story.html`);
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.locator('[data-testid="summary"]').waitFor({ timeout: 15_000 });
    expect(expected.title).toBe('Envoy says Washington could back Ukraine with Article 5-style pledge');
    expect(expected.meta).toBe('The Harbour Ledger · 17 Aug 2025');
    expect(expected.differences.length).toBeGreaterThan(0);
    expect(sorted(await popup.evaluate(readPopupDom))).toEqual(sorted(expected));
    await popup.close();
    await page.close();
  });
});

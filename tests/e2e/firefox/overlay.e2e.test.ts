/**
 * The in-page overlay in Firefox: what Chromium's overlay test asserts (tests/e2e/overlay.e2e.test.ts)
 * apart from its long-task and layout-shift figures (Firefox has neither observer), and the marks
 * checked against the engine's differences for the page.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAnalysis, readingOf, type Reading } from '../shared/reading';
import {
  clearLocalStorage,
  launchFirefox,
  openFixture,
  openPopup,
  tabIdOf,
  type FirefoxSession,
} from './harness';

/** The page's CSS highlights, by name, as text (read in the page's own realm, where they iterate). */
function markedText(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of registry)
      out[name] = [...highlight].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    return out;
  });
}

/**
 * Waits for the positive signs that `page` was read: the popup shows `state` for its tab (the
 * background analysed it), and the overlay has applied a tab state of `status` (the content script
 * marks it whether or not it shows anything).
 */
async function waitUntilRead(
  session: FirefoxSession,
  page: Page,
  state: string,
  status: string,
): Promise<void> {
  const popup = await openPopup(session, await tabIdOf(session, page));
  await popup.waitForSelector(state, { timeout: 15_000 });
  await popup.close();
  await page.waitForFunction(
    (name: string) => performance.getEntriesByName(name).length > 0,
    { timeout: 15_000 },
    `parallax:overlay-applied:${status}`,
  );
}

describe('the in-page overlay in Firefox', () => {
  let session: FirefoxSession;
  let expected: Reading;
  beforeAll(async () => {
    [session, expected] = await Promise.all([
      launchFirefox(),
      cliAnalysis('tests/fixtures/pages/seed-story.html').then(readingOf),
    ]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows a pill on an article about the seed story, leaving the page DOM alone, and opens its panel', async () => {
    const page = await openFixture(session, 'seed-story.html');
    await page.setViewport({ width: 1200, height: 800 });
    const pill = await page.waitForSelector('parallax-overlay >>> .pill', { timeout: 15_000 });
    expect(await pill!.evaluate((e) => e.textContent)).toMatch(/2 reports · \d+ differ/);
    // Only our host element was added (the fixture's body holds header, main, footer); the article is untouched.
    expect(await page.evaluate(() => [...document.body.children].map((e) => e.tagName).join(','))).toBe(
      'HEADER,MAIN,FOOTER,PARALLAX-OVERLAY',
    );
    expect(
      await page.evaluate(
        () => document.querySelectorAll('article mark, article [class*="parallax"]').length,
      ),
    ).toBe(0);
    await pill!.click();
    await page.waitForSelector('parallax-overlay >>> [role="dialog"]');
    expect(await pill!.evaluate((e) => e.getAttribute('aria-expanded'))).toBe('true');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('marks the sentences that differ and shows the other passage when one is picked from the panel', async () => {
    const page = await openFixture(session, 'seed-story.html');
    await page.setViewport({ width: 1200, height: 800 });
    const pill = await page.waitForSelector('parallax-overlay >>> .pill', { timeout: 15_000 });
    const marks = await markedText(page);
    const marked = Object.values(marks).flat();
    expect(marked.length).toBeGreaterThan(0);
    // Every mark is a whole sentence of the article as the page shows it...
    const body = await page.evaluate(() =>
      document.querySelector('article')!.textContent!.replace(/\s+/g, ' '),
    );
    for (const text of marked) expect(body).toContain(text);
    // ...and they are exactly this article's passages that differ elsewhere, each under its kind.
    expect(new Set(marked)).toEqual(new Set(expected.differences.map((d) => d.here)));
    for (const [name, texts] of Object.entries(marks)) {
      for (const text of texts) {
        expect(expected.differences.some((d) => d.here === text && `parallax-${d.kind}` === name)).toBe(true);
      }
    }

    await pill!.click();
    const first = await page.waitForSelector('parallax-overlay >>> .difference-open');
    await first!.focus();
    await page.keyboard.press('Enter');
    const tooltip = await page.waitForSelector('parallax-overlay >>> [role="tooltip"]', { timeout: 5_000 });
    expect(await tooltip!.evaluate((e) => e.textContent)).toMatch(/says:/);
    await page.close();
  });

  it('shows nothing on an unrelated article, once the background has read it', async () => {
    const page = await openFixture(session, 'unrelated.html');
    await waitUntilRead(session, page, '[data-state="nothing-related"]', 'ready');
    expect(await page.$('parallax-overlay')).toBeNull();
    expect(await markedText(page)).toEqual({});
    await page.close();
  });

  it('"Never on this site" hides it on this site, and the setting survives a reload', async () => {
    const page = await openFixture(session, 'seed-story.html');
    const pill = await page.waitForSelector('parallax-overlay >>> .pill', { timeout: 15_000 });
    await pill!.click();
    await page.locator('parallax-overlay >>> button::-p-text(Never on this site)').click();
    await page.waitForFunction(() => !document.querySelector('parallax-overlay'));
    await page.reload();
    // Read again and analysed (the popup lists the coverage, the overlay applied that state), yet
    // no overlay on this site.
    await waitUntilRead(session, page, '.related-item', 'ready');
    expect(await page.$('parallax-overlay')).toBeNull();
    expect(await markedText(page)).toEqual({});
    await clearLocalStorage(session);
    await page.close();
  });
});

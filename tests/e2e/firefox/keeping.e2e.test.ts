/**
 * Keeping what the reader reads, in Firefox (the Chromium suite is tests/e2e/keeping.e2e.test.ts):
 * a read report found again from another outlet's report, and a background tab, never shown,
 * not kept. Pages are read by a scroll into the article; absence is asserted only after the
 * background analysed the page and a page read later in the same session was kept.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeTab,
  launchFirefox,
  openBackgroundTab,
  openFixture,
  openPopup,
  storedArticles,
  tabIdOf,
  textOf,
  type FirefoxSession,
} from './harness';

const TITLE_A = 'Port Evander ferry crews walk out over night-shift rota';

describe('keeping what the reader reads, in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ keepReading: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function readArticle(name: string): Promise<{ page: Page; tabId: number; popup: Page }> {
    const page = await openFixture(session, name);
    await page.setViewport({ width: 800, height: 400 });
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('.save', { timeout: 20_000 });
    await page.bringToFront();
    await page.evaluate(() => window.scrollBy(0, 300));
    return { page, tabId, popup };
  }

  it('keeps report A once read; report B from another outlet lists it as the same story, read on its day', async () => {
    const a = await readArticle('ferry-strike-a.html');
    await a.popup.waitForSelector('.save[data-origin="read"]', { timeout: 20_000 });
    const kept = (await storedArticles(session)).find((x) => x.title === TITLE_A);
    expect(kept?.origin).toBe('read');
    await a.popup.close();

    const b = await openFixture(session, 'ferry-strike-b.html');
    const popup = await openPopup(session, await tabIdOf(session, b));
    const item = `.related-item[data-id="${kept!.id}"]`;
    await popup.waitForSelector(item, { timeout: 20_000 });
    expect(await popup.$eval(item, (el) => el.getAttribute('data-same-story'))).toBe('true');
    const day = new Date(kept!.readAt!).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
    expect(await textOf(popup, `${item} .provenance`)).toContain(`You read this on ${day}`);
    expect(await textOf(popup, '[data-testid="summary"]')).toMatch(
      /^1 other report of this story · \d+ sentences? differs?/,
    );
    expect(await popup.$$eval('.difference', (els) => els.length)).toBeGreaterThan(0);
    await popup.close();
    await a.page.close();
    await b.close();
  });

  it('does not keep a background tab that was never shown', async () => {
    const tabId = await openBackgroundTab(session, `${session.server.url}/unrelated.html`);
    const popup = await openPopup(session, tabId);
    // Positive sign: Parallax read and analysed the page in its hidden tab.
    await popup.waitForSelector('[data-state="nothing-related"]', { timeout: 20_000 });
    await closeTab(session, tabId);
    await popup.close();
    // The reading pipeline works in this session: a page the reader scrolls is kept.
    const read = await readArticle('seed-story.html');
    await read.popup.waitForSelector('.save[data-origin="read"]', { timeout: 20_000 });
    const titles = (await storedArticles(session)).map((x) => x.title);
    expect(titles).not.toContain('Millbrook library reopens with rooftop garden after two-year rebuild');
    await read.popup.close();
    await read.page.close();
  });
});

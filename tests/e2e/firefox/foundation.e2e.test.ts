/**
 * Parallax in Firefox: the same cases, and the same assertions, as Chromium's foundation and popup
 * tests (tests/e2e/foundation.e2e.test.ts, popup.e2e.test.ts), and the whole popup compared with
 * the engine's analysis of the same page (tests/e2e/shared/reading.ts), as Chromium's is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAnalysis, readPopupDom, readingOf, sorted, type Reading } from '../shared/reading';
import {
  badgeText,
  launchFirefox,
  openFixture,
  openPopup,
  storedArticles,
  storedArticleIds,
  tabIdOf,
  textOf,
  type FirefoxSession,
} from './harness';

const SEED_IDS = ['000_aff521f138871a15', '001_dffb23fcff858348'];
const HEADLINE = 'Envoy says Washington could back Ukraine with Article 5-style pledge';

describe('Parallax in Firefox', () => {
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

  it('lists both seed articles as the same story for an article about the seed story, badge 2, with the page’s own headline and outlet', async () => {
    const page = await openFixture(session, 'seed-story.html');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.waitForFunction(() => document.querySelectorAll('.related-item').length === 2, {
      timeout: 15_000,
    });
    const titles = await popup.$$eval('.related-item .related-title', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(titles.sort()).toEqual([
      'Trump considers NATO-style guarantees for Ukraine as Russia signals openness',
      'US could offer Ukraine Article 5-style protection, Witkoff says',
    ]);
    expect((await popup.$$('.related-item[data-same-story="true"]')).length).toBe(2);
    expect(
      await popup.$$eval('.related-item .tier-same', (els) => els.map((e) => e.textContent ?? '')),
    ).toEqual(['Same story', 'Same story']);
    // Firefox once showed "Untitled article" with no outlet here: metadata extraction threw on a
    // page-realm iterator in the content script (tests/cross-realm.test.ts).
    expect(await textOf(popup, '.article-title')).toBe(HEADLINE);
    expect(await textOf(popup, 'header.article .meta')).toBe('The Harbour Ledger · 17 Aug 2025');
    expect(await badgeText(session, tabId)).toBe('2');
    // No step of extraction failed in Firefox's content script.
    expect(await textOf(popup, '[data-testid="diagnostics"]')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('shows the reader what the engine finds: headline, outlet, coverage and every difference', async () => {
    const page = await openFixture(session, 'seed-story.html');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('[data-testid="summary"]', { timeout: 15_000 });
    expect(expected.title).toBe(HEADLINE);
    expect(expected.differences.length).toBeGreaterThan(0);
    expect(sorted(await popup.evaluate(readPopupDom))).toEqual(sorted(expected));
    await popup.close();
    await page.close();
  });

  it('claims nothing related for an unrelated article', async () => {
    const page = await openFixture(session, 'unrelated.html');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('[data-state="nothing-related"]', { timeout: 15_000 });
    expect((await popup.$$('.related-item')).length).toBe(0);
    expect(await textOf(popup, '.article-title')).toContain('Millbrook library reopens');
    expect(await badgeText(session, tabId)).toBe('');
    expect(await textOf(popup, '[data-testid="diagnostics"]')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('shows the not-an-article state for a list of links', async () => {
    const page = await openFixture(session, 'link-list.html');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('[data-state="not-article"]', { timeout: 15_000 });
    expect(await textOf(popup, '[data-state="not-article"] h2')).toBe('This page is not an article');
    expect(await badgeText(session, tabId)).toBe('');
    expect(await textOf(popup, '[data-testid="diagnostics"]')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('imported the two seeds into IndexedDB exactly once', async () => {
    expect(await storedArticleIds(session)).toEqual(SEED_IDS);
  });

  it('saves the article with its tags from the popup, shows it saved when reopened, and removes it', async () => {
    const page = await openFixture(session, 'seed-story.html');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.waitForSelector('.related-item', { timeout: 15_000 });
    expect(await textOf(popup, '[data-testid="summary"]')).toMatch(/^2 other reports of this story/);

    await popup.locator('#tags').fill('ukraine, guarantees');
    await popup.locator('button::-p-text(Save to corpus)').click();
    await popup.waitForSelector('::-p-text(✓ Saved to your corpus)');
    const stored = await storedArticles(session);
    expect(stored.map((a) => a.id).filter((id) => !SEED_IDS.includes(id))).toHaveLength(1);
    const saved = stored.find((a) => !SEED_IDS.includes(a.id))!;
    expect(saved).toMatchObject({
      origin: 'saved',
      title: HEADLINE,
      siteName: 'The Harbour Ledger',
      canonicalUrl: 'https://harbour-ledger.example/world/2025/08/17/envoy-article-5-ukraine',
      tags: ['ukraine', 'guarantees'],
    });
    await popup.close();

    const again = await openPopup(session, tabId);
    await again.waitForSelector('::-p-text(✓ Saved to your corpus)', { timeout: 10_000 });
    // Its own saved copy is not listed as related coverage of itself.
    expect((await again.$$('.related-item')).length).toBe(2);
    await again.locator('button::-p-text(Remove)').click();
    await again.waitForSelector('button::-p-text(Save to corpus)');
    expect(await storedArticleIds(session)).toEqual(SEED_IDS);
    await again.close();
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchExtension,
  openPopup,
  screenshotForReadme,
  tabIdOf,
  type ExtensionSession,
  storedArticleIds,
} from './harness';

describe('Parallax in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists both seed articles as the same story for an article about the seed story, badge 2', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/seed-story.html`);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    const items = popup.locator('.related-item');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(2);
    const titles = await popup.locator('.related-item .related-title').allTextContents();
    expect(titles.sort()).toEqual([
      'Trump considers NATO-style guarantees for Ukraine as Russia signals openness',
      'US could offer Ukraine Article 5-style protection, Witkoff says',
    ]);
    expect(await popup.locator('.related-item[data-same-story="true"]').count()).toBe(2);
    expect(await popup.locator('.related-item .tier-same').allTextContents()).toEqual([
      'Same story',
      'Same story',
    ]);
    await expect
      .poll(() => popup.locator('.article-title').textContent())
      .toBe('Envoy says Washington could back Ukraine with Article 5-style pledge');
    expect(await badgeText(session, tabId)).toBe('2');
    await screenshotForReadme(popup, 'popup');
    await popup.close();
    await page.close();
  });

  it('claims nothing related for an unrelated article', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/unrelated.html`);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="nothing-related"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('.related-item').count()).toBe(0);
    expect(await popup.locator('.article-title').textContent()).toContain('Millbrook library reopens');
    expect(await badgeText(session, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('shows the not-an-article state for a list of links', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/link-list.html`);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('[data-state="not-article"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-state="not-article"] h2').textContent()).toBe(
      'This page is not an article',
    );
    expect(await badgeText(session, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('imported the two seeds into IndexedDB exactly once', async () => {
    const ids = await storedArticleIds(session);
    expect(ids).toEqual(['000_aff521f138871a15', '001_dffb23fcff858348']);
  });
});

/**
 * Keeping what the reader reads (issue 17), in Chromium with a fresh profile: the welcome page,
 * a read report found again from another outlet's report, and what is never kept (a tab closed
 * before it was read, a paused reader, an excluded site), and "forget what I read".
 *
 * Pages are read by a scroll into the article (lib/engagement), so no test waits ten seconds.
 * Every absence is asserted after the popup shows that the background heard the page was read
 * (its "Not kept: …" line), or after a page read later in the same session was kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  openPopup,
  screenshotForReadme,
  storedArticles,
  tabIdOf,
  type ExtensionSession,
} from './harness';

/** The `chrome.tabs` calls made in the worker (WXT types only `browser`). */
interface Tabs {
  chrome: {
    tabs: {
      create(o: { url: string; active: boolean }): Promise<{ id?: number }>;
      remove(id: number): Promise<void>;
    };
  };
}

const TITLE_A = 'Port Evander ferry crews walk out over night-shift rota';
const TITLE_B = 'Strike halts Saltmarsh Islands ferries as crews demand new rota';

describe('keeping what the reader reads, in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ keepReading: true, keepWelcome: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Opens `file` in a small window (so the article is taller than it), waits for its analysis. */
  async function openArticle(file: string): Promise<{ page: Page; tabId: number; popup: Page }> {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 800, height: 400 });
    await page.goto(`${session.server.url}/${file}`);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('.article-title').waitFor({ timeout: 20_000 });
    await popup.locator('.save').waitFor({ timeout: 20_000 }); // analysed: the save control is shown
    return { page, tabId, popup };
  }

  /** The reader scrolls down into the article. */
  async function scrollIntoArticle(page: Page): Promise<void> {
    await page.bringToFront();
    await page.evaluate(() => window.scrollBy(0, 300));
  }

  async function options(): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByLabel('Keep the articles I read in my corpus').waitFor();
    return page;
  }

  it('opens the welcome page once on install, which can turn keeping off before anything is kept', async () => {
    const welcome = session.welcome!;
    await welcome.getByTestId('welcome-keeping').getByText('Keeping what you read is on.').waitFor();
    expect(await welcome.textContent('body')).toContain('Everything stays in this browser');
    await welcome.getByRole('button', { name: 'Turn keeping off' }).click();
    await welcome.getByText('Keeping is off').waitFor();
    const settings = await options();
    expect(await settings.getByLabel('Keep the articles I read in my corpus').isChecked()).toBe(false);
    await welcome.getByRole('button', { name: 'Keep what I read' }).click();
    await expect
      .poll(() => settings.getByLabel('Keep the articles I read in my corpus').isChecked())
      .toBe(true);
    await settings.close();
    await welcome.close();
  });

  it('keeps report A once read; report B from another outlet lists it as the same story, read on its day, with differences', async () => {
    const a = await openArticle('ferry-strike-a.html');
    await a.popup.locator('[data-state="nothing-related"]').waitFor();
    await scrollIntoArticle(a.page);
    await a.popup.locator('.save[data-origin="read"]').waitFor({ timeout: 20_000 });
    const kept = (await storedArticles(session)).find((x) => x.title === TITLE_A);
    expect(kept).toMatchObject({ origin: 'read' });
    await a.popup.close();

    const b = await openArticle('ferry-strike-b.html');
    const item = b.popup.locator(`.related-item[data-id="${kept!.id}"]`);
    await item.waitFor({ timeout: 20_000 });
    expect(await item.getAttribute('data-same-story')).toBe('true');
    const day = new Date(kept!.readAt!).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
    expect(await item.locator('.provenance').textContent()).toContain(`You read this on ${day}`);
    expect(await b.popup.getByTestId('summary').textContent()).toMatch(
      /^1 other report of this story · \d+ sentences? differs?/,
    );
    expect(await b.popup.locator('.difference').count()).toBeGreaterThan(0);
    // The first article kept brings the one-time notice.
    expect(await b.popup.getByTestId('keeping-notice').textContent()).toContain(
      'Parallax keeps the articles you read, in this browser only',
    );
    await b.popup.close();
    const again = await openPopup(session, b.tabId);
    await again.locator('.related-item').first().waitFor();
    expect(await again.getByTestId('keeping-notice').count()).toBe(0);
    await again.close();

    // A is in the corpus page, marked as read.
    const corpus = await session.context.newPage();
    await corpus.goto(`chrome-extension://${session.extensionId}/corpus.html`);
    const row = corpus.locator(`.corpus-article[data-id="${kept!.id}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.locator('.origin').textContent()).toBe('Read');
    await corpus.close();
    await a.page.close();
    await b.page.close();
  });

  it('does not keep a background tab closed before the reader looked at it', async () => {
    const url = `${session.server.url}/unrelated.html`;
    const tabId = await session.worker.evaluate(async (u) => {
      const { chrome } = globalThis as unknown as Tabs;
      const tab = await chrome.tabs.create({ url: u, active: false });
      return tab.id!;
    }, url);
    const popup = await openPopup(session, tabId);
    // Positive sign: Parallax read and analysed the page.
    await popup.locator('[data-state="nothing-related"]').waitFor({ timeout: 20_000 });
    await session.worker.evaluate((id) => (globalThis as unknown as Tabs).chrome.tabs.remove(id), tabId);
    await popup.close();
    // And the reading pipeline works in this session: a page the reader scrolls is kept.
    const read = await openArticle('seed-story.html');
    await scrollIntoArticle(read.page);
    await read.popup.locator('.save[data-origin="read"]').waitFor({ timeout: 20_000 });
    const titles = (await storedArticles(session)).map((x) => x.title);
    expect(titles).not.toContain('Millbrook library reopens with rooftop garden after two-year rebuild');
    await read.popup.getByRole('button', { name: 'Forget' }).click();
    await read.popup.getByRole('button', { name: 'Save to corpus' }).waitFor();
    await read.popup.close();
    await read.page.close();
  });

  it('keeps nothing for a paused reader', async () => {
    const settings = await options();
    await settings.getByLabel('Keep the articles I read in my corpus').uncheck();
    await settings.getByRole('status').getByText('Paused').waitFor();
    const before = await storedArticles(session);
    const read = await openArticle('unrelated.html');
    await scrollIntoArticle(read.page);
    await read.popup.locator('[data-testid="reading"][data-reading="paused"]').waitFor({ timeout: 20_000 });
    expect(await storedArticles(session)).toEqual(before);
    await settings.getByLabel('Keep the articles I read in my corpus').check();
    await settings.getByRole('status').getByText('Parallax keeps the articles you read.').waitFor();
    await settings.close();
    await read.popup.close();
    await read.page.close();
  });

  it('keeps nothing from a site on the never-keep list', async () => {
    const settings = await options();
    await settings.getByLabel('Site', { exact: true }).fill(new URL(session.server.url).host);
    await settings.getByRole('button', { name: 'Add' }).click();
    await settings.getByRole('button', { name: 'Remove 127.0.0.1' }).waitFor();
    const before = await storedArticles(session);
    const read = await openArticle('unrelated.html?again');
    await scrollIntoArticle(read.page);
    await read.popup.locator('[data-testid="reading"][data-reading="excluded"]').waitFor({ timeout: 20_000 });
    expect(await storedArticles(session)).toEqual(before);
    await settings.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await settings.getByText('No site yet').waitFor();
    await settings.close();
    await read.popup.close();
    await read.page.close();
  });

  it('"forget what I read" removes the read articles and leaves saved ones', async () => {
    const b = await openArticle('ferry-strike-b.html');
    const save = b.popup.getByRole('button', { name: 'Save to corpus' });
    // B may already have been kept as read while it stayed open: then it is made saved.
    await b.popup.locator('.save').first().waitFor();
    if (await save.count()) await save.click();
    else await b.popup.getByRole('button', { name: 'Keep as saved' }).click();
    await b.popup.getByText('✓ Saved to your corpus').waitFor();
    await b.popup.close();
    await b.page.close();
    const before = await storedArticles(session);
    expect(before.find((x) => x.title === TITLE_A)?.origin).toBe('read');
    expect(before.find((x) => x.title === TITLE_B)?.origin).toBe('saved');

    const settings = await options();
    await screenshotForReadme(settings, 'options');
    await settings.getByRole('button', { name: 'Everything I read' }).click();
    await settings
      .getByRole('status')
      .getByText(/^Forgot \d+ articles? you read/)
      .waitFor();
    const after = await storedArticles(session);
    expect(after.filter((x) => x.origin === 'read')).toEqual([]);
    expect(after.map((x) => x.title)).toContain(TITLE_B);
    expect(after.map((x) => x.title)).not.toContain(TITLE_A);
    expect(after.filter((x) => x.origin === 'seed')).toHaveLength(2);
    await settings.close();
  });
});

/**
 * The story page in Chromium, for the seed story: opened from the popup, the overlay and the corpus
 * page; both seeds on the timeline and as columns; Rubio's quote as a row worded differently; a
 * cell opens both passages; axe finds nothing and every cell is reachable by keyboard.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { launchExtension, openPopup, screenshotForReadme, tabIdOf, type ExtensionSession } from './harness';

const SEEDS = ['000_aff521f138871a15', '001_dffb23fcff858348'];
const SEED_TITLES = [
  'Trump considers NATO-style guarantees for Ukraine as Russia signals openness',
  'US could offer Ukraine Article 5-style protection, Witkoff says',
];

/** The row of Rubio's "surrender" quote. */
const rubioRow = (story: Page) =>
  story.locator('tr[data-quote="true"]', { has: story.locator('.statement', { hasText: 'surrender' }) });

describe('the story page (Chromium)', () => {
  let session: ExtensionSession;
  let article: Page;
  let story: Page;
  beforeAll(async () => {
    session = await launchExtension();
    article = await session.context.newPage();
    await article.goto(`${session.server.url}/seed-story.html`);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the popup\'s "See the whole story" and lists both seeds', async () => {
    const popup = await openPopup(session, await tabIdOf(session, article));
    const button = popup.getByRole('button', { name: 'See the whole story' });
    await button.waitFor({ timeout: 15_000 });
    const opened = session.context.waitForEvent('page');
    await button.click(); // click 1
    story = await opened;
    await story.setViewportSize({ width: 1100, height: 900 });
    expect(new URL(story.url()).pathname).toBe('/story.html');
    // A worker stopped meanwhile reads the tab again: the page then shows why it waits and asks again
    // when the tab's analysis is pushed (tabStateChanged).
    await story
      .locator('.timeline-item')
      .first()
      .waitFor({ timeout: 45_000 })
      .catch(async (e: unknown) => {
        throw new Error(`${String(e)}; the page says: ${await story.locator('main').textContent()}`);
      });
    const titles = await story.locator('.timeline .report-title').allTextContents();
    for (const t of SEED_TITLES) expect(titles.join('\n')).toContain(t);
    for (const id of SEEDS)
      expect(await story.locator(`.timeline-item[data-report="${id}"]`).count()).toBe(1);
    // The open page is the third report, and the columns are the three reports.
    expect(await story.locator('.timeline-item[data-report="open"]').count()).toBe(1);
    expect(await story.locator('thead .report-head').count()).toBe(3);
    await popup.close();
  });

  it("shows Rubio's quote as a row the seeds word differently, among the disagreements first", async () => {
    const row = rubioRow(story);
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-disagrees')).toBe('true');
    for (const id of SEEDS)
      expect(await row.locator(`.cell-button[data-report="${id}"]`).getAttribute('data-state')).toBe(
        'worded',
      );
    const flags = await story
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-disagrees')));
    expect(
      flags.indexOf('false') === -1 || flags.slice(flags.indexOf('false')).every((f) => f === 'false'),
    ).toBe(true);
    await screenshotForReadme(story, 'story');
  });

  it('opens both passages of the difference from a cell (the second click)', async () => {
    await rubioRow(story).locator(`.cell-button[data-report="${SEEDS[0]}"]`).click(); // click 2
    const panel = story.getByTestId('cell-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toContain('words the quote differently');
    const mine = await panel.locator(`.passage[data-report="${SEEDS[0]}"]`).first().textContent();
    expect(mine).toContain('that’s surrender');
    const theirs = await panel.locator(`.passage[data-report="${SEEDS[1]}"]`).textContent();
    expect(theirs).toContain('not a peace deal—it’s surrender');
    // The word diff marks what the other wording adds.
    expect(await panel.locator(`.passage[data-report="${SEEDS[1]}"] ins`).allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('peace')]),
    );
    // The open page has an address: its passage links to it, scrolled by a text fragment.
    const openCell = rubioRow(story).locator('.cell-button[data-report="open"]');
    await openCell.click();
    const link = await panel
      .getByRole('link', { name: /at this passage/ })
      .first()
      .getAttribute('href');
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/seed-story\.html#:~:text=/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${scheme}), a cell opened`, async () => {
      await story.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(story)).toEqual([]);
    });
  }

  it('reaches every cell by keyboard: one tab stop, then the arrow keys', async () => {
    await story.reload();
    await story.locator('.cell-button').first().waitFor({ timeout: 15_000 });
    const cells = await story.locator('.cell-button').count();
    const rows = await story.locator('tbody tr').count();
    const cols = await story.locator('thead .report-head').count();
    expect(cells).toBe(rows * cols);
    const active = () => story.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
    for (let i = 0; i < 40 && (await active()) === null; i++) await story.keyboard.press('Tab');
    expect(await active()).toBe('0:0');
    const reached = new Set<string>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        reached.add((await active())!);
        if (c < cols - 1) await story.keyboard.press('ArrowRight');
      }
      await story.keyboard.press('Home');
      if (r < rows - 1) await story.keyboard.press('ArrowDown');
    }
    expect(reached.size).toBe(cells);
    await story.keyboard.press('Control+End');
    expect(await active()).toBe(`${rows - 1}:${cols - 1}`);
    await story.keyboard.press('Enter');
    await story.getByTestId('cell-panel').waitFor();
  });

  it('opens from a story group of the corpus page', async () => {
    const corpus = await session.context.newPage();
    await corpus.goto(`chrome-extension://${session.extensionId}/corpus.html`);
    const link = corpus.locator('.story-multi').getByRole('link', { name: 'See the whole story' });
    await link.waitFor({ timeout: 15_000 });
    await link.click();
    await corpus.waitForURL(/\/story\.html\?ids=/);
    await corpus.locator('.timeline-item').first().waitFor({ timeout: 15_000 });
    expect(
      (
        await corpus.locator('.timeline-item').evaluateAll((e) => e.map((x) => x.getAttribute('data-report')))
      ).sort(),
    ).toEqual(SEEDS);
    expect(await rubioRow(corpus).count()).toBe(1);
    await corpus.close();
  });

  it('opens from the overlay panel', async () => {
    await article.bringToFront();
    const pill = article.locator('parallax-overlay .pill');
    await pill.waitFor({ timeout: 15_000 });
    await pill.click();
    const opened = session.context.waitForEvent('page');
    await article.locator('parallax-overlay').getByRole('button', { name: 'See the whole story' }).click();
    const page = await opened;
    await page.locator('.timeline-item').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('tab')).toMatch(/^\d+$/);
    expect(await page.locator('.timeline-item').count()).toBe(3);
    await page.close();
  });
});

/**
 * The story page in Firefox, for the seed story, with the assertions of Chromium's
 * (tests/e2e/story.e2e.test.ts): both seeds on the timeline and as columns, Rubio's quote as a
 * row they word differently, and a cell that opens both passages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefox,
  openExtensionPage,
  openFixture,
  openPopup,
  tabIdOf,
  type FirefoxSession,
} from './harness';

const SEEDS = ['000_aff521f138871a15', '001_dffb23fcff858348'];

describe('the story page (Firefox)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows both seeds and the Rubio quote row worded differently, and a cell opens both passages', async () => {
    const page = await openFixture(session, 'seed-story.html');
    const tabId = await tabIdOf(session, page);
    // The popup offers the story once the tab's analysis is ready.
    const popup = await openPopup(session, tabId);
    await popup.waitForFunction(
      () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'See the whole story'),
      { timeout: 15_000 },
    );
    await popup.close();

    const story = await openExtensionPage(session, `story.html?tab=${tabId}`);
    await story.waitForSelector('.timeline-item', { timeout: 15_000 });
    const reports = await story.$$eval('.timeline-item', (items) =>
      items.map((i) => i.getAttribute('data-report')),
    );
    expect(reports.filter((r) => r !== 'open').sort()).toEqual(SEEDS);
    expect(reports).toContain('open');
    const rubio = await story.$$eval('tbody tr[data-quote="true"]', (rows) =>
      rows
        .filter((r) => r.querySelector('.statement')?.textContent?.includes('surrender'))
        .map((r) => ({
          disagrees: r.getAttribute('data-disagrees'),
          cells: Object.fromEntries(
            [...r.querySelectorAll('.cell-button')].map((b) => [
              b.getAttribute('data-report'),
              b.getAttribute('data-state'),
            ]),
          ),
        })),
    );
    expect(rubio).toHaveLength(1);
    expect(rubio[0]!.disagrees).toBe('true');
    for (const id of SEEDS) expect(rubio[0]!.cells[id]).toBe('worded');

    const clicked = await story.evaluate((id: string) => {
      const row = [...document.querySelectorAll('tbody tr[data-quote="true"]')].find((r) =>
        r.querySelector('.statement')?.textContent?.includes('surrender'),
      );
      const button = row?.querySelector<HTMLButtonElement>(`.cell-button[data-report="${id}"]`);
      button?.click();
      return Boolean(button);
    }, SEEDS[0]!);
    expect(clicked).toBe(true);
    await story.waitForSelector('[data-testid="cell-panel"]');
    const passages = await story.$$eval('[data-testid="cell-panel"] .passage', (ps) =>
      ps.map((p) => ({ report: p.getAttribute('data-report'), text: p.textContent ?? '' })),
    );
    expect(passages.find((p) => p.report === SEEDS[0])?.text).toContain('that’s surrender');
    expect(passages.find((p) => p.report === SEEDS[1])?.text).toContain('not a peace deal—it’s surrender');
    await story.close();
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshotForReadme, type ExtensionSession } from './harness';

/** Records layout shifts from before the content script runs. */
const OBSERVE_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push(e.value); })
    .observe({ type: 'layout-shift', buffered: true });
`;

/**
 * Waits until the overlay has applied a tab state of `status` (the content script marks it whether
 * or not it shows anything): the positive sign that the page was read and analysed.
 */
async function overlayApplied(page: Page, status: string): Promise<void> {
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    `parallax:overlay-applied:${status}`,
    { timeout: 15_000 },
  );
}

describe('the in-page overlay', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    await session.context.addInitScript(OBSERVE_SHIFTS);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows a pill on an article about the seed story, without layout shift, leaving the page DOM alone', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(`${session.server.url}/seed-story.html`);
    const pill = page.locator('parallax-overlay .pill');
    await pill.waitFor({ timeout: 15_000 });
    expect(await pill.textContent()).toMatch(/2 reports · \d+ differ/);
    // Only our host element was added (the fixture's body holds header, main, footer); the article is untouched.
    const after = await page.evaluate(() => [...document.body.children].map((e) => e.tagName).join(','));
    expect(after).toBe('HEADER,MAIN,FOOTER,PARALLAX-OVERLAY');
    expect(
      await page.evaluate(
        () => document.querySelectorAll('article mark, article [class*="parallax"]').length,
      ),
    ).toBe(0);
    // Mounting the overlay shifts nothing on the page (how long it takes: `npm run bench:ui`).
    await page.waitForFunction(() => performance.getEntriesByName('parallax:overlay-end').length > 0);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((x, y) => x + y, 0)).toBe(0);

    await pill.click();
    const panel = page.locator('parallax-overlay [role="dialog"]');
    await panel.waitFor();
    expect(await pill.getAttribute('aria-expanded')).toBe('true');
    await page.waitForTimeout(300); // let the panel's 120 ms entrance finish
    await screenshotForReadme(page, 'overlay');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('marks the sentences that differ and shows the other passage when one is picked from the panel', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(`${session.server.url}/seed-story.html`);
    const pill = page.locator('parallax-overlay .pill');
    await pill.waitFor({ timeout: 15_000 });
    const marked = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const out: Record<string, string[]> = {};
      for (const [name, highlight] of registry) out[name] = [...highlight].map((r) => r.toString());
      return out;
    });
    const markedText = Object.values(marked).flat();
    expect(markedText.length).toBeGreaterThan(0);
    // Every mark is a whole sentence of the article as the page shows it.
    const body = await page.evaluate(() =>
      document.querySelector('article')!.textContent!.replace(/\s+/g, ' '),
    );
    for (const text of markedText) expect(body).toContain(text.replace(/\s+/g, ' '));

    await pill.click();
    const first = page.locator('parallax-overlay .difference-open').first();
    await first.focus();
    await page.keyboard.press('Enter');
    const tooltip = page.locator('parallax-overlay [role="tooltip"]');
    await tooltip.waitFor({ timeout: 5_000 });
    expect(await tooltip.textContent()).toMatch(/says:/);
    await page.close();
  });

  it('shows nothing on an unrelated article', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/unrelated.html`);
    await overlayApplied(page, 'ready');
    expect(await page.locator('parallax-overlay').count()).toBe(0);
    await page.close();
  });

  it('"Never on this site" hides it on this site, and the popup-side setting survives a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/seed-story.html`);
    const pill = page.locator('parallax-overlay .pill');
    await pill.waitFor({ timeout: 15_000 });
    await pill.click();
    await page.locator('parallax-overlay button', { hasText: 'Never on this site' }).click();
    expect(await page.locator('parallax-overlay').count()).toBe(0);
    await page.reload();
    // The same article, analysed again: the overlay applied a ready state with reports, and stays hidden.
    await overlayApplied(page, 'ready');
    expect(await page.locator('parallax-overlay').count()).toBe(0);
    await session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
      ).chrome.storage.local.clear(),
    );
    await page.close();
  });
});

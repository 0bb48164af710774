import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshotForReadme, type ExtensionSession } from './harness';

/** Observes long tasks and layout shifts from before the content script runs. */
const OBSERVE_PERFORMANCE = `
  window.__perf = { longTasks: [], shifts: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.shifts.push(e.value); })
    .observe({ type: 'layout-shift', buffered: true });
`;

describe('the in-page overlay', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    await session.context.addInitScript(OBSERVE_PERFORMANCE);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows a pill on an article about the seed story, without layout shift or long tasks, leaving the page DOM alone', async () => {
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
    await page.waitForFunction(() => performance.getEntriesByName('parallax:overlay-end').length > 0);
    const perf = await page.evaluate(() => ({
      ...(window as unknown as { __perf: { longTasks: [number, number][]; shifts: number[] } }).__perf,
      start: performance.getEntriesByName('parallax:overlay-start')[0]!.startTime,
      end: performance.getEntriesByName('parallax:overlay-end')[0]!.startTime,
    }));
    // Long tasks that overlap the overlay's mount (page load and extraction are measured elsewhere).
    const duringMount = perf.longTasks.filter(
      ([start, duration]) => start < perf.end && start + duration > perf.start,
    );
    const shift = perf.shifts.reduce((x, y) => x + y, 0);
    console.log(
      `overlay mount: ${(perf.end - perf.start).toFixed(1)} ms; long tasks overlapping it ` +
        `${JSON.stringify(duringMount.map(([, d]) => Math.round(d)))}, on the whole page ` +
        `${JSON.stringify(perf.longTasks.map(([, d]) => Math.round(d)))}; layout shift ${shift}`,
    );
    expect(shift).toBe(0);
    expect(duringMount.filter(([, d]) => d > 50)).toEqual([]);

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
    await page.waitForTimeout(1500);
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
    await page.waitForTimeout(1500);
    expect(await page.locator('parallax-overlay').count()).toBe(0);
    await session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
      ).chrome.storage.local.clear(),
    );
    await page.close();
  });
});

/**
 * Extraction in real Chromium: what the content script costs a 200 KB article (long tasks seen by a
 * PerformanceObserver from before the script runs), an article body that arrives late, and a
 * single-page-app navigation to another story.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticlePage } from '../fixtures/extract/generate-page';
import { launchExtension, openPopup, tabIdOf, type ExtensionSession } from './harness';

/** Milliseconds: the budget for the content script's one task on a 200 KB page. */
const MAX_TASK_MS = 80;
const LOADS = 3;

const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

describe('extraction in Chromium', () => {
  let session: ExtensionSession;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-extract-e2e-'));
    const page = generateArticlePage({ bytes: 200_000, title: 'Harbour council approves the winter budget' });
    writeFileSync(path.join(dir, 'article-200k.html'), page);
    for (const name of ['late-body.html', 'spa.html'])
      copyFileSync(path.resolve('tests/fixtures/extract/e2e', name), path.join(dir, name));
    session = await launchExtension({ pagesDir: dir });
    await session.context.addInitScript(OBSERVE_LONG_TASKS);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The title the popup shows for `page`'s tab, read from a fresh popup until it is `title`. */
  async function expectPopupTitle(page: Page, title: string): Promise<void> {
    const tabId = await tabIdOf(session, page);
    await expect
      .poll(
        async () => {
          const popup = await openPopup(session, tabId);
          try {
            return await popup.locator('.article-title').textContent({ timeout: 3000 });
          } catch {
            return null;
          } finally {
            await popup.close();
          }
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(title);
  }

  /** One load of the 200 KB page: the content script's extraction and sentence tasks and the long tasks overlapping them. */
  async function measureLoad(): Promise<{
    extract: number;
    sentences: number;
    ours: number[];
    all: number[];
  }> {
    const page = await session.context.newPage();
    try {
      await page.goto(`${session.server.url}/article-200k.html`);
      await page.waitForFunction(() => performance.getEntriesByName('parallax:sentences').length > 0, null, {
        timeout: 15_000,
      });
      await page.waitForTimeout(500); // long-task entries are delivered after the task ends
      const perf = await page.evaluate(() => {
        const span = (name: string): [number, number] => {
          const m = performance.getEntriesByName(name)[0]!;
          return [m.startTime, m.duration];
        };
        return {
          extract: span('parallax:extract'),
          sentences: span('parallax:sentences'),
          longTasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks,
        };
      });
      // The content script's work: the long tasks that overlap its extraction or its sentence splitting.
      const ours = perf.longTasks.filter(([start, d]) =>
        [perf.extract, perf.sentences].some(([s, m]) => start < s + m && start + d > s),
      );
      return {
        extract: perf.extract[1],
        sentences: perf.sentences[1],
        ours: ours.map(([, d]) => Math.round(d)),
        all: perf.longTasks.map(([, d]) => Math.round(d)),
      };
    } finally {
      await page.close();
    }
  }

  it(`extracts a 200 KB article in one task of at most ${MAX_TASK_MS} ms`, async () => {
    // Three fresh loads (the content script starts cold on each); the machine is shared, so the median load is judged.
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await measureLoad());
    for (const [i, l] of loads.entries())
      console.log(
        `200 KB page, load ${i + 1}: extraction ${l.extract.toFixed(1)} ms, sentences ${l.sentences.toFixed(1)} ms ` +
          `(a task of their own); long tasks overlapping them ${JSON.stringify(l.ours)}; all long tasks on the page ${JSON.stringify(l.all)}`,
      );
    const median = [...loads].sort((a, b) => a.extract - b.extract)[Math.floor(LOADS / 2)]!;
    expect(median.extract).toBeLessThanOrEqual(MAX_TASK_MS);
    expect(median.ours.length).toBeLessThanOrEqual(1);
    for (const d of median.ours) expect(d).toBeLessThanOrEqual(MAX_TASK_MS);
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/article-200k.html`);
    await expectPopupTitle(page, 'Harbour council approves the winter budget');
    await page.close();
  });

  it('picks up an article body that loads after the page', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/late-body.html`);
    await expectPopupTitle(page, 'Island ferry returns after storm repairs');
    await page.close();
  });

  it('extracts the new story after a single-page-app navigation', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/spa.html`);
    await expectPopupTitle(page, 'Night buses to run on weekdays from May');
    await page.evaluate(() => window.postMessage('next-story', '*'));
    await expectPopupTitle(page, 'Lighthouse museum reopens with a new tide exhibition');
    await page.close();
  });
});

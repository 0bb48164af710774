/**
 * Extraction in real Chromium: a 200 KB article read in a task of its own, apart from sentence
 * splitting; an article body that arrives late; and a single-page-app navigation to another story.
 * How long those tasks take is measured by `npm run bench:extract -- --env=chromium`, not here.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticlePage } from '../fixtures/extract/generate-page';
import { launchExtension, openPopup, tabIdOf, type ExtensionSession } from './harness';

/**
 * In the page's own world, from before the content script runs: long tasks, and a chain of
 * MessageChannel tasks that records when each of its tasks ran, until sentences are split. A tick
 * that ran after extraction ended and before sentence splitting began proves the two are separate
 * tasks with the page's own work in between.
 */
const OBSERVE_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  window.__ticks = [];
  if (location.protocol.startsWith('http')) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__ticks.push(performance.now());
      const split = performance.getEntriesByName('parallax:sentences').length > 0;
      if (!split && performance.now() < 30000) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  }
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
    await session.context.addInitScript(OBSERVE_TASKS);
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

  it('reads a 200 KB article in a task of its own, and splits its sentences in another', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.server.url}/article-200k.html`);
    await page.waitForFunction(() => performance.getEntriesByName('parallax:sentences').length > 0, null, {
      timeout: 15_000,
    });
    const seen = await page.evaluate(() => {
      const span = (name: string) => {
        const m = performance.getEntriesByName(name)[0]!;
        return { start: m.startTime, end: m.startTime + m.duration };
      };
      const w = window as unknown as { __ticks: number[]; __longTasks: [number, number][] };
      return {
        extract: span('parallax:extract'),
        sentences: span('parallax:sentences'),
        ticks: w.__ticks,
        longTasks: w.__longTasks,
      };
    });
    expect(seen.sentences.start).toBeGreaterThanOrEqual(seen.extract.end);
    // The page ran a task of its own between the two.
    expect(seen.ticks.some((t) => t >= seen.extract.end && t <= seen.sentences.start)).toBe(true);
    // No long task holds both.
    const covers = ([start, d]: [number, number], s: { start: number; end: number }) =>
      start <= s.start && start + d >= s.end;
    expect(seen.longTasks.filter((t) => covers(t, seen.extract) && covers(t, seen.sentences))).toEqual([]);
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

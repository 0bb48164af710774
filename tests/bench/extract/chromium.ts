/**
 * The content script's extraction in real Chromium (the built extension, playwright-core): the
 * task that reads a 200 KB article (`parallax:extract`, around extractArticle) and the separate
 * task that splits its sentences (`parallax:sentences`), as the content script marks them.
 *
 * - warm: `warm` loads of the page in one browser, each a fresh content script, with V8's code
 *   cache for the script already filled by the loads before;
 * - first load after the browser starts: `cold` fresh browsers (new profiles), one load each,
 *   before V8 has compiled and cached the content script.
 *
 * Long tasks (> 50 ms, the browser's own definition) overlapping either span are counted, so a
 * slow extraction shows whether it held the page in one piece.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchExtension, type ExtensionSession } from '../../e2e/harness';
import { generateArticlePage } from '../../fixtures/extract/generate-page';
import { formatSummary, summarise } from '../shared/stats';

const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

/**
 * Reads one load's spans and the long tasks overlapping them. A string, not a function: tsx
 * (esbuild) would wrap the named helpers of a function in a `__name` the page does not have.
 */
const READ_LOAD = `(() => {
  const span = (name) => { const m = performance.getEntriesByName(name)[0]; return [m.startTime, m.duration]; };
  const extract = span('parallax:extract');
  const sentences = span('parallax:sentences');
  const overlapping = window.__longTasks.filter(([start, d]) =>
    [extract, sentences].some(([s, m]) => start < s + m && start + d > s));
  return { extract: extract[1], sentences: sentences[1], longTasks: overlapping.map(([, d]) => d) };
})()`;

interface Load {
  extract: number;
  sentences: number;
  /** Long tasks overlapping the extraction or the sentence split. */
  longTasks: number[];
}

export async function benchChromiumExtraction(options: { warm: number; cold: number }): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-extract-'));
  const html = generateArticlePage({ bytes: 200_000, title: 'Harbour council approves the winter budget' });
  writeFileSync(path.join(dir, 'article-200k.html'), html);
  try {
    const cold: Load[] = [];
    for (let i = 0; i < options.cold; i++) {
      const session = await launch(dir);
      try {
        cold.push(await load(session));
      } finally {
        await session.close();
      }
    }
    const warm: Load[] = [];
    const session = await launch(dir);
    try {
      await load(session); // fills the code cache; not counted
      for (let i = 0; i < options.warm; i++) warm.push(await load(session));
    } finally {
      await session.close();
    }
    const kb = (html.length / 1000).toFixed(0);
    report(`chromium ${kb} KB page, warm`, warm);
    report(`chromium ${kb} KB page, first load after browser start`, cold);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function launch(dir: string): Promise<ExtensionSession> {
  const session = await launchExtension({ pagesDir: dir });
  await session.context.addInitScript(OBSERVE_LONG_TASKS);
  return session;
}

async function load(session: ExtensionSession): Promise<Load> {
  const page = await session.context.newPage();
  try {
    await page.goto(`${session.server.url}/article-200k.html`);
    await page.waitForFunction(() => performance.getEntriesByName('parallax:sentences').length > 0, null, {
      timeout: 30_000,
    });
    // Long-task entries are delivered after their task ends: wait for the next frame and one more task.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    return (await page.evaluate(READ_LOAD)) as Load;
  } finally {
    await page.close();
  }
}

function report(label: string, loads: Load[]): void {
  const withLong = loads.filter((l) => l.longTasks.length > 0).length;
  console.log(
    `${label}: extraction task ${formatSummary(summarise(loads.map((l) => l.extract)))}; ` +
      `sentences task ${formatSummary(summarise(loads.map((l) => l.sentences)))}; ` +
      `loads with a long task overlapping them ${withLong}/${loads.length}` +
      (withLong ? ` (longest ${Math.max(...loads.flatMap((l) => l.longTasks)).toFixed(0)} ms)` : ''),
  );
}

/**
 * `npm run -s bench:ui -- [--runs=20]`: the reading experience in real Chromium (the built
 * extension, playwright-core), on the seed-story demo page:
 * - popup: its first render with an analysis the background has cached (`parallax:first-answer`,
 *   from the popup's navigation start), over `runs` openings;
 * - overlay: the mount of the pill and marks (`parallax:overlay-start` to `-end`), and the long tasks
 *   (> 50 ms) overlapping it, over `runs` page loads.
 */
import { launchExtension, openPopup, tabIdOf } from '../../e2e/harness';
import { formatSummary, summarise } from '../shared/stats';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? '20');

const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

/** The overlay's mount span and the long tasks overlapping it (a string: see tests/bench/extract/chromium.ts). */
const READ_MOUNT = `(() => {
  const start = performance.getEntriesByName('parallax:overlay-start')[0].startTime;
  const end = performance.getEntriesByName('parallax:overlay-end')[0].startTime;
  const long = window.__longTasks.filter(([s, d]) => s < end && s + d > start).map(([, d]) => d);
  return { mount: end - start, long };
})()`;

const session = await launchExtension();
try {
  await session.context.addInitScript(OBSERVE_LONG_TASKS);
  const page = await session.context.newPage();
  await page.goto(`${session.server.url}/seed-story.html`);
  const tabId = await tabIdOf(session, page);
  const warm = await openPopup(session, tabId);
  await warm.locator('.related-item').first().waitFor({ timeout: 30_000 });
  await warm.close();

  const firstAnswer: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await openPopup(session, tabId);
    await popup.waitForFunction(() => performance.getEntriesByName('parallax:first-answer').length > 0);
    firstAnswer.push(
      await popup.evaluate(() => performance.getEntriesByName('parallax:first-answer')[0]!.startTime),
    );
    await popup.close();
  }
  await page.close();
  console.log(
    `popup first render, cached analysis: ${formatSummary(summarise(firstAnswer))} after navigation start`,
  );

  const mounts: number[] = [];
  const longTasks: number[] = [];
  let withLong = 0;
  for (let i = 0; i < runs; i++) {
    const p = await session.context.newPage();
    await p.goto(`${session.server.url}/seed-story.html`);
    await p.waitForFunction(() => performance.getEntriesByName('parallax:overlay-end').length > 0, null, {
      timeout: 30_000,
    });
    await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const { mount, long } = (await p.evaluate(READ_MOUNT)) as { mount: number; long: number[] };
    mounts.push(mount);
    longTasks.push(...long);
    if (long.length) withLong++;
    await p.close();
  }
  console.log(
    `overlay mount: ${formatSummary(summarise(mounts))}; loads with a long task overlapping it ${withLong}/${runs}` +
      (longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ''),
  );
} finally {
  await session.close();
}

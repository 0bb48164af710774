/**
 * `npm run -s bench:story`: the time to render a story page of 20 reports from the corpus, in Node
 * (fake-indexeddb for the corpus, happy-dom for the page), p50/p95 in ms, wall-clock and CPU time:
 * loading the story (its articles, stored claims and feature rows read, wire copies found, every
 * report aligned to the story's rows and each row's readings classified) and rendering the page
 * (timeline, filters, the first page of the grid). The 20 reports are synthetic same-story
 * variants assembled from the seed reports' paragraphs (tests/bench/claims/articles.ts), about 800
 * words each, and the seeds are in the corpus too. `--runs=N` (default 30), `--reports=N` (20).
 */
import { availableParallelism, loadavg } from 'node:os';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { StoryPage } from '../../../components/story/StoryPage';
import { loadStory } from '../../../lib/analysis/story';
import { saveArticle } from '../../../lib/corpus/articles';
import { openCorpus } from '../../../lib/corpus/db';
import { importSeeds } from '../../../lib/corpus/import-seeds';
import { repositorySeeds } from '../../helpers/seeds';
import { storyVariant } from '../claims/articles';
import { formatSummary, summarise } from '../shared/stats';

const GOAL_P95 = 300;
const WORDS = 800;

function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

async function main(): Promise<void> {
  const runs = flag('runs', 30);
  const count = flag('reports', 20);
  const window = new Window();
  Object.assign(globalThis, { window, document: window.document });
  const container = window.document.createElement('main');
  window.document.body.append(container as never);

  const db = openCorpus('bench-story', {
    indexedDB: new IDBFactory(),
    IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  });
  const seeds = repositorySeeds();
  await importSeeds(db, seeds, 0);
  const paragraphs = seeds.flatMap((s) => s.text.split('\n\n'));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const v = storyVariant(paragraphs, WORDS, 500 + i);
    const id = `story-${i}`;
    ids.push(id);
    await saveArticle(
      db,
      {
        id,
        url: `https://outlet-${i}.example/ukraine-guarantees`,
        canonicalUrl: null,
        title: v.title,
        byline: null,
        siteName: `Outlet ${i + 1}`,
        publishedTime: i % 4 === 3 ? null : `2025-08-${String(17 + (i % 3)).padStart(2, '0')}`,
        lang: 'en',
        text: v.text,
        sentences: v.sentences,
      },
      'saved',
      Date.UTC(2025, 7, 18, i),
    );
  }

  const loads: number[] = [];
  const totals: number[] = [];
  const cpus: number[] = [];
  let rows = 0;
  for (let i = -3; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const story = await loadStory(db, { kind: 'ids', ids });
    const loaded = performance.now();
    render(
      h(StoryPage, { story, loading: false, error: null, onRetry: () => undefined }),
      container as never,
    );
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    render(null, container as never);
    rows = story.rows.length;
    if (i < 0) continue; // warm-up
    loads.push(loaded - start);
    totals.push(end - start);
    cpus.push((used.user + used.system) / 1000);
  }
  const total = summarise(totals);
  process.stdout.write(
    `story page of ${count} reports (~${WORDS} words each, ${rows} statement rows); load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores\n` +
      `load the story (corpus → grid)   ${formatSummary(summarise(loads))}\n` +
      `load and render the page, wall   ${formatSummary(total)}\n` +
      `load and render the page, cpu    ${formatSummary(summarise(cpus))}\n` +
      `goal p95 ≤ ${GOAL_P95} ms (wall): ${total.p95 <= GOAL_P95 ? 'met' : 'NOT met'}\n`,
  );
  await window.happyDOM.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

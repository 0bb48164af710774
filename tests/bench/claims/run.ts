/**
 * `npm run -s bench:claims`: timings of the claims engine in Node on this machine (p50/p95 in ms),
 * wall-clock and CPU time of this process (the machine is shared: under load, wall time also
 * counts the time other processes held the cores).
 * - diff of two 1,500-word articles with claims precomputed (what a comparison costs, claims being
 *   stored at save time), and cold (extracting both first, as `xref diff` on two files does);
 * - claim extraction per article (the cost added to every save) and what it means for an import
 *   of 100,000 articles;
 * - analysing an unsaved 1,500-word article against a corpus holding 10 same-story articles.
 */
import { availableParallelism, loadavg } from 'node:os';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { analyzeArticle } from '../../../lib/analysis/analyze';
import { compareArticles, compareClaims } from '../../../lib/claims/compare';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { saveArticle } from '../../../lib/corpus/articles';
import { openCorpus } from '../../../lib/corpus/db';
import { repositorySeeds } from '../../helpers/seeds';
import { percentiles, storyVariant, type BenchArticle } from './articles';

const WORDS = 1500;
const RUNS = 40;
const WARM_UP = 5;
/** Words in a typical news article, for the import estimate. */
const TYPICAL_WORDS = 800;

interface Timings {
  wall: number[];
  /** CPU time of this process: what the work costs when other processes share the cores. */
  cpu: number[];
}

function time(run: () => unknown, runs = RUNS): Timings {
  for (let i = 0; i < WARM_UP; i++) run();
  const out: Timings = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    run();
    out.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    out.cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

async function timeAsync(run: () => Promise<unknown>, runs = RUNS): Promise<Timings> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const out: Timings = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    out.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    out.cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

function report(name: string, runs: Timings, goal?: number): void {
  const wall = percentiles(runs.wall);
  const cpu = percentiles(runs.cpu);
  const f = (x: number): string => x.toFixed(1).padStart(6);
  const verdict =
    goal === undefined
      ? ''
      : `  goal p95 ≤ ${goal}: wall ${wall.p95 <= goal ? 'met' : 'NOT met'}, cpu ${cpu.p95 <= goal ? 'met' : 'NOT met'}`;
  process.stdout.write(
    `${name.padEnd(50)} wall p50 ${f(wall.p50)} p95 ${f(wall.p95)} | cpu p50 ${f(cpu.p50)} p95 ${f(cpu.p95)}${verdict}\n`,
  );
}

function words(a: BenchArticle): number {
  return a.text.split(/\s+/).length;
}

async function main(): Promise<void> {
  const paragraphs = repositorySeeds().flatMap((s) => s.text.split('\n\n'));
  const a = storyVariant(paragraphs, WORDS, 1);
  const b = storyVariant(paragraphs, WORDS, 2);
  process.stdout.write(
    `articles of ${words(a)} and ${words(b)} words; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores; ms\n`,
  );

  const ca = extractClaims(a);
  const cb = extractClaims(b);
  // Fresh claim objects each run, as claims read from storage are: nothing cached from the run before.
  report(
    'diff, claims precomputed (compareClaims)',
    time(() =>
      compareClaims(
        { text: a.text, claims: ca.claims.map((c) => ({ ...c })) },
        { text: b.text, claims: cb.claims.map((c) => ({ ...c })) },
      ),
    ),
    30,
  );
  report(
    'diff, cold: both extracted first (compareArticles)',
    time(() => compareArticles(a, b), 15),
  );
  const extraction = time(() => extractClaims(a));
  report(`claim extraction, one ${words(a)}-word article`, extraction);

  const perWord = percentiles(extraction.cpu).p50 / words(a);
  const importMinutes = (perWord * TYPICAL_WORDS * 100_000) / 60_000;
  process.stdout.write(
    `import estimate: ${(perWord * 1000).toFixed(1)} ms per 1,000 words → 100,000 articles of ${TYPICAL_WORDS} words ≈ ${importMinutes.toFixed(0)} min of claim extraction on one core\n`,
  );

  const db = openCorpus('bench-claims', {
    indexedDB: new IDBFactory(),
    IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  });
  const saves: Timings = { wall: [], cpu: [] };
  for (let i = 0; i < 10; i++) {
    const v = storyVariant(paragraphs, WORDS, 100 + i);
    const cpu = process.cpuUsage();
    const start = performance.now();
    await saveArticle(
      db,
      {
        id: `v${i}`,
        url: null,
        canonicalUrl: null,
        title: v.title,
        byline: null,
        siteName: `Outlet ${i}`,
        publishedTime: '2025-08-17',
        lang: 'en',
        text: v.text,
        sentences: v.sentences,
      },
      'imported',
      0,
    );
    saves.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    saves.cpu.push((used.user + used.system) / 1000);
  }
  report('save of a 1,500-word article (features, claims, one transaction)', saves);
  const query = storyVariant(paragraphs, WORDS, 7);
  const input = {
    url: null,
    canonicalUrl: null,
    title: query.title,
    byline: null,
    siteName: null,
    publishedTime: '2025-08-17',
    text: query.text,
    sentences: query.sentences,
  };
  const check = await analyzeArticle(db, input);
  process.stdout.write(
    `analysis: ${check.related.filter((r) => r.sameStory).length} same-story articles compared\n`,
  );
  report(
    'analyse an unsaved article against 10 same-story articles',
    await timeAsync(() => analyzeArticle(db, input), 20),
    200,
  );
  db.close();
}

void main();

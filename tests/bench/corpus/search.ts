/**
 * The corpus page's word search in Chromium: search-entry.ts is bundled and evaluated in the built
 * extension's service worker, which fills a corpus of each size and times the search there.
 */
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { launchExtension } from '../../e2e/harness';
import { formatSummary, summarise } from '../shared/stats';

/** Articles written per evaluation: each call stays short. */
const FILL = 5_000;

interface SearchBench {
  start(): Promise<void>;
  fill(from: number, count: number): Promise<number>;
  queries(): Promise<Record<string, string>>;
  time(words: string, runs: number): Promise<{ search: number[]; listing: number[]; found: number }>;
  parts(words: string): Promise<Record<string, number>>;
  finish(): Promise<void>;
}

/** Prints p50/p95 of the search and of the page's whole listing reply, per size and query. */
export async function benchSearch(
  extensionDir: string,
  sizes: readonly number[],
  runs: number,
): Promise<void> {
  const bundle = await build({
    entryPoints: [path.resolve('tests/bench/corpus/search-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  const session = await launchExtension({ extensionDir });
  try {
    const { worker } = session;
    await worker.evaluate(bundle.outputFiles[0]!.text);
    const call = <T>(fn: (b: SearchBench, arg: unknown) => Promise<T>, arg?: unknown): Promise<T> =>
      worker.evaluate(
        ([body, a]) => {
          const b = (globalThis as unknown as { parallaxSearchBench?: SearchBench }).parallaxSearchBench;
          if (!b) throw new Error('The service worker restarted: benchmark state lost.');
          return (
            new Function('b', 'a', `return (${body})(b, a)`) as (b: SearchBench, a: unknown) => Promise<T>
          )(b, a);
        },
        [fn.toString(), arg] as const,
      );
    await call((b) => b.start());
    let size = 0;
    for (const target of [...sizes].sort((a, b) => a - b)) {
      const fillStart = performance.now();
      while (size < target) {
        const n = Math.min(FILL, target - size);
        await call((b, a) => b.fill(...(a as [number, number])), [size, n]);
        size += n;
      }
      console.log(
        `chromium search at ${size.toLocaleString('en-US')} articles (filled in ${((performance.now() - fillStart) / 1000).toFixed(0)} s; machine load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores):`,
      );
      const queries = await call((b) => b.queries());
      for (const [name, words] of Object.entries(queries)) {
        const t = await call((b, a) => b.time(...(a as [string, number])), [words, runs]);
        const search = summarise(t.search);
        const listing = summarise(t.listing);
        console.log(
          `  ${name.padEnd(44)} search ${formatSummary(search)}; listing ${formatSummary(listing)} (${t.found} shown)`,
        );
        if (search.p95 > 2 * search.p50) {
          const slow = t.search
            .map((ms, i) => ({ ms, i }))
            .sort((a, b) => b.ms - a.ms)
            .slice(0, 3);
          const parts = await call((b, a) => b.parts(a as string), words);
          console.log(
            `    tail: slowest runs ${slow.map((s) => `#${s.i + 1} ${s.ms.toFixed(1)} ms`).join(', ')}; ` +
              `one run's requests: ${Object.entries(parts)
                .map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`)
                .join(', ')}`,
          );
        }
      }
    }
    await call((b) => b.finish());
  } finally {
    await session.close();
  }
}

/**
 * Matcher benchmark: `npm run -s bench:match -- [articles.jsonl] [--sizes=1000,10000,100000] [--env=node,chromium]`
 * (the file defaults to ../shared/data/stories-dev/articles.jsonl).
 * Builds synthetic corpora from the texts of <articles.jsonl> (see synthetic.ts) and prints, per size
 * and environment, lookup and brute-force latency, save latency, import time, database size and heap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { benchChromium } from './run-chromium';
import { benchNode, type Plan } from './run-node';
import { formatFigures } from './report';
import type { SourceArticle } from './synthetic';

/** The development set beside this checkout, used when no file is given. */
const DEFAULT_SOURCES = '../shared/data/stories-dev/articles.jsonl';

const args = process.argv.slice(2);
const file =
  args.find((a) => !a.startsWith('--')) ?? (existsSync(DEFAULT_SOURCES) ? DEFAULT_SOURCES : undefined);
if (!file) {
  console.error(
    'usage: npm run -s bench:match -- [articles.jsonl] [--sizes=1000,10000,100000] [--env=node,chromium]',
  );
  process.exit(2);
}
const option = (name: string, fallback: string) =>
  (args.find((a) => a.startsWith(`--${name}=`)) ?? `--${name}=${fallback}`).split('=')[1]!.split(',');
const sizes = option('sizes', '1000,10000,100000').map(Number);
const envs = option('env', 'node,chromium');
const sources: SourceArticle[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { cluster: string; title: string | null; text: string })
  .map((a) => ({ cluster: String(a.cluster), title: a.title ?? '', text: a.text }));

/** Fewer brute-force scans on big corpora: each reads every row. */
const plan = (size: number): Plan => ({ lookups: 200, bruteForce: size >= 100_000 ? 5 : 20, saves: 50 });

for (const env of envs) {
  if (env === 'node') {
    for (const size of sizes) console.log(formatFigures(await benchNode(sources, size, plan(size))));
  } else if (env === 'chromium') {
    for (const figures of await benchChromium(sources, sizes, plan)) console.log(formatFigures(figures));
  }
}

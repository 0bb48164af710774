/**
 * `npm run -s bench:extract -- [dir…] [--env=node,chromium] [--warm=20] [--cold=5]`: time per page of extractArticle (pruned copy, Readability,
 * cleaning, metadata, sentences) in Node with linkedom, as p50/p95/max over the pages of each
 * folder of `<id>.html` files, plus generated pages: a 200 KB article and a 5 MB page of 50,000
 * elements (which must finish within budget or be declined). HTML parsing is not timed: the
 * browser has its DOM already. Each page is timed RUNS times and its median kept, so one
 * scheduling hiccup on a shared machine does not count as the page's cost. CPU time (user + system,
 * of the whole process, from process.cpuUsage) is reported beside wall time: on a loaded machine
 * wall time includes waiting for a core and CPU time does not, so before/after comparisons are
 * steadier in CPU time. `--slowest=N` lists the N pages with the most CPU time.
 *
 * `--env=chromium` (after `wxt build`) times the content script's extraction task in real Chromium
 * instead (tests/bench/extract/chromium.ts); `--env=node,chromium` does both.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../../lib/extract/decode-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { repairParsedDocument } from '../../../lib/extract/repair-document';
import { generateArticlePage } from '../../fixtures/extract/generate-page';
import { quantile } from '../shared/stats';
import { benchChromiumExtraction } from './chromium';

const RUNS = 3;

interface Timing {
  name: string;
  ms: number;
  /** Milliseconds of CPU time (user + system), median of the runs. */
  cpuMs: number;
  readerable: boolean;
  reason?: string;
}

/** The page parsed as the CLI parses it (linkedom, then the browser's body rules). */
function documentOf(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  repairParsedDocument(doc);
  return doc;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time of RUNS extractions of `html` (a fresh document each time: extraction must not depend on earlier runs). */
function time(name: string, html: string, url: string): Timing {
  const runs: number[] = [];
  const cpu: number[] = [];
  let last = extractArticle(documentOf(html), url);
  for (let i = 0; i < RUNS; i++) {
    const doc = documentOf(html);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    last = extractArticle(doc, url);
    runs.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    name,
    ms: median(runs),
    cpuMs: median(cpu),
    readerable: last.readerable,
    ...(last.reason ? { reason: last.reason } : {}),
  };
}

async function folder(dir: string): Promise<Timing[]> {
  const names = (await readdir(dir))
    .filter((n) => n.endsWith('.html') && !n.endsWith('.expected.html'))
    .sort();
  const out: Timing[] = [];
  for (const name of names) {
    const html = decodeHtml(new Uint8Array(await readFile(path.join(dir, name))));
    out.push(
      time(
        `${path.basename(path.resolve(dir))}/${name}`,
        html,
        `https://bench.example/${encodeURIComponent(name)}`,
      ),
    );
  }
  return out;
}

function line(label: string, timings: readonly Timing[]): string {
  const ms = timings.map((t) => t.ms);
  const cpu = timings.map((t) => t.cpuMs);
  const declined = timings.filter((t) => !t.readerable).length;
  const f = (v: number, width = 6): string => v.toFixed(1).padStart(width);
  return (
    `${label.padEnd(28)} pages ${String(timings.length).padStart(4)}  ` +
    `wall p50 ${f(quantile(ms, 0.5))} p95 ${f(quantile(ms, 0.95))} max ${f(Math.max(...ms), 7)} ms  ` +
    `cpu p50 ${f(quantile(cpu, 0.5))} p95 ${f(quantile(cpu, 0.95))} ms  declined ${declined}`
  );
}

const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

async function main(): Promise<void> {
  const envs = option('env', 'node').split(',');
  if (envs.includes('node')) await benchNode();
  if (envs.includes('chromium'))
    await benchChromiumExtraction({ warm: Number(option('warm', '20')), cold: Number(option('cold', '5')) });
}

async function benchNode(): Promise<void> {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const all: Timing[] = [];
  for (const dir of dirs) {
    const timings = await folder(dir);
    all.push(...timings);
    process.stdout.write(line(path.basename(path.resolve(dir)), timings) + '\n');
  }
  if (dirs.length > 1) process.stdout.write(line('all folders', all) + '\n');
  const slowest = Number(process.argv.find((a) => a.startsWith('--slowest='))?.slice(10) ?? 0);
  for (const t of [...all].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, slowest))
    process.stdout.write(`  ${t.name.padEnd(70)} wall ${t.ms.toFixed(1)} ms  cpu ${t.cpuMs.toFixed(1)} ms\n`);
  const generated: [string, string][] = [
    ['generated 200 KB article', generateArticlePage({ bytes: 200_000 })],
    ['generated 1 MB article', generateArticlePage({ bytes: 1_000_000, seed: 2 })],
    ['generated 5 MB, 50k elements', generateArticlePage({ bytes: 5_000_000, elements: 50_000, seed: 3 })],
  ];
  for (const [name, html] of generated) {
    const t = time(name, html, 'https://harbour.example/news/winter-budget');
    process.stdout.write(
      `${name.padEnd(28)} ${(html.length / 1e6).toFixed(2)} MB  ${t.ms.toFixed(1).padStart(7)} ms (cpu ${t.cpuMs.toFixed(1)})  ${t.readerable ? 'article' : `declined: ${t.reason}`}\n`,
    );
  }
}

void main();

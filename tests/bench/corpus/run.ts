/**
 * Corpus-page benchmark:
 * `npm run -s bench:corpus -- [--steps=import,search] [--count=10000] [--env=node,chromium] [--sizes=10000,100000] [--runs=30]`.
 * - search (Chromium): the corpus page's word search at each of `sizes` articles (search.ts);
 * - import: imports a generated corpus file of `count` synthetic articles, imports it again (nothing
 * changes), searches and exports, and prints the time of each step:
 * - chromium: the built extension's corpus page, driven by playwright-core, as a reader does it
 *   (file input, progress label, download);
 * - node: the same staged import (validation, staging, one merge transaction) on fake-indexeddb,
 *   called directly.
 * Also, in Node: how long reading a 50 MB file of junk takes to be refused (parse-file's syntax
 * error with its position), over five runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { openCorpus } from '@/lib/corpus/db';
import { CorpusTransfer } from '@/lib/transfer/staged-import';
import { openStaging } from '@/lib/transfer/staging-db';
import { readCorpusFile } from '@/lib/transfer/parse-file';
import { formatSummary, summarise } from '../shared/stats';
import { benchSearch } from './search';
import { launchExtension } from '../../e2e/harness';
import { repositorySeeds } from '../../helpers/seeds';
import { syntheticArticles } from '../../lib/transfer/synthetic-corpus';

const OUT_DIR = '/tmp/parallax-bench-output';
/** Articles per staging request, as the corpus page sends them. */
const CHUNK = 500;

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  (args.find((a) => a.startsWith(`--${name}=`)) ?? `--${name}=${fallback}`).split('=')[1]!;
const count = Number(option('count', '10000'));
const envs = option('env', 'node,chromium').split(',');
const steps = option('steps', 'import,search').split(',');
const sizes = option('sizes', '10000,100000').split(',').map(Number);
const runs = Number(option('runs', '30'));

if (steps.includes('search') || envs.includes('chromium'))
  execFileSync('npx', ['wxt', 'build', '-c', 'tests/bench/match/wxt.bench.config.ts'], { stdio: 'ignore' });
if (steps.includes('search')) await benchSearch(path.join(OUT_DIR, 'chrome-mv3'), sizes, runs);
if (!steps.includes('import')) process.exit(0);

{
  // A flat string, as File.text() gives (String.repeat builds a rope that the first read flattens).
  const junk = Buffer.alloc(50 * 1024 * 1024, 'x').toString('latin1');
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const parsed = readCorpusFile(junk);
    ms.push(performance.now() - started);
    if (parsed.ok) throw new Error('50 MB of junk was accepted');
  }
  console.log(`node     refusing a 50 MB file of junk: ${formatSummary(summarise(ms))}`);
}

const articles = syntheticArticles(count);
const fileText = JSON.stringify({ format: 'parallax-corpus', version: 1, articles });
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

for (const env of envs) {
  const figures = env === 'node' ? await benchNode() : await benchChromium();
  console.log(
    `${env.padEnd(8)} ${count} articles (${(fileText.length / 1e6).toFixed(0)} MB file): ` +
      Object.entries(figures)
        .map(
          ([k, ms]) =>
            `${k} ${seconds(ms)}${k.startsWith('import') ? ` (${(ms / count).toFixed(1)} ms/article)` : ''}`,
        )
        .join('; '),
  );
}

async function benchNode(): Promise<Record<string, number>> {
  const dependencies = {
    indexedDB: new IDBFactory(),
    IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  };
  const db = openCorpus('bench-corpus', dependencies);
  await importSeeds(db, repositorySeeds(), Date.now());
  let n = 0;
  const transfer = new CorpusTransfer({
    db,
    staging: openStaging('bench-staging', dependencies),
    now: Date.now,
    newId: () => `import-${++n}`,
  });
  const importAll = async () => {
    const start = performance.now();
    const { importId } = await transfer.begin(count);
    for (let i = 0; i < count; i += CHUNK) await transfer.chunk(importId, i, articles.slice(i, i + CHUNK));
    const staged = performance.now();
    const report = await transfer.commit(importId);
    return { report, stage: staged - start, commit: performance.now() - staged };
  };
  const first = await importAll();
  if (first.report.added !== count)
    throw new Error(`Expected ${count} new articles: ${JSON.stringify(first.report)}`);
  const again = await importAll();
  if (again.report.unchanged !== count)
    throw new Error(`Expected ${count} unchanged: ${JSON.stringify(again.report)}`);
  db.close();
  return {
    'import: staging': first.stage,
    'import: saving (one transaction)': first.commit,
    're-import': again.stage + again.commit,
  };
}

async function benchChromium(): Promise<Record<string, number>> {
  const session = await launchExtension({ extensionDir: path.join(OUT_DIR, 'chrome-mv3') });
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-corpus-'));
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/corpus.html`);
    await page.locator('.story').first().waitFor({ timeout: 15_000 });
    const file = path.join(dir, 'corpus.json');
    writeFileSync(file, fileText);
    if (statSync(file).size !== Buffer.byteLength(fileText))
      throw new Error('The corpus file was not written.');
    const label = page.locator('.transfer-status');
    const ms: Record<string, number> = {};
    const timeImport = async (key: string, expected: RegExp) => {
      const start = Date.now();
      await page.locator('#import-file').setInputFiles(file);
      await label.getByText(/^Saving/).waitFor({ timeout: 3_600_000 });
      const sent = Date.now();
      await page.locator('.transfer-done, .transfer-error').waitFor({ timeout: 3_600_000 });
      const done = Date.now();
      const outcome = (await page.locator('.transfer-done, .transfer-error').textContent()) ?? '';
      if (!expected.test(outcome)) throw new Error(`${key}: unexpected outcome "${outcome}"`);
      if (key === 'import') {
        ms['import: reading, checking, staging'] = sent - start;
        ms['import: saving (one transaction)'] = done - sent;
      } else ms[key] = done - start;
    };
    const n = count.toLocaleString('en-US');
    await timeImport('import', new RegExp(`${n} new`));
    const search = async (words: string) => {
      const start = Date.now();
      const reply = await page.evaluate(
        (d) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
            }
          ).chrome.runtime.sendMessage({ parallax: 1, name: 'searchCorpus', data: d }),
        { words, outlet: null, from: null, to: null, limit: 100 },
      );
      if (!reply.ok) throw new Error(`search "${words}" failed`);
      return Date.now() - start;
    };
    ms['newest 100 grouped by story'] = await search('');
    ms['search matching nothing'] = await search('zeppelinfactory');
    const exportStart = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 3_600_000 }),
      page.getByRole('button', { name: 'Export corpus' }).click(),
    ]);
    await download.path();
    ms.export = Date.now() - exportStart;
    await timeImport('re-import', new RegExp(`${n} already in your corpus`));
    return ms;
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npm run -s eval:extract -- <dir> [--pages]`: scores Parallax's extraction and plain Readability,
 * computed in the same run on the same linkedom documents, against a folder of annotated pages
 * (see dataset.ts). Times cover extraction only (the browser has its DOM already), not HTML parsing.
 * `--pages` also lists the pages where we score worst, to read errors (not to tune rules to them).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../../lib/extract/decode-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { repairParsedDocument } from '../../../lib/extract/repair-document';
import { readabilityBaseline, type Extraction } from './baseline';
import { readGoldPages, type GoldPage } from './dataset';
import { dayOf, foldField, sameByline, tokenPrf } from './metrics';
import { predictedDay, summarise, type PageResult, type Summary } from './score';

/** Unmeasured runs first, so JIT warm-up does not land in the first pages' times. */
const WARM_UP_PAGES = 5;

function ours(doc: Document, url: string): Extraction {
  const a = extractArticle(doc, url);
  return {
    text: a.text,
    title: a.title || null,
    byline: a.byline,
    published: a.publishedTime,
    declined: !a.readerable,
  };
}

function timed(run: () => Extraction): { out: Extraction; ms: number } {
  const start = performance.now();
  const out = run();
  return { out, ms: performance.now() - start };
}

/** The page parsed as the CLI parses it (linkedom, then the browser's body rules). */
function documentOf(page: GoldPage): Document {
  const doc = parseHTML(decodeHtml(page.html)).document as unknown as Document;
  repairParsedDocument(doc);
  return doc;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: npm run -s eval:extract -- <dir> [--pages]\n');
    process.exitCode = 2;
    return;
  }
  const pages = await readGoldPages(dir);
  const urlOf = (p: GoldPage): string => p.url ?? pathToFileURL(path.resolve(dir, `${p.id}.html`)).href;
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    ours(documentOf(page), urlOf(page));
    readabilityBaseline(documentOf(page));
  }
  const mine: PageResult[] = [];
  const theirs: PageResult[] = [];
  for (const page of pages) {
    const doc = documentOf(page);
    mine.push({ page, ...timed(() => ours(doc, urlOf(page))) });
    theirs.push({ page, ...timed(() => readabilityBaseline(doc)) });
  }
  print(path.basename(path.resolve(dir)), summarise(mine), summarise(theirs));
  if (args.includes('--pages')) printWorst(mine, theirs);
}

function print(name: string, a: Summary, b: Summary): void {
  const f = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '   -  ' : x.toFixed(3));
  const share = (s: { correct?: number; pass?: number; pages: number } | null): string =>
    s ? `${f((s.correct ?? s.pass ?? 0) / s.pages)} (${s.pages})` : '   -  ';
  const rows: [string, string, string][] = [
    ['pages', String(a.pages), String(b.pages)],
    ['declined (no article)', String(a.declined), String(b.declined)],
    [`body precision (${a.body?.pages ?? 0} pages)`, f(a.body?.precision), f(b.body?.precision)],
    ['body recall', f(a.body?.recall), f(b.body?.recall)],
    ['body F1', f(a.body?.f1), f(b.body?.f1)],
    ...(a.readerableBody && b.readerableBody
      ? ([
          [
            `  readerable pages: P (${a.readerableBody.pages})`,
            f(a.readerableBody.precision),
            f(b.readerableBody.precision),
          ],
          ['  readerable pages: R', f(a.readerableBody.recall), f(b.readerableBody.recall)],
          ['  readerable pages: F1', f(a.readerableBody.f1), f(b.readerableBody.f1)],
        ] as [string, string, string][])
      : []),
    ['snippets all right', share(a.snippets), share(b.snippets)],
    ['title accuracy', share(a.title), share(b.title)],
    ['byline accuracy', share(a.byline), share(b.byline)],
    ['published day accuracy', share(a.published), share(b.published)],
    ['time p50 (ms)', a.p50.toFixed(1), b.p50.toFixed(1)],
    ['time p95 (ms)', a.p95.toFixed(1), b.p95.toFixed(1)],
  ];
  const out = [`${name}`, `${'measure'.padEnd(30)}${'Parallax'.padStart(14)}${'Readability'.padStart(14)}`];
  for (const [label, x, y] of rows) out.push(`${label.padEnd(30)}${x.padStart(14)}${y.padStart(14)}`);
  process.stdout.write(out.join('\n') + '\n');
}

function printWorst(mine: PageResult[], theirs: PageResult[]): void {
  const rows = mine
    .map((r, i) => ({
      id: r.page.id,
      ours: r.page.text ? tokenPrf(r.out.text, r.page.text) : null,
      base: r.page.text ? tokenPrf(theirs[i]!.out.text, r.page.text) : null,
      r,
      b: theirs[i]!,
    }))
    .filter((x) => x.ours)
    .sort((x, y) => x.ours!.f1 - y.ours!.f1)
    .slice(0, 20);
  for (const x of rows) {
    process.stdout.write(
      `${x.id.slice(0, 16)} ours P=${x.ours!.precision.toFixed(3)} R=${x.ours!.recall.toFixed(3)}  readability P=${x.base!.precision.toFixed(3)} R=${x.base!.recall.toFixed(3)}${x.r.out.declined ? '  (declined)' : ''}\n`,
    );
  }
  for (const r of mine) {
    const p = r.page;
    const wrong: string[] = [];
    // The same tests the summary scores with, so every line here is a counted miss.
    if (p.title && foldField(r.out.title ?? '') !== foldField(p.title))
      wrong.push(`title "${r.out.title}" ≠ "${p.title}"`);
    if (p.byline && !sameByline(r.out.byline, p.byline))
      wrong.push(`byline "${r.out.byline}" ≠ "${p.byline}"`);
    if (dayOf(p.published) && predictedDay(r.out.published) !== dayOf(p.published))
      wrong.push(`published "${r.out.published}" ≠ "${p.published}"`);
    if (wrong.length) process.stdout.write(`${p.id.slice(0, 16)} ${wrong.join('; ')}\n`);
  }
}

void main();

/**
 * `npm run -s eval:extract -- <dir…> [--folds=5] [--no-cv] [--pages]`: scores Parallax's extraction
 * and plain Readability, computed in the same run on the same linkedom documents, against folders
 * of annotated pages (see dataset.ts), cross-validated by site (see cross-validate.ts).
 *
 * For each set it prints, per measure: our estimate (mean over left-out folds, each scored with the
 * rules its other folds kept), our whole-set figure with every rule on (what ships), and plain
 * Readability's, as the mean over the same folds and over the whole set. Then, per rule, on how
 * many sites it helps and hurts and what it gains on the folds it was not chosen on; then every page
 * more than 0.2 below Readability's body F1, with the reason extraction gives.
 *
 * The sets given together share the folds (a site's pages are in one fold whichever set they are
 * in) and the rule choice. `--no-cv` skips the per-rule runs (whole-set figures only). `--pages`
 * also lists the worst pages and every field miss, to read errors by class (not to tune rules to
 * them). Times cover extraction only (the browser has its DOM already), not HTML parsing.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../../lib/extract/decode-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { repairParsedDocument } from '../../../lib/extract/repair-document';
import { RULE_NAMES, type RuleName, type RuleSwitches } from '../../../lib/extract/rules';
import { readabilityBaseline, type Extraction } from './baseline';
import {
  disabledFor,
  foldMean,
  meanOf,
  ruleReports,
  scoresOf,
  scoresWith,
  type PageRuns,
  type Scores,
} from './cross-validate';
import { readGoldPages, type GoldPage } from './dataset';
import { assignFolds, siteOf } from './folds';
import { dayOf, foldField, quantile, sameByline } from './metrics';
import { predictedDay } from './score';

/** Unmeasured runs first, so JIT warm-up does not land in the first pages' times. */
const WARM_UP_PAGES = 5;
/** Pages this far below Readability's body F1 are listed, with the reason we give. */
const FAR_BELOW = 0.2;

type Ours = Extraction & { reason?: string };

function ours(doc: Document, url: string, rules: RuleSwitches = {}, consulted?: Set<RuleName>): Ours {
  const a = extractArticle(doc, url, { rules, ...(consulted ? { consulted } : {}) });
  return {
    text: a.text,
    title: a.title || null,
    byline: a.byline,
    published: a.publishedTime,
    declined: !a.readerable,
    ...(a.reason ? { reason: a.reason } : {}),
  };
}

/** The page parsed as the CLI parses it (linkedom, then the browser's body rules). */
function documentOf(page: GoldPage): Document {
  const doc = parseHTML(decodeHtml(page.html)).document as unknown as Document;
  repairParsedDocument(doc);
  return doc;
}

interface Loaded {
  page: GoldPage;
  set: string;
  url: string;
  site: string;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  const k = Number(/^--folds=(\d+)$/.exec(args.find((a) => a.startsWith('--folds=')) ?? '')?.[1] ?? 5);
  const cv = !args.includes('--no-cv');
  if (dirs.length === 0 || !(k >= 2)) {
    process.stderr.write('usage: npm run -s eval:extract -- <dir…> [--folds=5] [--no-cv] [--pages]\n');
    process.exitCode = 2;
    return;
  }
  const loaded: Loaded[] = [];
  for (const dir of dirs) {
    const set = path.basename(path.resolve(dir));
    for (const page of await readGoldPages(dir))
      loaded.push({
        page,
        set,
        url: page.url ?? pathToFileURL(path.resolve(dir, `${page.id}.html`)).href,
        site: `${siteOf(page.id, page.url, decodeHtml(page.html))}`,
      });
  }
  const perSite = new Map<string, number>();
  for (const l of loaded) perSite.set(l.site, (perSite.get(l.site) ?? 0) + 1);
  const foldOf = assignFolds(perSite, k);

  for (const l of loaded.slice(0, WARM_UP_PAGES)) {
    ours(documentOf(l.page), l.url);
    readabilityBaseline(documentOf(l.page));
  }
  const runs: PageRuns[] = [];
  const times: Map<string, number[]> = new Map();
  const started = performance.now();
  for (const [i, l] of loaded.entries()) {
    const doc = documentOf(l.page);
    const consulted = new Set<RuleName>();
    const start = performance.now();
    const out = ours(doc, l.url, {}, consulted);
    const ms = performance.now() - start;
    times.set(l.set, [...(times.get(l.set) ?? []), ms]);
    const without = new Map<RuleName, { scores: Scores; consulted: Set<RuleName> }>();
    if (cv)
      for (const rule of consulted) {
        const c = new Set<RuleName>();
        without.set(rule, { scores: scoresOf(l.page, ours(doc, l.url, { [rule]: false }, c)), consulted: c });
      }
    runs.push({
      page: l.page,
      set: l.set,
      site: l.site,
      fold: foldOf.get(l.site)!,
      allOn: { out, scores: scoresOf(l.page, out), consulted },
      without,
      baseline: scoresOf(l.page, readabilityBaseline(doc)),
    });
    if ((i + 1) % 25 === 0)
      process.stderr.write(
        `  ${i + 1}/${loaded.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
      );
  }

  // Each fold's rules, chosen on the other folds; the left-out pages scored with them.
  const folds = [...Array(k).keys()];
  const disabled = cv ? folds.map((f) => disabledFor(runs, f, RULE_NAMES)) : [];
  const estimate = new Map<PageRuns, Scores>();
  if (cv)
    for (const p of runs) {
      const off = disabled[p.fold]!;
      let scores = scoresWith(p, off);
      if (!scores) {
        const switches: RuleSwitches = Object.fromEntries([...off].map((r) => [r, false]));
        const loadedPage = loaded.find((l) => l.page === p.page)!;
        scores = scoresOf(p.page, ours(documentOf(p.page), loadedPage.url, switches));
      }
      estimate.set(p, scores);
    }

  process.stdout.write(
    `${k} folds by site (registrable domain): ${folds
      .map((f) => `${runs.filter((p) => p.fold === f).length} pages`)
      .join(', ')}; ${perSite.size} sites\n\n`,
  );
  for (const set of [...new Set(runs.map((p) => p.set))]) {
    const pages = runs.filter((p) => p.set === set);
    printSet(set, pages, folds, cv ? estimate : null, times.get(set) ?? []);
  }
  if (cv) {
    printRules(runs, disabled);
    process.stdout.write(
      `\nrules off per fold (chosen on the other folds):\n${disabled
        .map(
          (d, f) =>
            `  fold ${f}: ${[...d].filter((r) => runs.some((p) => p.without.has(r))).join(', ') || '-'}`,
        )
        .join('\n')}\n`,
    );
  }
  printFarBelow(runs);
  if (args.includes('--pages')) printMisses(runs);
  for (const a of args.filter((x) => x.startsWith('--rule=')))
    printRulePages(runs, a.slice('--rule='.length));
}

const ROWS: [string, keyof Scores][] = [
  ['body precision', 'bodyP'],
  ['body recall', 'bodyR'],
  ['body F1', 'bodyF1'],
  ['  readerable pages: P', 'readerableP'],
  ['  readerable pages: R', 'readerableR'],
  ['  readerable pages: F1', 'readerableF1'],
  ['snippets all right', 'snippets'],
  ['title accuracy', 'title'],
  ['byline accuracy', 'byline'],
  ['published day accuracy', 'published'],
];

function printSet(
  set: string,
  pages: readonly PageRuns[],
  folds: readonly number[],
  estimate: Map<PageRuns, Scores> | null,
  times: readonly number[],
): void {
  const byFold = <T>(pick: (p: PageRuns) => T): T[][] =>
    folds.map((f) => pages.filter((p) => p.fold === f).map(pick));
  const mine = pages.map((p) => p.allOn.scores);
  const theirs = pages.map((p) => p.baseline);
  const f = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(3));
  const out = [
    `${set} (${pages.length} pages, ${new Set(pages.map((p) => p.site)).size} sites)`,
    `${'measure'.padEnd(26)}${'ours CV'.padStart(10)}${'ours all'.padStart(10)}${'Readab. CV'.padStart(12)}${'Readab. all'.padStart(13)}${'pages'.padStart(7)}`,
    `${'declined (no article)'.padEnd(26)}${(estimate ? String(pages.filter((p) => estimate.get(p)!.declined).length) : '-').padStart(10)}${String(mine.filter((s) => s.declined).length).padStart(10)}${''.padStart(12)}${String(theirs.filter((s) => s.declined).length).padStart(13)}`,
  ];
  for (const [label, m] of ROWS) {
    const n = mine.filter((s) => s[m] !== undefined).length;
    if (n === 0) continue;
    out.push(
      `${label.padEnd(26)}${f(
        estimate
          ? foldMean(
              byFold((p) => estimate.get(p)!),
              m,
            )
          : undefined,
      ).padStart(10)}${f(meanOf(mine, m)).padStart(10)}${f(
        foldMean(
          byFold((p) => p.baseline),
          m,
        ),
      ).padStart(12)}${f(meanOf(theirs, m)).padStart(13)}${String(n).padStart(7)}`,
    );
  }
  out.push(
    `time p50 / p95 (ms, all rules on, one run per page): ${quantile(times, 0.5).toFixed(1)} / ${quantile(times, 0.95).toFixed(1)}`,
  );
  process.stdout.write(out.join('\n') + '\n\n');
}

function printRules(runs: readonly PageRuns[], disabled: readonly ReadonlySet<RuleName>[]): void {
  const reports = ruleReports(runs, RULE_NAMES, disabled).sort(
    (a, b) => b.sitesHelped - b.sitesHurt - (a.sitesHelped - a.sitesHurt) || b.pages - a.pages,
  );
  const out = [
    'rules: pages whose result consults the rule; sites where turning it off loses (helps) or gains (hurts);',
    'folds whose other folds kept it; its gain on those left-out folds; whole-set gain per measure',
    `${'rule'.padEnd(28)}${'pages'.padStart(6)}${'helps'.padStart(6)}${'hurts'.padStart(6)}${'kept'.padStart(6)}${'held-out'.padStart(10)}  whole-set gain`,
  ];
  for (const r of reports) {
    if (r.pages === 0) {
      out.push(`${r.rule.padEnd(28)}${'0'.padStart(6)}  (never consulted)`);
      continue;
    }
    const gain = [...r.gain]
      .filter(([, v]) => Math.abs(v) >= 0.0005)
      .map(([m, v]) => `${m} ${v >= 0 ? '+' : ''}${v.toFixed(3)}`)
      .join(', ');
    out.push(
      `${r.rule.padEnd(28)}${String(r.pages).padStart(6)}${String(r.sitesHelped).padStart(6)}${String(r.sitesHurt).padStart(6)}${`${r.foldsKept}/${disabled.length}`.padStart(6)}${r.heldOutGain.toFixed(4).padStart(10)}  ${gain || '-'}`,
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}

function printFarBelow(runs: readonly PageRuns[]): void {
  const far = runs.filter(
    (p) =>
      p.allOn.scores.bodyF1 !== undefined &&
      p.baseline.bodyF1 !== undefined &&
      p.allOn.scores.bodyF1 < p.baseline.bodyF1 - FAR_BELOW,
  );
  process.stdout.write(
    `\npages more than ${FAR_BELOW} below Readability's body F1: ${far.length}\n` +
      far
        .map(
          (p) =>
            `  ${p.set}/${p.page.id.slice(0, 24)} ours ${p.allOn.scores.bodyF1!.toFixed(3)} Readability ${p.baseline.bodyF1!.toFixed(3)}: ${p.allOn.out.reason ?? 'no reason given'}`,
        )
        .join('\n') +
      (far.length ? '\n' : ''),
  );
}

/** The pages whose scores `rule` changes, and how (all on minus the rule off). */
function printRulePages(runs: readonly PageRuns[], rule: string): void {
  process.stdout.write(`\npages where ${rule} changes a score (on minus off):\n`);
  for (const p of runs) {
    const off = p.without.get(rule as RuleName);
    if (!off) continue;
    const changes = (Object.keys(p.allOn.scores) as (keyof Scores)[])
      .filter((m) => off.scores[m] !== p.allOn.scores[m])
      .map((m) => `${m} ${(p.allOn.scores[m]! - off.scores[m]!).toFixed(3)}`);
    if (changes.length)
      process.stdout.write(`  ${p.set}/${p.page.id.slice(0, 20)} ${p.site}: ${changes.join(', ')}\n`);
  }
}

function printMisses(runs: readonly PageRuns[]): void {
  const worst = runs
    .filter((p) => p.allOn.scores.bodyF1 !== undefined)
    .sort((a, b) => a.allOn.scores.bodyF1! - b.allOn.scores.bodyF1!)
    .slice(0, 20);
  process.stdout.write('\nworst body F1:\n');
  for (const p of worst)
    process.stdout.write(
      `  ${p.set}/${p.page.id.slice(0, 16)} ours P=${p.allOn.scores.bodyP!.toFixed(3)} R=${p.allOn.scores.bodyR!.toFixed(3)}  readability P=${p.baseline.bodyP!.toFixed(3)} R=${p.baseline.bodyR!.toFixed(3)}${p.allOn.out.declined ? '  (declined)' : ''}\n`,
    );
  for (const { page: g, allOn, set } of runs) {
    const r = allOn.out;
    const wrong: string[] = [];
    // The same tests the scores use, so every line here is a counted miss.
    if (g.title && foldField(r.title ?? '') !== foldField(g.title))
      wrong.push(`title "${r.title}" ≠ "${g.title}"`);
    if (g.byline && !sameByline(r.byline, g.byline)) wrong.push(`byline "${r.byline}" ≠ "${g.byline}"`);
    if (dayOf(g.published) && predictedDay(r.published) !== dayOf(g.published))
      wrong.push(`published "${r.published}" ≠ "${g.published}"`);
    if (wrong.length) process.stdout.write(`${set}/${g.id.slice(0, 16)} ${wrong.join('; ')}\n`);
  }
}

void main();

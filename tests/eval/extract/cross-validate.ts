/**
 * Cross-validation of extraction's rules by site. Rules are not fitted numerically, so what is
 * chosen on the other folds is the rule set itself: for each fold, a rule stays only if, on the
 * pages of the other folds, turning it off loses more than it gains; the left-out fold is then
 * scored with the rules kept. The mean over left-out folds is the estimate for sites never seen.
 *
 * Every page is extracted once with all rules on (recording the rules its result consulted) and
 * once per consulted rule with that rule off. A rule not consulted cannot change the page's
 * result, so these runs decide every rule on every page; a fold whose chosen set turns off two
 * or more rules that matter on one page needs a run of its own (`needsRun`).
 */
import type { RuleName } from '../../../lib/extract/rules';
import type { Extraction } from './baseline';
import type { GoldPage } from './dataset';
import { containsSnippet, dayOf, foldField, sameByline, tokenPrf } from './metrics';
import { predictedDay } from './score';

/** What one extraction scores on one page; a measure is absent where the page has no annotation for it. */
export interface Scores {
  declined: number;
  bodyP?: number;
  bodyR?: number;
  bodyF1?: number;
  /** Body scores on the pages Readability's own set calls readerable. */
  readerableP?: number;
  readerableR?: number;
  readerableF1?: number;
  snippets?: number;
  title?: number;
  byline?: number;
  published?: number;
}

export type Measure = Exclude<keyof Scores, 'declined'>;

/**
 * The measures rules are chosen by. On Readability's own test pages the annotation is
 * Readability's output, so only the recall of its text counts there (what it finds we must keep;
 * it cannot say what is better); its titles and bylines are Readability's and would teach the rules
 * to copy Readability.
 */
export const SELECTION_MEASURES: readonly Measure[] = [
  'bodyF1',
  'readerableR',
  'snippets',
  'title',
  'byline',
  'published',
];

export function scoresOf(page: GoldPage, out: Extraction): Scores {
  const s: Scores = { declined: out.declined ? 1 : 0 };
  if (page.text !== null) {
    const prf = tokenPrf(out.text, page.text);
    s.bodyP = prf.precision;
    s.bodyR = prf.recall;
    s.bodyF1 = prf.f1;
    if (page.readerable === true) {
      s.readerableP = prf.precision;
      s.readerableR = prf.recall;
      s.readerableF1 = prf.f1;
    }
  }
  if (page.with.length + page.without.length > 0)
    s.snippets =
      page.with.every((x) => containsSnippet(out.text, x)) &&
      !page.without.some((x) => containsSnippet(out.text, x))
        ? 1
        : 0;
  // Readability's own set annotates Readability's metadata; it is reported, never chosen by.
  if (page.title !== null) s.title = foldField(out.title ?? '') === foldField(page.title) ? 1 : 0;
  if (page.byline !== null) s.byline = sameByline(out.byline, page.byline) ? 1 : 0;
  if (dayOf(page.published) !== null)
    s.published = predictedDay(out.published) === dayOf(page.published) ? 1 : 0;
  return s;
}

/** The measures `page` counts in rule choice. */
function selectionMeasures(page: GoldPage): readonly Measure[] {
  return page.readerable !== null ? ['readerableR'] : SELECTION_MEASURES;
}

export interface Run {
  scores: Scores;
  consulted: ReadonlySet<RuleName>;
}

export interface PageRuns {
  page: GoldPage;
  set: string;
  site: string;
  fold: number;
  allOn: Run & { out: Extraction & { reason?: string } };
  /** Runs with one consulted rule off. */
  without: Map<RuleName, Run>;
  baseline: Scores;
}

/** Sum over pages of the score difference (all on minus `rule` off), per selection measure, and the page counts. */
function ruleEffect(pages: readonly PageRuns[], rule: RuleName): Map<Measure, number> {
  const effect = new Map<Measure, number>();
  for (const p of pages) {
    const off = p.without.get(rule);
    if (!off) continue;
    for (const m of selectionMeasures(p.page)) {
      const on = p.allOn.scores[m];
      const without = off.scores[m];
      if (on === undefined || without === undefined || on === without) continue;
      effect.set(m, (effect.get(m) ?? 0) + on - without);
    }
  }
  return effect;
}

/** Pages counted per selection measure: a measure's gain is its mean over them. */
export function measureCounts(pages: readonly PageRuns[]): Map<Measure, number> {
  const counts = new Map<Measure, number>();
  for (const p of pages)
    for (const m of selectionMeasures(p.page))
      if (p.allOn.scores[m] !== undefined) counts.set(m, (counts.get(m) ?? 0) + 1);
  return counts;
}

/** A rule's gain on `pages`: per measure, the mean gain over the pages annotated for it, summed. */
export function gainOf(
  pages: readonly PageRuns[],
  rule: RuleName,
  counts: ReadonlyMap<Measure, number>,
): number {
  let gain = 0;
  for (const [m, sum] of ruleEffect(pages, rule)) gain += sum / (counts.get(m) ?? 1);
  return gain;
}

/** Rules turned off for a fold: those whose gain on the other folds is not positive. */
export function disabledFor(
  pages: readonly PageRuns[],
  fold: number,
  rules: readonly RuleName[],
): Set<RuleName> {
  const training = pages.filter((p) => p.fold !== fold);
  const counts = measureCounts(training);
  return new Set(rules.filter((r) => gainOf(training, r, counts) <= 1e-12));
}

/**
 * The scores of `p` with `disabled` off, from the runs made, or null when they do not decide it
 * (two rules that matter on the page are off together).
 */
export function scoresWith(p: PageRuns, disabled: ReadonlySet<RuleName>): Scores | null {
  const hit = [...p.allOn.consulted].filter((r) => disabled.has(r));
  if (hit.length === 0) return p.allOn.scores;
  if (hit.length === 1) {
    const off = p.without.get(hit[0]!)!;
    const more = [...off.consulted].some((r) => r !== hit[0] && disabled.has(r));
    if (!more) return off.scores;
  }
  return null;
}

export interface RuleReport {
  rule: RuleName;
  /** Pages whose result consulted the rule. */
  pages: number;
  sitesHelped: number;
  sitesHurt: number;
  /** Whole-set gain per measure (mean over the pages annotated for it). */
  gain: Map<Measure, number>;
  /** Folds whose other folds kept the rule. */
  foldsKept: number;
  /** Gain on the left-out folds where it was kept (what it earns on sites it was not chosen on). */
  heldOutGain: number;
}

export function ruleReports(
  pages: readonly PageRuns[],
  rules: readonly RuleName[],
  disabled: readonly ReadonlySet<RuleName>[],
): RuleReport[] {
  const counts = measureCounts(pages);
  const bySite = new Map<string, PageRuns[]>();
  for (const p of pages) bySite.set(p.site, [...(bySite.get(p.site) ?? []), p]);
  const foldPages = disabled.map((_, f) => pages.filter((p) => p.fold === f));
  const foldCounts = foldPages.map(measureCounts);
  return rules.map((rule) => {
    let helped = 0;
    let hurt = 0;
    for (const sitePages of bySite.values()) {
      const g = gainOf(sitePages, rule, counts);
      if (g > 1e-12) helped++;
      else if (g < -1e-12) hurt++;
    }
    const gain = new Map<Measure, number>();
    for (const [m, sum] of ruleEffect(pages, rule)) gain.set(m, sum / (counts.get(m) ?? 1));
    let foldsKept = 0;
    let heldOutGain = 0;
    disabled.forEach((off, f) => {
      if (off.has(rule)) return;
      foldsKept++;
      heldOutGain += gainOf(foldPages[f]!, rule, foldCounts[f]!);
    });
    return {
      rule,
      pages: pages.filter((p) => p.without.has(rule)).length,
      sitesHelped: helped,
      sitesHurt: hurt,
      gain,
      foldsKept,
      heldOutGain,
    };
  });
}

/** Mean of `measure` over the pages that have it, or undefined. */
export function meanOf(scores: readonly Scores[], measure: keyof Scores): number | undefined {
  const values = scores.map((s) => s[measure]).filter((v): v is number => v !== undefined);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/** Mean over folds of each fold's mean (folds without the measure left out). */
export function foldMean(
  scoresByFold: readonly (readonly Scores[])[],
  measure: keyof Scores,
): number | undefined {
  const means = scoresByFold.map((s) => meanOf(s, measure)).filter((v): v is number => v !== undefined);
  return means.length ? means.reduce((a, b) => a + b, 0) / means.length : undefined;
}

/**
 * Aggregates per-page results into the figures the issue asks for: token P/R/F1 (mean over pages
 * with gold text), snippet pass rate, field accuracy where annotated, and time per page.
 */
import type { Extraction } from './baseline';
import type { GoldPage } from './dataset';
import { containsSnippet, dayOf, foldField, mean, quantile, sameByline, tokenPrf, type Prf } from './metrics';

export interface PageResult {
  page: GoldPage;
  out: Extraction;
  ms: number;
}

export interface Summary {
  pages: number;
  declined: number;
  body: (Prf & { pages: number }) | null;
  /** Body scores over the pages the set itself marks readerable, when it marks any as not. */
  readerableBody: (Prf & { pages: number }) | null;
  snippets: { pass: number; pages: number } | null;
  title: { correct: number; pages: number } | null;
  byline: { correct: number; pages: number } | null;
  published: { correct: number; pages: number } | null;
  p50: number;
  p95: number;
}

/** Date the extractor gives, as a day; a bare date passes through. */
export function predictedDay(value: string | null): string | null {
  if (!value) return null;
  const day = dayOf(value);
  if (day) return day;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

function bodyScores(results: readonly PageResult[]): (Prf & { pages: number }) | null {
  const prfs = results.filter((r) => r.page.text !== null).map((r) => tokenPrf(r.out.text, r.page.text!));
  if (prfs.length === 0) return null;
  return {
    precision: mean(prfs.map((p) => p.precision)),
    recall: mean(prfs.map((p) => p.recall)),
    f1: mean(prfs.map((p) => p.f1)),
    pages: prfs.length,
  };
}

export function summarise(results: readonly PageResult[]): Summary {
  const withSnippets = results.filter((r) => r.page.with.length + r.page.without.length > 0);
  const field = (
    has: (p: GoldPage) => boolean,
    ok: (r: PageResult) => boolean,
  ): { correct: number; pages: number } | null => {
    const annotated = results.filter((r) => has(r.page));
    return annotated.length ? { correct: annotated.filter(ok).length, pages: annotated.length } : null;
  };
  return {
    pages: results.length,
    declined: results.filter((r) => r.out.declined).length,
    body: bodyScores(results),
    readerableBody: results.some((r) => r.page.readerable === false)
      ? bodyScores(results.filter((r) => r.page.readerable !== false))
      : null,
    snippets: withSnippets.length
      ? {
          pass: withSnippets.filter(
            (r) =>
              r.page.with.every((s) => containsSnippet(r.out.text, s)) &&
              !r.page.without.some((s) => containsSnippet(r.out.text, s)),
          ).length,
          pages: withSnippets.length,
        }
      : null,
    title: field(
      (p) => p.title !== null,
      (r) => foldField(r.out.title ?? '') === foldField(r.page.title!),
    ),
    byline: field(
      (p) => p.byline !== null,
      (r) => sameByline(r.out.byline, r.page.byline!),
    ),
    published: field(
      (p) => dayOf(p.published) !== null,
      (r) => predictedDay(r.out.published) === dayOf(r.page.published),
    ),
    p50: quantile(
      results.map((r) => r.ms),
      0.5,
    ),
    p95: quantile(
      results.map((r) => r.ms),
      0.95,
    ),
  };
}

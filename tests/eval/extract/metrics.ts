/**
 * Scores of one extraction against its annotation. Token-level scores count word tokens as a
 * multiset (a word said twice must be found twice), case-folded, so layout and punctuation do not
 * count; field scores compare after folding case, punctuation and whitespace.
 */
import { foldForComparison } from '../../../lib/text/fold';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Word tokens of `text`, folded (case, diacritics, typography). */
export function wordTokens(text: string): string[] {
  return foldForComparison(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Multiset token precision, recall and F1 of `predicted` against `gold`. */
export function tokenPrf(predicted: string, gold: string): Prf {
  const want = new Map<string, number>();
  for (const t of wordTokens(gold)) want.set(t, (want.get(t) ?? 0) + 1);
  const goldCount = [...want.values()].reduce((a, b) => a + b, 0);
  let found = 0;
  let predictedCount = 0;
  for (const t of wordTokens(predicted)) {
    predictedCount++;
    const left = want.get(t) ?? 0;
    if (left > 0) {
      found++;
      want.set(t, left - 1);
    }
  }
  if (goldCount === 0 && predictedCount === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predictedCount ? found / predictedCount : 0;
  const recall = goldCount ? found / goldCount : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Case, punctuation and whitespace folded, for comparing titles and bylines. */
export function foldField(text: string): string {
  return wordTokens(text).join(' ');
}

/** True when `text` contains `snippet` once both are folded the same way. */
export function containsSnippet(text: string, snippet: string): boolean {
  const needle = foldField(snippet);
  return needle.length > 0 && ` ${foldField(text)} `.includes(` ${needle} `);
}

/** Calendar day (YYYY-MM-DD) a date string names, read as written (no zone shift), or null. */
export function dayOf(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Byline agreement: the same set of folded names, order ignored. */
export function sameByline(predicted: string | null, gold: string): boolean {
  const names = (s: string): string =>
    s
      .split(/\s*(?:,|;|\band\b|&|\bund\b)\s*/i)
      .map(foldField)
      .filter(Boolean)
      .sort()
      .join('|');
  return predicted !== null && names(predicted) === names(gold);
}

/** Value at quantile `q` (0–1) of `values`, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

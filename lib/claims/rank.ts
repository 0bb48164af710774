/**
 * Ranking: substantive differences first — quotes, attributions, numbers, dates, certainty,
 * negation — and minor wording last; within a kind, the most confidently aligned pair first.
 * Passages only one source carries are ordered by how much hard content they hold.
 */
import type { Claim, DifferenceKind, Span } from './types';

const KIND_ORDER: Record<DifferenceKind, number> = {
  quote: 0,
  attribution: 1,
  number: 2,
  date: 3,
  certainty: 4,
  negation: 5,
  wording: 6,
};

export interface RankedDifference {
  kind: DifferenceKind;
  score: number;
  /** Position in article A, the last tie-breaker so the order is stable. */
  start: number;
}

export function compareDifferences(x: RankedDifference, y: RankedDifference): number {
  return KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || y.score - x.score || x.start - y.start;
}

/** Weight of a passage only one source carries: numbers, dates, quotes and names count most. */
export function substance(span: Span, claim: Claim): number {
  const inside = (s: Span): boolean => s.start >= span.start && s.end <= span.end;
  return (
    3 * claim.numbers.filter(inside).length +
    3 * claim.dates.filter(inside).length +
    2 * claim.quotes.filter(inside).length +
    (claim.speaker && inside(claim.speaker) ? 1 : 0) +
    Math.min(claim.entities.length, 3)
  );
}

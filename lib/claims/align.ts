/**
 * Alignment of the claims of two articles: which statements correspond — the same statement
 * paraphrased, quoted in other words or given with another number. Every pair similar enough is
 * aligned (one report often splits what the other says in one sentence, and a headline restates
 * a paragraph), and the best one-to-one pairs are marked primary: those are the ones compared
 * part by part, so a claim is never judged against a weaker second match.
 */
import { pairVectors, similarPairs } from './similarity';
import type { Claim } from './types';

export interface AlignedPair {
  /** Indices into the two claim lists. */
  a: number;
  b: number;
  score: number;
  /** Chosen one-to-one (greedily, best first): compared part by part. */
  primary: boolean;
}

export interface AlignOptions {
  /** Minimum similarity of an aligned pair. */
  threshold?: number;
  /** Align only claims for which this holds (the product leaves headings and credit lines out). */
  include?: (claim: Claim) => boolean;
}

/**
 * Similarity above which two claims correspond: about a quarter of their weighted content shared.
 * `npm run -s eval:align -- <dir> --sweep` shows how the result moves around it.
 */
export const ALIGN_THRESHOLD = 0.25;
/** Aligned claim pairs, best first. */
export function alignClaims(
  a: readonly Claim[],
  b: readonly Claim[],
  options: AlignOptions = {},
): AlignedPair[] {
  const threshold = options.threshold ?? ALIGN_THRESHOLD;
  const include = options.include ?? (() => true);
  const idxA = a.flatMap((c, i) => (include(c) ? [i] : []));
  const idxB = b.flatMap((c, i) => (include(c) ? [i] : []));
  const vectors = pairVectors(
    idxA.map((i) => a[i]!),
    idxB.map((j) => b[j]!),
  );
  const pairs: AlignedPair[] = similarPairs(vectors.a, vectors.b, threshold).map((p) => ({
    a: idxA[p.a]!,
    b: idxB[p.b]!,
    score: p.score,
    primary: false,
  }));
  // Ties broken by position so the same input always gives the same alignment.
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const p of pairs) {
    if (usedA.has(p.a) || usedB.has(p.b)) continue;
    p.primary = true;
    usedA.add(p.a);
    usedB.add(p.b);
  }
  return pairs;
}

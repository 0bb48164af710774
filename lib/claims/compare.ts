/**
 * Claim comparison of two articles, in the CLI contract's `diff` shape: claims are aligned, every
 * aligned pair classified (agree, or how it differs), and unaligned statements and unshared details
 * reported as only in one source. Offsets index into each article's extracted text.
 */
import { alignClaims, type AlignedPair } from './align';
import { continues, joinClaims } from './continuation';
import { classifyPair } from './classify';
import { articleContext } from './context';
import { extraDetails, isSubstantive } from './details';
import { extractClaims } from './extract-claims';
import { compareDifferences, substance } from './rank';
import type { ArticleClaims, Claim, Difference, DiffResult, Passage, Span } from './types';

export type { DiffResult, Difference, DifferenceKind, Passage } from './types';

export interface ComparableArticle {
  text: string;
  sentences: Passage[] | readonly Span[];
  /** Claims computed at save time; extracted from the text when absent. */
  claims?: ArticleClaims;
}

/** Compares the claims of two articles. */
export function compareArticles(
  a: ComparableArticle,
  b: ComparableArticle,
  options: CompareOptions = {},
): DiffResult {
  return compareClaims(
    { text: a.text, claims: (a.claims ?? extractClaims(a)).claims },
    { text: b.text, claims: (b.claims ?? extractClaims(b)).claims },
    options,
  );
}

/** Knobs the eval sweeps; the product uses the defaults. */
export interface CompareOptions {
  /** Minimum similarity of aligned claims (default ALIGN_THRESHOLD). */
  threshold?: number;
}

/** Compares two articles whose claims are known. */
export function compareClaims(
  a: { text: string; claims: readonly Claim[] },
  b: { text: string; claims: readonly Claim[] },
  options: CompareOptions = {},
): DiffResult {
  return compareWithAlignment(a, b, options).diff;
}

/** The comparison and the alignment it rests on (which claims of `a` the other article carries). */
export function compareWithAlignment(
  a: { text: string; claims: readonly Claim[] },
  b: { text: string; claims: readonly Claim[] },
  options: CompareOptions = {},
): { diff: DiffResult; aligned: AlignedPair[] } {
  const ctxA = articleContext(a.text, a.claims);
  const ctxB = articleContext(b.text, b.claims);
  // Every aligned pair decides what both sources carry; only the primary ones are compared part by part.
  const all = alignClaims(a.claims, b.claims, {
    include: (c) => c.kind === 'statement',
    threshold: options.threshold,
  });
  const pairs = all.filter((p) => p.primary);
  // A statement continued in the next sentence is compared as one claim with its counterpart.
  const joined = joinContinuations(a, b, all, pairs);
  const passage = (text: string, s: Span): Passage => ({
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
  });

  const ranked: (Difference & { score: number; start: number })[] = [];
  const agreements: DiffResult['agreements'] = [];
  for (const p of pairs) {
    const ca = joined.a.get(p.a) ?? a.claims[p.a]!;
    const cb = joined.b.get(p.b) ?? b.claims[p.b]!;
    const findings = classifyPair(ca, cb, ctxA, ctxB);
    const pa = passage(a.text, ca);
    const pb = passage(b.text, cb);
    if (findings.length === 0) agreements.push({ a: pa, b: pb });
    for (const f of findings)
      ranked.push({ kind: f.kind, a: pa, b: pb, detail: f.detail, score: p.score, start: ca.start });
  }
  ranked.sort(compareDifferences);

  const only = (
    claims: readonly Claim[],
    otherClaims: readonly Claim[],
    text: string,
    side: 'a' | 'b',
    own: typeof ctxA,
    other: typeof ctxB,
  ): Passage[] => {
    const partners = new Map<number, Claim[]>();
    for (const p of all) {
      const mine = side === 'a' ? p.a : p.b;
      const theirs = otherClaims[side === 'a' ? p.b : p.a]!;
      partners.set(mine, [...(partners.get(mine) ?? []), theirs]);
    }
    const found: { span: Span; weight: number }[] = [];
    claims.forEach((c, i) => {
      const partnered = partners.get(i);
      if (partnered) {
        for (const d of extraDetails(c, own, other, partnered))
          found.push({ span: d, weight: substance(d, c) + 1 });
      } else if (isSubstantive(c)) {
        found.push({ span: c, weight: substance(c, c) });
      }
    });
    found.sort((x, y) => y.weight - x.weight || x.span.start - y.span.start);
    return found.map((f) => passage(text, f.span));
  };

  const diff = {
    differences: ranked.map(({ kind, a: pa, b: pb, detail }) => ({ kind, a: pa, b: pb, detail })),
    onlyA: only(a.claims, b.claims, a.text, 'a', ctxA, ctxB),
    onlyB: only(b.claims, a.claims, b.text, 'b', ctxB, ctxA),
    agreements,
  };
  return { diff, aligned: all };
}

/**
 * For each primary pair, the claim of either side joined with the next sentence when that one
 * continues it and has no partner of its own. The continuation is then aligned (non-primary) with
 * the same partner, so it is not reported as carried by one side only.
 */
function joinContinuations(
  a: { text: string; claims: readonly Claim[] },
  b: { text: string; claims: readonly Claim[] },
  all: AlignedPair[],
  pairs: readonly AlignedPair[],
): { a: Map<number, Claim>; b: Map<number, Claim> } {
  const out = { a: new Map<number, Claim>(), b: new Map<number, Claim>() };
  const primaryA = new Set(pairs.map((p) => p.a));
  const primaryB = new Set(pairs.map((p) => p.b));
  for (const p of pairs) {
    const nextA = p.a + 1;
    if (!primaryA.has(nextA) && a.claims[nextA] && continues(a.text, a.claims[p.a]!, a.claims[nextA])) {
      out.a.set(p.a, joinClaims(a.claims[p.a]!, a.claims[nextA]));
      all.push({ a: nextA, b: p.b, score: p.score, primary: false });
    }
    const nextB = p.b + 1;
    if (!primaryB.has(nextB) && b.claims[nextB] && continues(b.text, b.claims[p.b]!, b.claims[nextB])) {
      out.b.set(p.b, joinClaims(b.claims[p.b]!, b.claims[nextB]));
      all.push({ a: p.a, b: nextB, score: p.score, primary: false });
    }
  }
  return out;
}

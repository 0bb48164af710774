/**
 * The baseline: word-overlap alignment. Every sentence pair whose Jaccard overlap of word types
 * (lower case, stop words removed, not stemmed) reaches a threshold is linked, and the threshold
 * is the one that scores best on the very set being evaluated — an upper bound for this method.
 */
import { STOPWORDS } from '../../../lib/text/stopwords';
import type { AlignSet } from './dataset';
import { countLinks, emptyCounts, scores, type LinkScores } from './metrics';

/** Word types of a sentence. */
export function wordSet(sentence: string): Set<string> {
  return new Set(
    (sentence.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).filter((w) => !STOPWORDS.has(w)),
  );
}

export function jaccard(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

export interface BaselineResult extends LinkScores {
  threshold: number;
}

/** The best-threshold word-overlap alignment of every pair in `set`. */
export function bestThresholdBaseline(set: AlignSet): BaselineResult {
  const words = new Map([...set.docs.values()].map((d) => [d.id, d.sentences.map(wordSet)]));
  // Every sentence pair's overlap once; each threshold then only filters.
  const scored = set.pairs.map((p) => {
    const a = words.get(p.doc1)!;
    const b = words.get(p.doc2)!;
    const links: { key: string; score: number }[] = [];
    a.forEach((wa, i) => b.forEach((wb, j) => links.push({ key: `${i}:${j}`, score: jaccard(wa, wb) })));
    return { gold: p.links, links };
  });
  let best: BaselineResult | undefined;
  for (let t = 0.02; t <= 0.9; t += 0.01) {
    const counts = emptyCounts();
    for (const p of scored)
      countLinks(new Set(p.links.filter((l) => l.score >= t).map((l) => l.key)), p.gold, counts);
    const s = scores(counts);
    if (!best || s.f1 > best.f1) best = { ...s, threshold: Math.round(t * 100) / 100 };
  }
  return best!;
}

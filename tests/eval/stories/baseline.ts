/**
 * The baseline the matcher must beat: plain TF-IDF cosine over lower-cased words (stop words out,
 * no stemming, no names, no time) between every pair of articles, with a single threshold.
 * Reported twice: at the threshold that is best in hindsight, and at the best F1 whose precision
 * is still at least 0.95 (the product's bar for "same story").
 */
import { STOPWORDS } from '@/lib/text/stopwords';
import { words } from '@/lib/text/tokens';
import type { LabelledArticle } from './dataset';
import { linkQuality, pairKey, prf, type LinkQuality } from './metrics';

export interface ScoredPair {
  key: string;
  score: number;
  same: boolean;
}

/** TF-IDF cosine of every unordered pair of `articles`. */
export function tfidfPairs(articles: readonly LabelledArticle[]): ScoredPair[] {
  const docs = articles.map((a) => {
    const tf = new Map<string, number>();
    for (const w of words(`${a.title}\n${a.text}`)) if (!STOPWORDS.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, tf] of d) {
      const x = (1 + Math.log(tf)) * Math.log(articles.length / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const out: ScoredPair[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      let dot = 0;
      const [small, large] =
        vectors[i]!.size < vectors[j]!.size ? [vectors[i]!, vectors[j]!] : [vectors[j]!, vectors[i]!];
      for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
      out.push({
        key: pairKey(articles[i]!.id, articles[j]!.id),
        score: dot,
        same: articles[i]!.cluster === articles[j]!.cluster,
      });
    }
  }
  return out;
}

export interface ThresholdChoice {
  threshold: number;
  quality: LinkQuality;
}

/**
 * The threshold with the best pairwise F1 among those whose precision is at least `minPrecision`
 * (0 for the unconstrained best), and its full link quality.
 */
export function bestThreshold(
  pairs: readonly ScoredPair[],
  clusterOf: ReadonlyMap<string, string>,
  minPrecision = 0,
): ThresholdChoice {
  const sorted = [...pairs].sort((a, b) => b.score - a.score);
  const gold = sorted.filter((p) => p.same).length;
  let tp = 0;
  let best = { f1: -1, threshold: Infinity };
  sorted.forEach((p, i) => {
    if (p.same) tp++;
    // Only cut between distinct scores: a threshold keeps every pair at or above it.
    if (i + 1 < sorted.length && sorted[i + 1]!.score === p.score) return;
    const s = prf(tp, i + 1, gold);
    if (s.precision >= minPrecision && s.f1 > best.f1) best = { f1: s.f1, threshold: p.score };
  });
  const links = new Set(sorted.filter((p) => p.score >= best.threshold).map((p) => p.key));
  return { threshold: best.threshold, quality: linkQuality(clusterOf, links) };
}

/**
 * Benchmark articles: same-story reports of a given length, assembled from the two seed reports'
 * paragraphs in a different order and selection for each variant (seeded, so every run measures
 * the same texts). Numbers are varied a little so the variants are not copies of one another.
 */
import { splitSentences } from '../../../lib/text/sentences';
import { seededRandom } from '../../helpers/random';

export interface BenchArticle {
  title: string;
  text: string;
  sentences: { text: string; start: number; end: number }[];
}

/** A same-story article of at least `words` words built from `paragraphs`. */
export function storyVariant(paragraphs: readonly string[], words: number, seed: number): BenchArticle {
  const next = seededRandom(seed);
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
    const varied = p.replace(/\b(\d+)\b/g, (n) => String(Number(n) + Math.floor(next() * 3)));
    out.push(varied);
    count += varied.split(/\s+/).length;
  }
  const text = out.join('\n\n');
  return { title: out[0]!.slice(0, 80), text, sentences: splitSentences(text) };
}

/** Timing summary of `runs` in milliseconds. */
export function percentiles(runs: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...runs].sort((x, y) => x - y);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

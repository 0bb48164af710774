/**
 * The naive sentence diff the issue measures against: each sentence is paired with its most similar
 * sentence of the other report by word Jaccard; at 0.3 or above a non-identical pair is a
 * difference, below it the sentence is only in its report.
 */
import { jaccard, wordSet } from '../align/baseline';
import type { Reported } from './score';

const NAIVE_THRESHOLD = 0.3;

export function naiveDiff(a: readonly string[], b: readonly string[]): Reported {
  const wa = a.map(wordSet);
  const wb = b.map(wordSet);
  const differences: Reported['differences'] = [];
  const seen = new Set<string>();
  const side = (
    xs: readonly string[],
    wx: Set<string>[],
    ys: readonly string[],
    wy: Set<string>[],
    aSide: boolean,
  ): string[] => {
    const only: string[] = [];
    xs.forEach((x, i) => {
      let best = -1;
      let score = 0;
      wy.forEach((w, j) => {
        const s = jaccard(wx[i]!, w);
        if (s > score) [best, score] = [j, s];
      });
      if (score < NAIVE_THRESHOLD || best < 0) only.push(x);
      else if (x.trim() !== ys[best]!.trim()) {
        const d = aSide ? { a: x, b: ys[best]! } : { a: ys[best]!, b: x };
        const key = `${d.a}\u0000${d.b}`;
        if (!seen.has(key)) {
          seen.add(key);
          differences.push(d);
        }
      }
    });
    return only;
  };
  const onlyA = side(a, wa, b, wb, true);
  const onlyB = side(b, wb, a, wa, false);
  return { differences, onlyA, onlyB };
}

import { describe, expect, it } from 'vitest';
import { averageLinkGroups } from '@/lib/match/cluster';

/** A symmetric probability matrix from the upper triangle given row by row. */
function matrix(n: number, upper: number[]): (i: number, j: number) => number {
  const p = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) p[i]![j] = p[j]![i] = upper[k++]!;
  return (i, j) => p[i]![j]!;
}

describe('averageLinkGroups', () => {
  it('joins a member weakly linked to one report but strongly to the rest of its story', () => {
    // 0–1 weak (0.3), but 0–2 and 1–2 strong: the mean link of {0} to {1,2} is (0.3 + 0.9) / 2 = 0.6.
    const p = matrix(3, [0.3, 0.9, 0.9]);
    expect(averageLinkGroups(3, p, 0.55)).toEqual([[0, 1, 2]]);
  });

  it('keeps two tight events of the same kind apart when their cross links are middling', () => {
    // {0,1} and {2,3} tight; every cross pair 0.6 — above a single-link cut-off, below the groups' mean bar.
    const p = matrix(4, [0.95, 0.6, 0.6, 0.6, 0.6, 0.95]);
    expect(averageLinkGroups(4, p, 0.7)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(averageLinkGroups(4, p, 0.55)).toEqual([[0, 1, 2, 3]]);
  });

  it('does not chain: a bridge linked to both groups joins one, and the groups stay apart', () => {
    // 0,1 one story; 3,4 another; 2 links strongly to 1 and 3 only.
    const p = matrix(5, [0.9, 0.2, 0.05, 0.05, 0.8, 0.05, 0.05, 0.8, 0.1, 0.9]);
    const groups = averageLinkGroups(5, p, 0.5);
    expect(groups.find((g) => g.includes(0))).not.toContain(4);
  });

  it('leaves everything apart when nothing reaches the threshold', () => {
    expect(averageLinkGroups(3, matrix(3, [0.1, 0.2, 0.3]), 0.5)).toEqual([[0], [1], [2]]);
  });
});

/**
 * Average-link agglomerative clustering of a few articles by their pairwise same-story
 * probabilities. Two groups merge while the mean probability over all their cross pairs is at
 * least the threshold: a report that is weakly linked to one member but strongly to the rest
 * joins, and two events of the same kind, each tight within itself, stay apart.
 */

/**
 * Groups of 0..n-1 (each sorted, groups ordered by their smallest member); `probability(i, j)` is
 * read once per pair with i < j.
 */
export function averageLinkGroups(
  n: number,
  probability: (i: number, j: number) => number,
  threshold: number,
): number[][] {
  // sum[g][h]: total probability between groups g and h; groups are merged into the lower index.
  const sum: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const p = probability(i, j);
      sum[i]![j] = p;
      sum[j]![i] = p;
    }
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      const gi = members[i];
      if (!gi) continue;
      for (let j = i + 1; j < n; j++) {
        const gj = members[j];
        if (!gj) continue;
        const mean = sum[i]![j]! / (gi.length * gj.length);
        if (mean > best) [best, bi, bj] = [mean, i, j];
      }
    }
    if (best < threshold) break;
    members[bi] = [...members[bi]!, ...members[bj]!];
    members[bj] = null;
    for (let k = 0; k < n; k++) {
      if (k === bi || !members[k]) continue;
      sum[bi]![k] = sum[k]![bi] = sum[bi]![k]! + sum[bj]![k]!;
    }
  }
  return members.filter((g): g is number[] => g !== null).map((g) => g.sort((a, b) => a - b));
}

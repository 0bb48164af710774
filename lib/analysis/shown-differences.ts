/**
 * The differences a reader is shown for an analysis: every comparison's differences with the other
 * source named, marks keyed by the sentence of this article they concern, and the counts for the
 * pill ("2 reports · 4 differ").
 */
import type { Difference, Passage } from '../claims/compare';
import type { Analysis } from './analyze';

export interface ShownDifference extends Difference {
  /** Unique within the analysis: other article id + offsets of both passages. */
  key: string;
  /** Key of the sentence of this article it concerns (several sources may differ on one sentence). */
  markId: string;
  /** Outlet (or title) of the other article. */
  otherSource: string;
  otherId: string;
}

export interface ShownAnalysis {
  /** Other same-story reports; a syndicated copy of this very article is the same origin, not another report. */
  reports: number;
  differences: ShownDifference[];
  /** Distinct sentences of this article that differ elsewhere. */
  differing: number;
  /** Passages of this article no other report carries. */
  onlyHere: Passage[];
}

/** What to show for `analysis`. */
export function showDifferences(analysis: Analysis): ShownAnalysis {
  const sources = new Map(analysis.related.map((r) => [r.id, r.siteName ?? r.title]));
  const differences: ShownDifference[] = [];
  for (const comparison of analysis.comparisons) {
    for (const d of comparison.differences) {
      differences.push({
        ...d,
        key: `${comparison.with}:${d.a.start}-${d.a.end}:${d.b.start}-${d.b.end}:${d.kind}`,
        markId: `${d.a.start}-${d.a.end}`,
        otherSource: sources.get(comparison.with) ?? 'Another report',
        otherId: comparison.with,
      });
    }
  }
  // A passage is "only here" when no compared report carries it.
  const onlyCounts = new Map<string, { passage: Passage; count: number }>();
  for (const comparison of analysis.comparisons) {
    for (const p of comparison.onlyA) {
      const key = `${p.start}-${p.end}`;
      const entry = onlyCounts.get(key) ?? { passage: p, count: 0 };
      entry.count++;
      onlyCounts.set(key, entry);
    }
  }
  const onlyHere = [...onlyCounts.values()]
    .filter((e) => e.count === analysis.comparisons.length)
    .map((e) => e.passage);
  return {
    reports: analysis.related.filter((r) => r.sameStory && !r.syndicated).length,
    differences,
    differing: new Set(differences.map((d) => d.markId)).size,
    onlyHere: onlyHere.sort((x, y) => x.start - y.start),
  };
}

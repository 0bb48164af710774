import { describe, expect, it } from 'vitest';
import { showDifferences } from '@/lib/analysis/shown-differences';
import { sampleAnalysis } from '../../helpers/analysis';

describe('showDifferences', () => {
  it('counts other reports without syndicated copies of this article, and differing sentences', () => {
    const shown = showDifferences(sampleAnalysis());
    expect(shown.reports).toBe(2);
    expect(shown.differing).toBe(2);
    expect(shown.differences.map((d) => [d.kind, d.otherSource])).toEqual([
      ['quote', 'Wire One'],
      ['certainty', 'Summit aftermath'],
    ]);
  });

  it('lists as only here the passages no compared report carries', () => {
    const analysis = sampleAnalysis();
    expect(showDifferences(analysis).onlyHere.map((p) => p.text)).toEqual(['The talks lasted three hours.']);
    analysis.comparisons[1]!.onlyA = [];
    expect(showDifferences(analysis).onlyHere).toEqual([]);
  });

  it('keys marks by the sentence of this article, so several sources on one sentence share a mark', () => {
    const analysis = sampleAnalysis();
    analysis.comparisons[1]!.differences[0]!.a = analysis.comparisons[0]!.differences[0]!.a;
    const shown = showDifferences(analysis);
    expect(shown.differing).toBe(1);
    expect(new Set(shown.differences.map((d) => d.key)).size).toBe(2);
  });
});

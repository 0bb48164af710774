/** Order statistics for benchmark reports: p50/p95 of a sample, printed with its size. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** The q-quantile of `values` (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarise(values: readonly number[]): Summary {
  return {
    n: values.length,
    p50: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    max: Math.max(...values),
  };
}

/** "p50 12.3 ms p95 45.6 ms max 50.1 ms (n=20)" */
export function formatSummary(s: Summary, unit = 'ms'): string {
  const f = (x: number) => x.toFixed(1);
  return `p50 ${f(s.p50)} ${unit} p95 ${f(s.p95)} ${unit} max ${f(s.max)} ${unit} (n=${s.n})`;
}

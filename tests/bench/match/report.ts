/** The benchmark's figures per corpus size and environment, and their printed table. */
import type { SaveFigures, Timing } from './measure';

export interface SizeFigures {
  env: 'node' | 'chromium';
  size: number;
  importMs: number;
  lookup: Timing;
  /** Same-story answers that were reports of the query's synthetic story (a sanity check, not a quality measure). */
  syntheticPrecision: number;
  syntheticRecall: number;
  bruteForce: Timing;
  save: SaveFigures;
  /** Node: heap after GC (fake-indexeddb holds the whole database in it). Chromium: service-worker heap after GC. */
  heapMb: number;
  /** Node: structured-clone size of all rows. Chromium: navigator.storage.estimate() usage. */
  dbMb: number;
  /** Chromium: largest service-worker heap sampled during the lookups (no GC forced). */
  peakHeapMb?: number;
}

/** One line per figure set. */
export function formatFigures(f: SizeFigures): string {
  const ms = (x: number) => x.toFixed(1);
  return [
    `${f.env.padEnd(8)} ${String(f.size).padStart(7)} articles:`,
    `lookup p50 ${ms(f.lookup.p50)} ms p95 ${ms(f.lookup.p95)} ms (n=${f.lookup.n});`,
    `brute force p50 ${ms(f.bruteForce.p50)} ms p95 ${ms(f.bruteForce.p95)} ms (n=${f.bruteForce.n}, ${(f.bruteForce.p50 / f.lookup.p50).toFixed(0)}x slower at p50);`,
    `save p50 ${ms(f.save.store.p50)} ms p95 ${ms(f.save.store.p95)} ms (n=${f.save.store.n}; features, claims and key statistics from the analysis: p50 ${ms(f.save.prepare.p50)} ms p95 ${ms(f.save.prepare.p95)} ms; both together p50 ${ms(f.save.cold.p50)} ms p95 ${ms(f.save.cold.p95)} ms; upkeep after each save p50 ${ms(f.save.upkeep.p50)} ms p95 ${ms(f.save.upkeep.p95)} ms);`,
    `import ${(f.importMs / 1000).toFixed(1)} s (${(f.importMs / f.size).toFixed(2)} ms/article);`,
    `db ${f.dbMb.toFixed(0)} MB; heap ${f.heapMb.toFixed(0)} MB${f.peakHeapMb !== undefined ? ` (peak during lookups ${f.peakHeapMb.toFixed(0)} MB)` : ''};`,
    `synthetic same-story precision ${f.syntheticPrecision.toFixed(3)} recall ${f.syntheticRecall.toFixed(3)}`,
  ].join(' ');
}

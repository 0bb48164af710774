/**
 * The upkeep of a feature row's IDF snapshot (the row itself: lib/match/feature-row.ts): a row
 * weighted when the corpus was less than half its present size is re-weighted, so stored weights
 * are never further than a factor of two in corpus size from the statistics a query uses.
 */
import { vocabOf } from '../match/feature-row';
import { idfOf } from '../match/vector';
import type { CorpusDb } from './db';
import { countArticles, frequenciesOf } from './stats';

/** Re-weighting threshold: a row is stale once the corpus has grown past this multiple of its size then. */
const STALE_GROWTH = 2;

/**
 * Re-weights up to `limit` rows weighted on less than `1 / growth` of today's corpus (`docCount`,
 * read when not given), stalest first; returns how many it re-weighted. Must run inside a
 * transaction over features, stats, statDeltas and meta.
 */
export async function refreshStaleWeights(
  db: CorpusDb,
  limit: number,
  knownDocCount?: number,
  growth = STALE_GROWTH,
): Promise<number> {
  const docCount = knownDocCount ?? (await countArticles(db));
  const stale = await db.features
    .where('weightedAt')
    .below(docCount / growth)
    .limit(limit)
    .toArray();
  if (stale.length === 0) return 0;
  const { df } = await frequenciesOf(db, [...new Set(stale.flatMap(vocabOf))]);
  await db.features.bulkPut(
    stale.map((r) => ({
      ...r,
      // A stored row counts itself: its keys are in at least one article.
      idf: Float32Array.from(vocabOf(r), (k) => idfOf(Math.max(1, df.get(k)!), docCount)),
      weightedAt: docCount,
    })),
  );
  return stale.length;
}

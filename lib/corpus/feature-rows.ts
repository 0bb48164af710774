/**
 * The stored form of an article's matching features, and the upkeep of its IDF snapshot: a row
 * weighted when the corpus was less than half its present size is re-weighted, so stored weights
 * are never further than a factor of two in corpus size from the statistics a query uses.
 */
import type { ArticleFeatures } from '../match/features';
import { idfOf } from '../match/vector';
import type { CorpusDb, StoredFeatures } from './db';
import { countArticles, frequenciesOf } from './stats';
import { packVocab, vocabOf } from './vocab';

export { vocabOf } from './vocab';

/** Re-weighting threshold: a row is stale once the corpus has grown past this multiple of its size then. */
const STALE_GROWTH = 2;

/** The row for an article with `features`, weighted with `df` (after the article is counted) of `docCount` articles. */
export function featureRow(
  id: string,
  features: ArticleFeatures,
  day: number | null,
  df: ReadonlyMap<string, number>,
  docCount: number,
): StoredFeatures {
  return {
    id,
    vocab: packVocab(features.vocab),
    hashes: Uint32Array.from(features.hashes),
    kinds: Uint8Array.from(features.kinds),
    tf: Uint8Array.from(features.tf, (n) => Math.min(255, n)),
    lead: Uint8Array.from(features.lead, (n) => Math.min(255, n)),
    idf: Float32Array.from(features.vocab, (k) => idfOf(df.get(k) ?? 1, docCount)),
    weightedAt: docCount,
    keys: features.keys,
    nearKeys: features.nearKeys,
    minhash: features.minhash,
    length: features.length,
    day,
  };
}

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

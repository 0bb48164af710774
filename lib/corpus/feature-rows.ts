/**
 * The upkeep of a feature row's IDF snapshot (the row itself: lib/match/feature-row.ts): a row
 * weighted when the corpus was less than half its present size is re-weighted, so stored weights
 * are never further than a factor of two in corpus size from the statistics a query uses.
 */
import { dateMentions, resolveDates } from '../match/event-dates';
import { FEATURE_VERSION, vocabOf } from '../match/feature-row';
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

/** The meta row holding the id up to which rows were brought to FEATURE_VERSION (absent: none yet). */
const UPGRADED_THROUGH = 'featuresUpgradedThrough';
/** The meta row saying every row is at this FEATURE_VERSION. */
const UPGRADED_VERSION = 'featuresVersion';

/**
 * Brings up to `limit` rows written by an older FEATURE_VERSION up to date, in id order from where
 * the last run stopped (no index is needed: the walk remembers its place in `meta`); returns how
 * many it recomputed. Version 2 adds the event dates, which only the article's title and text give;
 * the vocabulary, and so the statistics, are unchanged. Must run inside a transaction over
 * features, articles and meta.
 */
export async function upgradeFeatureRows(db: CorpusDb, limit: number): Promise<number> {
  if ((await db.meta.get(UPGRADED_VERSION))?.value === FEATURE_VERSION) return 0;
  const through = (await db.meta.get(UPGRADED_THROUGH))?.text;
  const page = await (
    through === undefined ? db.features.orderBy(':id') : db.features.where(':id').above(through)
  )
    .limit(limit)
    .toArray();
  if (page.length === 0) {
    await db.meta.put({ key: UPGRADED_VERSION, value: FEATURE_VERSION });
    await db.meta.delete(UPGRADED_THROUGH);
    return 0;
  }
  const stale = page.filter((r) => (r.version ?? 1) < FEATURE_VERSION);
  const articles = await db.articles.bulkGet(stale.map((r) => r.id));
  const upgraded = stale.flatMap((r, i) => {
    const a = articles[i];
    if (!a) return [];
    return [
      {
        ...r,
        dates: Int32Array.from(resolveDates(dateMentions(a.title, a.text), r.day)),
        version: FEATURE_VERSION,
      },
    ];
  });
  await db.features.bulkPut(upgraded);
  await db.meta.put({ key: UPGRADED_THROUGH, value: 0, text: page[page.length - 1]!.id });
  return upgraded.length;
}

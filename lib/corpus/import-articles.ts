/**
 * Bulk import: many articles saved in batches, one transaction per batch, with the statistics of a
 * whole batch read and written once. Features and claims are computed before each transaction
 * opens (a transaction must not wait on anything but its own tables).
 */
import { extractClaims } from '../claims/extract-claims';
import { packArticleClaims, type StoredClaimsPayload } from '../claims/codec';
import { storeArticleClaims } from './claims';
import { computeFeatures, type ArticleFeatures } from '../match/features';
import { articleIdFor, articleRecord, dayOfArticle, findByExactHash, type ArticleInput } from './articles';
import { wordRowOf, type ArticleOrigin, type CorpusDb, type StoredArticle, type StoredFeatures } from './db';
import { featureRow, vocabOf } from '../match/feature-row';
import { refreshStaleWeights } from './feature-rows';
import { adjustStats, statDelta } from './stats';

export interface ImportOptions {
  /**
   * "id": an article replaces only the record with its id (a corpus file's lines are distinct
   * articles even when two share a text); "content": also the record with identical text.
   */
  identity: 'id' | 'content';
  /** Articles per transaction. */
  batchSize?: number;
  /** Re-weight every row at the end, so all weights reflect the final corpus (else only stale ones). */
  exactWeights?: boolean;
  /**
   * Store each article's claims in its batch's transaction (default). Off for loads that only
   * match: comparisons then compute the claims of the articles they compare (claims.ts).
   */
  claims?: boolean;
  onProgress?: (done: number) => void;
}

/**
 * Articles per transaction. The statistics of a batch are read and written once per distinct key,
 * and common keys repeat across a batch, so large batches write far fewer rows per article; 1,000
 * articles of a few KB keep a transaction to a second or two in Chromium.
 */
const BATCH = 1_000;
/** Rows re-weighted per transaction at the end of an import. */
const REFRESH_BATCH = 500;

/** Saves `inputs` (each with an id when identity is "id"); returns their ids in order. */
export async function importArticles(
  db: CorpusDb,
  inputs: readonly ArticleInput[],
  origin: ArticleOrigin,
  now: number,
  options: ImportOptions,
): Promise<string[]> {
  const ids: string[] = [];
  const size = options.batchSize ?? BATCH;
  for (let start = 0; start < inputs.length; start += size) {
    const withClaims = options.claims ?? true;
    const batch = inputs.slice(start, start + size).map((input) => ({
      input,
      features: computeFeatures(input.title, input.text),
      claims: withClaims ? packArticleClaims(input.text, extractClaims(input)) : undefined,
    }));
    ids.push(...(await importBatch(db, batch, origin, now, options.identity)));
    options.onProgress?.(Math.min(inputs.length, start + size));
  }
  const growth = options.exactWeights ? 1 : undefined;
  while (
    (await db.transaction('rw', [db.features, db.stats, db.meta, db.statDeltas], () =>
      refreshStaleWeights(db, REFRESH_BATCH, undefined, growth),
    )) > 0
  );
  return ids;
}

async function importBatch(
  db: CorpusDb,
  batch: readonly { input: ArticleInput; features: ArticleFeatures; claims?: StoredClaimsPayload }[],
  origin: ArticleOrigin,
  now: number,
  identity: ImportOptions['identity'],
): Promise<string[]> {
  const tables = [db.articles, db.features, db.stats, db.meta, db.claims, db.statDeltas, db.words];
  return db.transaction('rw', tables, async () => {
    const byId = await db.articles.bulkGet(batch.map((b) => b.input.id ?? ''));
    const records: StoredArticle[] = [];
    const rows: {
      id: string;
      features: ArticleFeatures;
      claims?: StoredClaimsPayload;
      day: number | null;
    }[] = [];
    const replaced = new Set<string>();
    const byText = new Map<string, string>();
    for (let i = 0; i < batch.length; i++) {
      const { input, features, claims } = batch[i]!;
      const existing =
        byId[i] ?? (identity === 'content' ? await findByExactHash(db, features.exactHash) : undefined);
      const sameTextInBatch = identity === 'content' ? byText.get(features.exactHash) : undefined;
      const id =
        existing?.id ?? sameTextInBatch ?? input.id ?? articleIdFor(input.canonicalUrl, features.exactHash);
      byText.set(features.exactHash, id);
      if (existing) replaced.add(id);
      // A seed stays a seed: a bulk import only adds to it.
      records.push(articleRecord(id, input, existing?.origin ?? origin, now, features, existing));
      rows.push({ id, features, claims, day: dayOfArticle(input.publishedTime, features) });
    }
    // A batch may hold one id twice: the later line wins, and only it is counted.
    const last = new Map(rows.map((r, i) => [r.id, i]));
    const keep = rows.map((r, i) => last.get(r.id) === i);
    const kept = rows.filter((_, i) => keep[i]);
    const keptRecords = records.filter((_, i) => keep[i]);
    const old = (await db.features.bulkGet([...replaced])).filter((r): r is StoredFeatures => Boolean(r));
    const delta = statDelta(
      kept.map((r) => r.features.vocab),
      1,
      statDelta(old.map(vocabOf), -1),
    );
    const { df, docCount } = await adjustStats(db, delta, kept.length - old.length);
    await db.articles.bulkPut(keptRecords);
    await db.words.bulkPut(keptRecords.map(wordRowOf));
    await db.features.bulkPut(kept.map((r) => featureRow(r.id, r.features, r.day, df, docCount)));
    await Promise.all(
      keptRecords.map((record, i) =>
        kept[i]!.claims ? storeArticleClaims(db, record.id, kept[i]!.claims) : undefined,
      ),
    );
    return rows.map((r) => r.id);
  });
}

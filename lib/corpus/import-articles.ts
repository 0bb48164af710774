/**
 * Bulk import: many articles saved in batches, one transaction per batch, with the statistics of a
 * whole batch read and written once. Features and claims are computed before each transaction
 * opens (a transaction must not wait on anything but its own tables).
 */
import { extractClaims } from '../claims/extract-claims';
import { packArticleClaims, type StoredClaimsPayload } from '../claims/codec';
import { storeArticleClaims, storeManyArticleClaims } from './claims';
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

/** One article of a batch save, with the stored record it replaces (found by the caller), if any. */
export interface BatchedSave {
  input: ArticleInput & { id: string };
  features: ArticleFeatures;
  claims?: StoredClaimsPayload;
  origin: ArticleOrigin;
  /** Epoch ms: the save time of a new record. */
  now: number;
  existing?: StoredArticle;
}

/** The stored records that may be the same article as each of `inputs`: by id, canonical URL and text. */
export async function findSameArticles(
  db: CorpusDb,
  inputs: readonly { id: string; canonicalUrl: string | null; exactHash: string }[],
): Promise<{ byId?: StoredArticle; byUrl?: StoredArticle; byText?: StoredArticle }[]> {
  const urls = [...new Set(inputs.flatMap((i) => (i.canonicalUrl ? [i.canonicalUrl] : [])))];
  const hashes = [...new Set(inputs.map((i) => i.exactHash))];
  const [byId, byUrl, byText] = await Promise.all([
    db.articles.bulkGet(inputs.map((i) => i.id)),
    urls.length ? db.articles.where('canonicalUrl').anyOf(urls).toArray() : [],
    db.articles.where('exactHash').anyOf(hashes).toArray(),
  ]);
  const urlMap = new Map(byUrl.map((a) => [a.canonicalUrl, a]));
  // The first stored record with the text, as findByExactHash gives it (index order: by id).
  const textMap = new Map<string, StoredArticle>();
  for (const a of byText.sort((x, y) => (x.id < y.id ? -1 : 1)))
    if (!textMap.has(a.exactHash)) textMap.set(a.exactHash, a);
  return inputs.map((input, i) => ({
    byId: byId[i],
    byUrl: input.canonicalUrl ? urlMap.get(input.canonicalUrl) : undefined,
    byText: textMap.get(input.exactHash),
  }));
}

/**
 * For each list of MinHash bands, whether some stored article shares at least `minBands` of them:
 * such a save may be a resave of it (saveArticle decides). One query for the whole batch.
 */
export async function mayBeResaves(
  db: CorpusDb,
  bandLists: readonly (readonly string[])[],
  minBands: number,
): Promise<boolean[]> {
  const all = [...new Set(bandLists.flat())];
  if (all.length === 0) return bandLists.map(() => false);
  const postings = db.features.where('nearKeys').anyOf(all);
  const [bands, ids] = await Promise.all([postings.keys(), postings.primaryKeys()]);
  const byBand = new Map<string, string[]>();
  bands.forEach((band, i) => {
    const list = byBand.get(String(band));
    if (list) list.push(ids[i]!);
    else byBand.set(String(band), [ids[i]!]);
  });
  return bandLists.map((list) => {
    const shared = new Map<string, number>();
    for (const band of list)
      for (const id of byBand.get(band) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    return [...shared.values()].some((n) => n >= minBands);
  });
}

/**
 * Saves a batch of articles whose stored counterparts the caller has found (no two of them the
 * same article), as saveArticle would one by one, but with a handful of requests for the whole
 * batch: the statistics of its keys are read and written once, and every table is written with
 * one bulk request. Must run inside a transaction over every corpus table (inOneTransaction).
 */
export async function saveArticlesTogether(db: CorpusDb, saves: readonly BatchedSave[]): Promise<void> {
  if (saves.length === 0) return;
  const records = saves.map((s) =>
    articleRecord(s.existing?.id ?? s.input.id, s.input, s.origin, s.now, s.features, s.existing),
  );
  const old = (await db.features.bulkGet(saves.flatMap((s) => (s.existing ? [s.existing.id] : [])))).filter(
    (r): r is StoredFeatures => Boolean(r),
  );
  const delta = statDelta(
    saves.map((s) => s.features.vocab),
    1,
    statDelta(old.map(vocabOf), -1),
  );
  const added = saves.filter((s) => !s.existing).length;
  const { df, docCount } = await adjustStats(db, delta, added);
  await Promise.all([
    db.articles.bulkPut(records),
    db.words.bulkPut(records.map(wordRowOf)),
    db.features.bulkPut(
      saves.map((s, i) =>
        featureRow(records[i]!.id, s.features, dayOfArticle(s.input.publishedTime, s.features), df, docCount),
      ),
    ),
    storeManyArticleClaims(
      db,
      saves.flatMap((s, i) => (s.claims ? [{ id: records[i]!.id, claim: s.claims }] : [])),
    ),
    // Saving a seed again (an import carries its id) brings it back for good, as saveArticle does.
    db.removedSeeds.bulkDelete(saves.map((s) => s.input.id)),
  ]);
}

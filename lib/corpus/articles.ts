/**
 * Named queries and writes on the corpus. Every write that touches more than one table runs in one
 * transaction, and the document-frequency statistics change in the same transaction as the article.
 */
import { extractClaims } from '../claims/extract-claims';
import type { ArticleClaims } from '../claims/types';
import { computeFeatures, minhashSimilarity, type ArticleFeatures } from '../match/features';
import type { Sentence } from '../text/sentences';
import { fnv1a } from '../util/hash';
import { packArticleClaims } from '../claims/codec';
import { deleteArticleClaims, storeArticleClaims } from './claims';
import { wordRowOf, type ArticleOrigin, type CorpusDb, type StoredArticle } from './db';
import { featureRow, vocabOf } from '../match/feature-row';
import { featureRows, nearDuplicateIds } from './match-queries';
import {
  countArticles,
  foldStatDeltas,
  frequenciesOf,
  MAX_PENDING,
  recordStats,
  statDelta,
  type KeyStatistics,
} from './stats';

export { countArticles } from './stats';

export interface ArticleInput {
  /** Given for seeds and imported corpora; derived from the canonical URL or the content otherwise. */
  id?: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  text: string;
  sentences: Sentence[];
  tags?: string[];
  seedVersion?: string;
  /**
   * When it was read (epoch ms), for an article that comes with its reading date (an import);
   * a save with origin "read" and no date was read now.
   */
  readAt?: number;
}

export interface SaveResult {
  id: string;
  /** True when an earlier record of the same article (same id, canonical URL or text) was replaced. */
  replaced: boolean;
}

/**
 * Estimated shingle overlap from which a text from the same URL or outlet is the same article saved
 * again (a correction, a re-scrape), not another report: 0.9 leaves room for an edited paragraph.
 */
const RESAVE_SIMILARITY = 0.9;
/**
 * MinHash bands a stored text must share with a save before its row is read to test for a resave.
 * At the resave similarity of 0.9 a band (4 rows) matches with probability 0.9^4 = 0.66, so 2 or
 * more of the 8 match with probability 0.997; a syndicated or borrowed text (similarity about 0.5)
 * rarely matches more than one. Without this, a save read the rows of every wire copy.
 */
export const RESAVE_MIN_BANDS = 2;
/** What a save computes or reads before writing; the analysis of an open page has all of it already. */
export interface PreparedSave {
  features?: ArticleFeatures;
  claims?: ArticleClaims;
  /**
   * Document frequencies of the features' keys, read by the page's analysis. The row's IDF snapshot
   * is then weighted with them: a snapshot is an approximation kept within a factor of two of the
   * corpus size anyway (lib/corpus/feature-rows.ts), so minutes of staleness change nothing.
   */
  statistics?: KeyStatistics;
}

/** Every table an article's save or delete writes: one transaction covers its record, features, claims, words and statistics. */
function articleTables(db: CorpusDb) {
  return [db.articles, db.features, db.stats, db.meta, db.claims, db.statDeltas, db.removedSeeds, db.words];
}

/**
 * Saves an article, replacing an earlier copy of it: same id, same canonical URL, identical text,
 * or a near-identical text from the same URL or outlet. Features and claims not given are computed
 * before the transaction opens, so it holds the database only for its own requests.
 */
export async function saveArticle(
  db: CorpusDb,
  input: ArticleInput,
  origin: ArticleOrigin,
  now: number,
  prepared: PreparedSave = {},
): Promise<SaveResult> {
  const features = prepared.features ?? computeFeatures(input.title, input.text);
  const claims = packArticleClaims(input.text, prepared.claims ?? extractClaims(input));
  return db.transaction('rw', articleTables(db), async () => {
    // Requests that do not depend on each other are issued together: in Chromium every sequential
    // request costs a round trip to the browser process.
    const known = prepared.statistics;
    const [existing, { df, pending }, count] = await Promise.all([
      findSameArticle(db, input, features),
      known && features.vocab.every((k) => known.df.has(k))
        ? db.statDeltas.count().then((pending) => ({ df: new Map(known.df), pending }))
        : frequenciesOf(db, features.vocab),
      countArticles(db),
    ]);
    const id = existing?.id ?? input.id ?? articleIdFor(input.canonicalUrl, features.exactHash);
    const old = existing ? await db.features.get(existing.id) : undefined;
    const article = articleRecord(id, input, origin, now, features, existing);
    const delta = statDelta([features.vocab], 1, statDelta(old ? [vocabOf(old)] : [], -1));
    const docCount = count + (existing ? 0 : 1);
    for (const [key, n] of df) df.set(key, Math.max(0, n + (delta.get(key) ?? 0)));
    await Promise.all([
      recordStats(db, delta, existing ? 0 : 1, count),
      db.articles.put(article),
      db.words.put(wordRowOf(article)),
      db.features.put(featureRow(id, features, dayOfArticle(input.publishedTime, features), df, docCount)),
      storeArticleClaims(db, id, claims),
      // Saving a seed again (a restore, an import: they carry its id) brings it back for good.
      input.id ? db.removedSeeds.delete(id) : undefined,
    ]);
    // Maintenance folds the journal long before this; bounds it when maintenance never ran.
    if (pending + 1 >= MAX_PENDING) await foldStatDeltas(db);
    return { id, replaced: Boolean(existing) };
  });
}

export interface DeleteOptions {
  /**
   * When the reader deleted it (epoch ms): a seed is then remembered as deleted so the next seed
   * import leaves it out (a seed the extension stops shipping is deleted without this).
   */
  byReaderAt?: number;
}

/** Deletes an article and its features; returns whether it existed. */
export async function deleteArticle(db: CorpusDb, id: string, options: DeleteOptions = {}): Promise<boolean> {
  return db.transaction('rw', articleTables(db), async () => {
    const [features, article] = await Promise.all([db.features.get(id), db.articles.get(id)]);
    await Promise.all([
      features ? recordStats(db, statDelta([vocabOf(features)], -1), -1) : undefined,
      db.articles.delete(id),
      db.words.delete(id),
      db.features.delete(id),
      deleteArticleClaims(db, id),
      options.byReaderAt !== undefined && article?.origin === 'seed'
        ? db.removedSeeds.put({ id, removedAt: options.byReaderAt })
        : undefined,
    ]);
    return Boolean(article);
  });
}

/** The stored record `input` is a new version of, if any (see saveArticle). Runs inside its transaction. */
async function findSameArticle(
  db: CorpusDb,
  input: ArticleInput,
  features: ArticleFeatures,
): Promise<StoredArticle | undefined> {
  const [byId, byUrl, byText, near] = await Promise.all([
    input.id ? db.articles.get(input.id) : undefined,
    input.canonicalUrl ? findByCanonicalUrl(db, input.canonicalUrl) : undefined,
    findByExactHash(db, features.exactHash),
    input.url || input.siteName ? nearDuplicateIds(db, features.nearKeys, RESAVE_MIN_BANDS) : [],
  ]);
  return byId ?? byUrl ?? byText ?? (await findResaved(db, input, features, near));
}

/** A near-identical text from the same URL or the same outlet: the same article, saved again. */
async function findResaved(
  db: CorpusDb,
  input: ArticleInput,
  features: ArticleFeatures,
  ids: readonly string[],
): Promise<StoredArticle | undefined> {
  if (ids.length === 0) return undefined;
  // Feature rows are small next to articles: only the near-identical texts' articles are read.
  const rows = await featureRows(db, ids);
  const near = ids.filter(
    (_, i) => minhashSimilarity(rows[i]?.minhash ?? [], features.minhash) >= RESAVE_SIMILARITY,
  );
  if (near.length === 0) return undefined;
  const articles = await db.articles.bulkGet(near);
  return articles.find(
    (a) => a && ((input.url && a.url === input.url) || (input.siteName && a.siteName === input.siteName)),
  );
}

/**
 * The stored record of `input`; an existing record's save time, tags and (unless a seed) origin are
 * kept. Reading never lowers an origin (a saved, seed or imported article read stays what it was),
 * and saving a read article makes it saved: read and saved counts as saved.
 */
export function articleRecord(
  id: string,
  input: ArticleInput,
  origin: ArticleOrigin,
  now: number,
  features: ArticleFeatures,
  existing: StoredArticle | undefined,
): StoredArticle {
  return {
    id,
    url: input.url,
    title: input.title,
    byline: input.byline,
    siteName: input.siteName,
    publishedTime: input.publishedTime,
    savedAt: existing?.savedAt ?? now,
    origin: originOf(existing?.origin, origin),
    ...readAtOf(origin === 'read' ? (input.readAt ?? now) : input.readAt, existing?.readAt),
    lang: input.lang,
    text: input.text,
    sentences: input.sentences,
    tags: [...new Set([...(existing?.tags ?? []), ...(input.tags ?? [])])],
    exactHash: features.exactHash,
    ...(input.canonicalUrl ? { canonicalUrl: input.canonicalUrl } : {}),
    ...(input.seedVersion ? { seedVersion: input.seedVersion } : {}),
  };
}

/** The latest of the reading dates known: an import of an older copy never moves it back. */
function readAtOf(...times: (number | undefined)[]): { readAt?: number } {
  const known = times.filter((t): t is number => t !== undefined);
  return known.length ? { readAt: Math.max(...known) } : {};
}

function originOf(existing: ArticleOrigin | undefined, next: ArticleOrigin): ArticleOrigin {
  if (!existing) return next;
  if (next === 'read') return existing;
  return existing === 'seed' || existing === 'read' ? next : existing;
}

/** The stored article with this id. */
export function getArticle(db: CorpusDb, id: string): Promise<StoredArticle | undefined> {
  return db.articles.get(id);
}

/** The stored articles with these ids, in order (undefined where an id is not stored). */
export function getArticles(db: CorpusDb, ids: readonly string[]): Promise<(StoredArticle | undefined)[]> {
  return db.articles.bulkGet([...ids]);
}

/** Every stored article's id, in id order. */
export function articleIds(db: CorpusDb): Promise<string[]> {
  return db.articles.toCollection().primaryKeys();
}

/** Up to `limit` stored articles with ids after `after` (from the first when null), in id order. */
export function articlesAfter(db: CorpusDb, after: string | null, limit: number): Promise<StoredArticle[]> {
  return (after === null ? db.articles.orderBy('id') : db.articles.where('id').above(after))
    .limit(limit)
    .toArray();
}

/** Replaces the tags of article `id` (a one-table write: nothing derives from tags); false when it is not stored. */
export async function setTags(db: CorpusDb, id: string, tags: readonly string[]): Promise<boolean> {
  return (await db.articles.update(id, { tags: [...tags] })) > 0;
}

/** Runs `work` in one read-write transaction over every corpus table: it lands whole or not at all. */
export function inOneTransaction<T>(db: CorpusDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, work);
}

/** The stored article with this canonical URL, if any. */
export function findByCanonicalUrl(db: CorpusDb, canonicalUrl: string): Promise<StoredArticle | undefined> {
  return db.articles.where('canonicalUrl').equals(canonicalUrl).first();
}

/** A stored article with exactly this text (after folding typography and spacing), if any. */
export function findByExactHash(db: CorpusDb, exactHash: string): Promise<StoredArticle | undefined> {
  return db.articles.where('exactHash').equals(exactHash).first();
}

/** The day used for time proximity: the published time's, else a date the text states up front. */
export function dayOfArticle(publishedTime: string | null, features: Pick<ArticleFeatures, 'datelineDay'>) {
  return dayOf(publishedTime) ?? features.datelineDay;
}

/** Days since the epoch of an ISO date or date-time, or null. */
export function dayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

/** Stable id of a saved page: from its canonical URL when it has one, else from its text. */
export function articleIdFor(canonicalUrl: string | null, exactHash: string): string {
  return canonicalUrl
    ? `u${fnv1a(canonicalUrl)}${fnv1a(canonicalUrl.split('').reverse().join(''))}`
    : `h${exactHash}`;
}

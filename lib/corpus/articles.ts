/**
 * Named queries and writes on the corpus. Every write that touches more than one table runs in one
 * transaction, and the document-frequency statistics change in the same transaction as the article.
 */
import { computeFeatures, minhashSimilarity, type ArticleFeatures } from '../match/features';
import type { Sentence } from '../text/sentences';
import { fnv1a } from '../seeds/parse-seed';
import { deleteArticleClaims, storeArticleClaims } from '../claims/store';
import type { ArticleOrigin, CorpusDb, StoredArticle } from './db';
import { featureRow, refreshStaleWeights, vocabOf } from './feature-rows';
import { featureRows, nearDuplicateIds } from './match-queries';
import { adjustStats, statDelta } from './stats';

export { countArticles, documentFrequencies, statKeys } from './stats';

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
/** Stale feature rows re-weighted per save: one keeps pace with any growth of the corpus. */
const REFRESH_PER_SAVE = 1;

/**
 * Saves an article, replacing an earlier copy of it: same id, same canonical URL, identical text,
 * or a near-identical text from the same URL or outlet.
 */
export async function saveArticle(
  db: CorpusDb,
  input: ArticleInput,
  origin: ArticleOrigin,
  now: number,
  features: ArticleFeatures = computeFeatures(input.title, input.text),
): Promise<SaveResult> {
  return db.transaction('rw', [db.articles, db.features, db.stats, db.meta, db.claims], async () => {
    // Requests that do not depend on each other are issued together: in Chromium every sequential
    // request costs a round trip to the browser process.
    const existing = await findSameArticle(db, input, features);
    const id = existing?.id ?? input.id ?? articleIdFor(input.canonicalUrl, features.exactHash);
    const old = existing ? await db.features.get(existing.id) : undefined;
    const article = articleRecord(id, input, origin, now, features, existing);
    const delta = statDelta([features.vocab], 1, statDelta(old ? [vocabOf(old)] : [], -1));
    const [{ df, docCount }] = await Promise.all([
      adjustStats(db, delta, existing ? 0 : 1),
      db.articles.put(article),
    ]);
    await Promise.all([
      db.features.put(featureRow(id, features, dayOfArticle(input.publishedTime, features), df, docCount)),
      storeArticleClaims(db, article),
      refreshStaleWeights(db, REFRESH_PER_SAVE, docCount),
    ]);
    return { id, replaced: Boolean(existing) };
  });
}

/** Deletes an article and its features; returns whether it existed. */
export async function deleteArticle(db: CorpusDb, id: string): Promise<boolean> {
  return db.transaction('rw', [db.articles, db.features, db.stats, db.meta, db.claims], async () => {
    const [features, existed] = await Promise.all([
      db.features.get(id),
      db.articles.where('id').equals(id).count(),
    ]);
    await Promise.all([
      features ? adjustStats(db, statDelta([vocabOf(features)], -1), -1) : undefined,
      db.articles.delete(id),
      db.features.delete(id),
      deleteArticleClaims(db, id),
    ]);
    return existed > 0;
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
    input.url || input.siteName ? nearDuplicateIds(db, features.nearKeys) : [],
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
  const [rows, articles] = await Promise.all([featureRows(db, ids), db.articles.bulkGet([...ids])]);
  return articles.find(
    (a, i) =>
      a &&
      ((input.url && a.url === input.url) || (input.siteName && a.siteName === input.siteName)) &&
      minhashSimilarity(rows[i]?.minhash ?? [], features.minhash) >= RESAVE_SIMILARITY,
  );
}

function articleRecord(
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
    origin: existing && existing.origin !== 'seed' ? existing.origin : origin,
    lang: input.lang,
    text: input.text,
    sentences: input.sentences,
    tags: [...new Set([...(existing?.tags ?? []), ...(input.tags ?? [])])],
    exactHash: features.exactHash,
    ...(input.canonicalUrl ? { canonicalUrl: input.canonicalUrl } : {}),
    ...(input.seedVersion ? { seedVersion: input.seedVersion } : {}),
  };
}

/** The stored article with this id. */
export function getArticle(db: CorpusDb, id: string): Promise<StoredArticle | undefined> {
  return db.articles.get(id);
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

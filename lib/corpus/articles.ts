/**
 * Named queries and writes on the corpus. Every write that touches more than one table runs in one
 * transaction, and the document-frequency statistics change in the same transaction as the article.
 */
import { computeFeatures, type ArticleFeatures } from '../match/features';
import type { Sentence } from '../text/sentences';
import { fnv1a } from '../seeds/parse-seed';
import { deleteArticleClaims, storeArticleClaims } from '../claims/store';
import type { ArticleOrigin, CorpusDb, StoredArticle, StoredFeatures } from './db';

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

const DOC_COUNT = 'docCount';

/** Saves an article, replacing an earlier copy of it (same id, canonical URL, or identical text). */
export async function saveArticle(
  db: CorpusDb,
  input: ArticleInput,
  origin: ArticleOrigin,
  now: number,
  features: ArticleFeatures = computeFeatures(input.title, input.text),
): Promise<SaveResult> {
  return db.transaction('rw', [db.articles, db.features, db.stats, db.meta, db.claims], async () => {
    const existing =
      (input.id ? await db.articles.get(input.id) : undefined) ??
      (input.canonicalUrl
        ? await db.articles.where('canonicalUrl').equals(input.canonicalUrl).first()
        : undefined) ??
      (await db.articles.where('exactHash').equals(features.exactHash).first());
    if (existing) await removeWithinTransaction(db, existing.id);
    const id = existing?.id ?? input.id ?? articleIdFor(input.canonicalUrl, features.exactHash);
    const article: StoredArticle = {
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
    await db.articles.put(article);
    await db.features.put(featureRow(id, features, input.publishedTime));
    await adjustStats(db, statKeys(features), +1);
    await storeArticleClaims(db, article);
    return { id, replaced: Boolean(existing) };
  });
}

/** Deletes an article and its features; returns whether it existed. */
export async function deleteArticle(db: CorpusDb, id: string): Promise<boolean> {
  return db.transaction('rw', [db.articles, db.features, db.stats, db.meta, db.claims], () =>
    removeWithinTransaction(db, id),
  );
}

async function removeWithinTransaction(db: CorpusDb, id: string): Promise<boolean> {
  const features = await db.features.get(id);
  const existed = (await db.articles.where('id').equals(id).count()) > 0;
  if (features) await adjustStats(db, statKeys(features), -1);
  await db.articles.delete(id);
  await db.features.delete(id);
  await deleteArticleClaims(db, id);
  return existed;
}

/** The stored article with this id. */
export function getArticle(db: CorpusDb, id: string): Promise<StoredArticle | undefined> {
  return db.articles.get(id);
}

/** The stored article with this canonical URL, if any. */
export function findByCanonicalUrl(db: CorpusDb, canonicalUrl: string): Promise<StoredArticle | undefined> {
  return db.articles.where('canonicalUrl').equals(canonicalUrl).first();
}

/** Number of articles in the corpus. */
export async function countArticles(db: CorpusDb): Promise<number> {
  return (await db.meta.get(DOC_COUNT))?.value ?? 0;
}

/** Document frequencies of `keys` (0 when unseen) and the corpus size. */
export async function documentFrequencies(
  db: CorpusDb,
  keys: readonly string[],
): Promise<{ df: Map<string, number>; docCount: number }> {
  const rows = await db.stats.bulkGet([...keys]);
  const df = new Map<string, number>();
  rows.forEach((row, i) => df.set(keys[i]!, row?.df ?? 0));
  return { df, docCount: await countArticles(db) };
}

/** The document-frequency keys of an article: every stored term and entity. */
export function statKeys(features: Pick<ArticleFeatures, 'terms' | 'entities'>): string[] {
  return [...features.terms.map(([t]) => `t:${t}`), ...features.entities.map(([e]) => `e:${e}`)];
}

async function adjustStats(db: CorpusDb, keys: readonly string[], delta: 1 | -1): Promise<void> {
  const rows = await db.stats.bulkGet([...keys]);
  const updated = keys.map((key, i) => ({ key, df: (rows[i]?.df ?? 0) + delta }));
  await db.stats.bulkPut(updated.filter((r) => r.df > 0));
  const gone = updated.filter((r) => r.df <= 0).map((r) => r.key);
  if (gone.length) await db.stats.bulkDelete(gone);
  const count = (await db.meta.get(DOC_COUNT))?.value ?? 0;
  await db.meta.put({ key: DOC_COUNT, value: Math.max(0, count + delta) });
}

function featureRow(id: string, f: ArticleFeatures, publishedTime: string | null): StoredFeatures {
  return {
    id,
    terms: f.terms,
    entities: f.entities,
    keys: f.keys,
    nearKeys: f.nearKeys,
    minhash: f.minhash,
    day: dayOf(publishedTime),
  };
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

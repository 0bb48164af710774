/**
 * Merges prepared articles into the corpus without duplicates, by saveArticle's identity rules
 * (same id, canonical URL, or identical text: the stored record is updated and tags are merged).
 * Callers run it inside one transaction over every corpus table, so a batch lands whole or not at all.
 */
import { findByCanonicalUrl, findByExactHash, getArticle, saveArticle, setTags } from '../corpus/articles';
import type { CorpusDb, StoredArticle } from '../corpus/db';
import type { PreparedArticle } from './staging-db';

export type MergeOutcome =
  { kind: 'added' | 'updated' | 'unchanged'; id: string } | { kind: 'skipped'; id: string; reason: string };

/** Merges one article; must run inside a transaction over every corpus table (inOneTransaction). */
export async function mergeArticle(db: CorpusDb, article: PreparedArticle): Promise<MergeOutcome> {
  const { input, features } = article;
  const byId = await getArticle(db, input.id);
  const byUrl = input.canonicalUrl ? await findByCanonicalUrl(db, input.canonicalUrl) : undefined;
  // Writing it would break the unique canonical-URL index and abort the whole import.
  if (byId && byUrl && byId.id !== byUrl.id) {
    return {
      kind: 'skipped',
      id: input.id,
      reason: `its canonical URL belongs to another article (${byUrl.id})`,
    };
  }
  const existing = byId ?? byUrl ?? (await findByExactHash(db, features.exactHash));
  // Seeds are the extension's own: their text comes from the bundle, so a file only adds tags.
  if (existing && (existing.origin === 'seed' || sameArticle(existing, article))) {
    return mergeTags(db, existing, input.tags);
  }
  const saved = await saveArticle(db, input, article.origin, article.savedAt, {
    features,
    claims: article.claims,
  });
  return { kind: saved.replaced ? 'updated' : 'added', id: saved.id };
}

async function mergeTags(
  db: CorpusDb,
  existing: StoredArticle,
  tags: readonly string[],
): Promise<MergeOutcome> {
  const merged = [...new Set([...existing.tags, ...tags])];
  if (merged.length === existing.tags.length) return { kind: 'unchanged', id: existing.id };
  await setTags(db, existing.id, merged);
  return { kind: 'updated', id: existing.id };
}

/** Same text and metadata: re-importing an export leaves the record (and its features) alone. */
function sameArticle(stored: StoredArticle, { input }: PreparedArticle): boolean {
  return (
    stored.text === input.text &&
    stored.title === input.title &&
    stored.url === input.url &&
    (stored.canonicalUrl ?? null) === input.canonicalUrl &&
    stored.byline === input.byline &&
    stored.siteName === input.siteName &&
    stored.publishedTime === input.publishedTime &&
    stored.lang === input.lang
  );
}

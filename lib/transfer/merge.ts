/**
 * Merges prepared articles into the corpus without duplicates, by saveArticle's identity rules
 * (same id, canonical URL, or identical text: the stored record is updated and tags are merged).
 * Callers run it inside one transaction over every corpus table, so a batch lands whole or not at all.
 */
import {
  findByCanonicalUrl,
  findByExactHash,
  getArticle,
  RESAVE_MIN_BANDS,
  saveArticle,
  setTags,
} from '../corpus/articles';
import type { CorpusDb, StoredArticle } from '../corpus/db';
import {
  findSameArticles,
  mayBeResaves,
  saveArticlesTogether,
  type BatchedSave,
} from '../corpus/import-articles';
import { packArticleClaims } from '../claims/codec';
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

/**
 * Merges many articles with the outcome mergeArticle would give each in turn, but in a few bulk
 * requests per batch instead of a dozen per article: the stored counterparts of the whole batch
 * are looked up together, and the articles to save are written together (saveArticlesTogether).
 * An article that may concern an earlier one of the batch (same id, canonical URL, text or stored
 * counterpart, or two shared MinHash bands) or a near-identical stored text (a possible resave)
 * goes through mergeArticle after the batch so far is written, so it sees what they wrote. Must
 * run inside a transaction over every corpus table (inOneTransaction).
 */
export async function mergeArticles(
  db: CorpusDb,
  articles: readonly PreparedArticle[],
): Promise<MergeOutcome[]> {
  const [found, resaves] = await Promise.all([
    findSameArticles(
      db,
      articles.map(({ input, features }) => ({
        id: input.id,
        canonicalUrl: input.canonicalUrl,
        exactHash: features.exactHash,
      })),
    ),
    mayBeResaves(
      db,
      articles.map(({ input, features }) => (input.url || input.siteName ? features.nearKeys : [])),
      RESAVE_MIN_BANDS,
    ),
  ]);
  const outcomes: MergeOutcome[] = [];
  let pending: BatchedSave[] = [];
  const flush = async () => {
    await saveArticlesTogether(db, pending);
    pending = [];
  };
  const seen = new Set<string>();
  const bandsSeen = new Map<string, number[]>();
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const { input, features } = article;
    const { byId, byUrl, byText } = found[i]!;
    const keys = [
      `id:${input.id}`,
      input.canonicalUrl ? `url:${input.canonicalUrl}` : '',
      `text:${features.exactHash}`,
      ...[byId, byUrl, byText].map((a) => (a ? `id:${a.id}` : '')),
    ].filter(Boolean);
    const shared = new Map<number, number>();
    for (const band of features.nearKeys)
      for (const j of bandsSeen.get(band) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const concernsBatch =
      keys.some((k) => seen.has(k)) || [...shared.values()].some((n) => n >= RESAVE_MIN_BANDS);
    for (const k of keys) seen.add(k);
    for (const band of features.nearKeys) bandsSeen.set(band, [...(bandsSeen.get(band) ?? []), i]);
    const existing = byId ?? byUrl ?? byText;
    if (concernsBatch || (!existing && resaves[i])) {
      await flush();
      outcomes.push(await mergeArticle(db, article));
      continue;
    }
    if (byId && byUrl && byId.id !== byUrl.id) {
      outcomes.push({
        kind: 'skipped',
        id: input.id,
        reason: `its canonical URL belongs to another article (${byUrl.id})`,
      });
      continue;
    }
    if (existing && (existing.origin === 'seed' || sameArticle(existing, article))) {
      outcomes.push(await mergeTags(db, existing, input.tags));
      continue;
    }
    pending.push({
      input,
      features,
      ...(article.claims ? { claims: packArticleClaims(input.text, article.claims) } : {}),
      origin: article.origin,
      now: article.savedAt,
      ...(existing ? { existing } : {}),
    });
    outcomes.push({ kind: existing ? 'updated' : 'added', id: existing?.id ?? input.id });
  }
  await flush();
  return outcomes;
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

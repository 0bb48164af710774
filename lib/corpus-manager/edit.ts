/**
 * The corpus page's edits: tags, and delete with undo. Tags live only on the article row (no other
 * table derives from them), so setting them is a one-table write.
 */
import { getArticle, setTags } from '../corpus/articles';
import type { CorpusDb } from '../corpus/db';
import { toExported, type ExportedArticle } from '../transfer/format';

/** Enough to put a deleted article back exactly: its export record and, for a seed, its version. */
export type UndoRecord = ExportedArticle & { seedVersion?: string };

/** Replaces the tags of article `id`; throws when there is no such article. */
export async function setArticleTags(
  db: CorpusDb,
  id: string,
  tags: readonly string[],
): Promise<{ tags: string[] }> {
  const unique = [...new Set(tags)];
  if (!(await setTags(db, id, unique))) throw new Error('This article is no longer in your corpus.');
  return { tags: unique };
}

/**
 * Deletes article `id` through `remove` (the background's delete, which also refreshes open tabs)
 * and returns what undo needs, or null when there was nothing to delete.
 */
export async function deleteForUndo(
  db: CorpusDb,
  id: string,
  remove: (id: string) => Promise<boolean>,
): Promise<{ deleted: UndoRecord | null }> {
  const article = await getArticle(db, id);
  if (!article) return { deleted: null };
  if (!(await remove(id))) return { deleted: null };
  return {
    deleted: { ...toExported(article), ...(article.seedVersion ? { seedVersion: article.seedVersion } : {}) },
  };
}

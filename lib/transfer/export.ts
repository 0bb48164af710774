/**
 * Export in chunks: the page asks for the articles after an id until `next` is null. A chunk is
 * bounded by count and by characters, so even 2-million-character articles stay far below
 * Chrome's 64 MiB message limit. Chunks are read in id order, each in its own read: an article
 * saved during a long export is included only if its id sorts after the chunk being read.
 */
import { articlesAfter, countArticles } from '../corpus/articles';
import type { CorpusDb } from '../corpus/db';
import { toExported, type ExportedArticle } from './format';

/** Characters of text per chunk: ~8 M characters is at most ~32 MB of JSON. */
export const EXPORT_CHUNK_CHARS = 8_000_000;

export interface ExportChunk {
  articles: ExportedArticle[];
  /** The id to pass as `after` for the next chunk; null when this was the last one. */
  next: string | null;
  /** Articles in the corpus, for the progress bar. */
  total: number;
}

/** Up to `limit` articles with ids after `after` (from the first when null). */
export async function exportChunk(
  db: CorpusDb,
  { after, limit, maxChars = EXPORT_CHUNK_CHARS }: { after: string | null; limit: number; maxChars?: number },
): Promise<ExportChunk> {
  const rows = await articlesAfter(db, after, limit);
  const articles: ExportedArticle[] = [];
  let chars = 0;
  for (const row of rows) {
    const size = row.text.length + row.title.length;
    if (articles.length > 0 && chars + size > maxChars) break;
    articles.push(toExported(row));
    chars += size;
  }
  const more = articles.length < rows.length || rows.length === limit;
  return {
    articles,
    next: more && articles.length ? articles[articles.length - 1]!.id : null,
    total: await countArticles(db),
  };
}

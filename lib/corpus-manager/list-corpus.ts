/** The corpus page's listing: search, then group the listed articles by story. */
import { countArticles } from '../corpus/articles';
import type { CorpusDb, StoredArticle } from '../corpus/db';
import { groupByStory } from './group-stories';
import { listOutlets, parseWords, searchArticles, type CorpusQuery } from '../corpus/search';
import type { CorpusListing, CorpusRow } from './types';

/** Articles matching `query`, grouped by story, with the corpus size and its outlets. */
export async function listCorpus(db: CorpusDb, query: CorpusQuery): Promise<CorpusListing> {
  const { articles, complete } = await searchArticles(db, query);
  const needles = parseWords(query.words);
  const groups = await groupByStory(db, articles);
  return {
    groups: groups.map((group) => group.map((a) => rowOf(a, needles))),
    complete,
    corpusSize: await countArticles(db),
    outlets: await listOutlets(db),
  };
}

function rowOf(a: StoredArticle, needles: readonly string[]): CorpusRow {
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    siteName: a.siteName,
    byline: a.byline,
    publishedTime: a.publishedTime,
    savedAt: a.savedAt,
    origin: a.origin,
    ...(a.readAt !== undefined ? { readAt: a.readAt } : {}),
    tags: a.tags,
    snippet: snippetOf(a.text, needles),
  };
}

/** About `width` characters of `text` around the first needle, or null when none occurs. */
export function snippetOf(text: string, needles: readonly string[], width = 160): string | null {
  if (!needles.length) return null;
  const lower = text.toLowerCase();
  const at = needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0);
  if (!at.length) return null;
  const hit = Math.min(...at);
  const start = Math.max(0, hit - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

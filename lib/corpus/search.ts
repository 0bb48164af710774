/**
 * The corpus page's search, as named queries: words (in title, byline and text), outlet and date range, newest
 * saved first. A scan, not an index: the matcher's stored keys hold only each article's top terms,
 * so a word search through them would miss most words. The scan walks the savedAt index newest
 * first and stops at `limit` matches, so a common word answers at once; a word that matches
 * nothing reads every article: 2–3 s for 10,000 articles in Chromium on our 2-core machine, 7 s
 * with its cores heavily shared (npm run -s bench:corpus). Fine for a search button,
 * too slow to search as one types; a word index written by saveArticle would make it O(matches).
 * An outlet narrows the scan through the siteName index.
 */
import { dayOf } from './articles';
import type { CorpusDb, StoredArticle } from './db';

export interface CorpusQuery {
  /** Words and "quoted phrases"; every one must occur (case-insensitive). Empty: everything. */
  words: string;
  /** Exact outlet (siteName), or null for all. */
  outlet: string | null;
  /** Inclusive bounds as YYYY-MM-DD, on the published date (the saved date when it is unknown). */
  from: string | null;
  to: string | null;
  limit: number;
}

export interface CorpusSearch {
  articles: StoredArticle[];
  /** False when the scan stopped at `limit`: more articles match. */
  complete: boolean;
}

/** The articles matching `query`, newest saved first, at most `query.limit`. */
export async function searchArticles(db: CorpusDb, query: CorpusQuery): Promise<CorpusSearch> {
  const needles = parseWords(query.words);
  const fromDay = dayOf(query.from);
  const toDay = dayOf(query.to);
  const matches = (a: StoredArticle): boolean => {
    const day = dayOf(a.publishedTime) ?? Math.floor(a.savedAt / 86_400_000);
    if (fromDay !== null && day < fromDay) return false;
    if (toDay !== null && day > toDay) return false;
    if (!needles.length) return true;
    const haystack = `${a.title}\n${a.byline ?? ''}\n${a.text}`.toLowerCase();
    return needles.every((n) => haystack.includes(n));
  };
  if (query.outlet !== null) {
    // The siteName index yields id order; an outlet's articles are few enough to sort in memory.
    const all = await db.articles.where('siteName').equals(query.outlet).filter(matches).toArray();
    all.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
    return { articles: all.slice(0, query.limit), complete: all.length <= query.limit };
  }
  const found = await db.articles
    .orderBy('savedAt')
    .reverse()
    .filter(matches)
    .limit(query.limit + 1)
    .toArray();
  return { articles: found.slice(0, query.limit), complete: found.length <= query.limit };
}

/** `Witkoff "article 5"` → ["witkoff", "article 5"]. */
export function parseWords(input: string): string[] {
  const out: string[] = [];
  for (const m of input.toLowerCase().matchAll(/"([^"]*)"|(\S+)/g)) {
    const needle = (m[1] ?? m[2] ?? '').trim().replace(/\s+/g, ' ');
    if (needle && !out.includes(needle)) out.push(needle);
  }
  return out;
}

/** Every outlet in the corpus, from the siteName index. */
export async function listOutlets(db: CorpusDb): Promise<string[]> {
  const keys = await db.articles.orderBy('siteName').uniqueKeys();
  return keys.filter((k): k is string => typeof k === 'string' && k.length > 0);
}

/**
 * The corpus page's search, as named queries: words (in title, byline and text), outlet and date
 * range, newest saved first. Words are looked up in the word index (the `words` table, a multiEntry
 * index kept in step with every save, delete, expiry and import), so a search reads only the
 * articles that have every word: a word that matches nothing reads no article at all. A word
 * matches whole words ("harbour", not "harb"); a "quoted phrase" must also occur as written.
 */
import { dayOf } from './articles';
import { wordsOf, type CorpusDb, type StoredArticle } from './db';

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
  if (needles.length) {
    const ids = await idsWithWords(db, wordsOf(needles.join(' ')));
    const found = (await db.articles.bulkGet(ids)).filter(
      (a): a is StoredArticle =>
        a !== undefined && (query.outlet === null || a.siteName === query.outlet) && matches(a),
    );
    found.sort(newestSavedFirst);
    return { articles: found.slice(0, query.limit), complete: found.length <= query.limit };
  }
  if (query.outlet !== null) {
    // The siteName index yields id order; an outlet's articles are few enough to sort in memory.
    const all = await db.articles.where('siteName').equals(query.outlet).filter(matches).toArray();
    all.sort(newestSavedFirst);
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

function newestSavedFirst(a: StoredArticle, b: StoredArticle): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1);
}

/** The ids of the articles having every one of `words`, from the word index (rarest word first). */
async function idsWithWords(db: CorpusDb, words: readonly string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const lists = await Promise.all(words.map((w) => db.words.where('words').equals(w).primaryKeys()));
  lists.sort((a, b) => a.length - b.length);
  let ids = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    if (ids.length === 0) break;
    const has = new Set(list);
    ids = ids.filter((id) => has.has(id));
  }
  return ids;
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

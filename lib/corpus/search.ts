/**
 * The corpus page's search, as named queries: words (in title, byline and text), outlet and date
 * range, newest saved first, one page of `limit` at a time. Words are looked up in the word index
 * (the `words` table, a multiEntry index kept in step with every save, delete, expiry and import)
 * and folded as everywhere else (lib/text/fold.ts: "cafe" finds "café"), so no search reads an
 * article that does not match its words: a word that matches nothing reads no article at all,
 * and a common word reads only the page it shows. A word matches whole words ("harbour", not
 * "harb"); a "quoted phrase" must also occur as written (folded, whole words).
 *
 * Cost, in IndexedDB requests (each a round trip in Chromium): one count per word, then the
 * posting list of the rarest word only, checked against the other words' lists (or, when it is
 * short, against its articles' word rows); when more articles match than a page shows, the
 * savedAt index's keys give their order; then only the page's articles are read.
 */
import { foldWords, wordsOf } from '../text/fold';
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
  /** False when the search stopped at `limit`: more articles match. */
  complete: boolean;
}

/**
 * Candidates up to which the matching articles are read and sorted directly; above it their order
 * comes from the savedAt index's keys (one request for every id) and only one page is read.
 */
const READ_DIRECTLY = 150;
/**
 * A rarest word with at most this many articles is checked against those articles' word rows
 * instead of the other words' posting lists (which may hold most of the corpus).
 */
const CHECK_ROWS = 200;

/** Where the search changes strategy; the tests lower them to reach every path with a few articles. */
interface SearchTuning {
  readDirectly: number;
  checkRows: number;
}

/** The articles matching `query`, newest saved first, at most `query.limit`. */
export async function searchArticles(
  db: CorpusDb,
  query: CorpusQuery,
  { readDirectly, checkRows }: SearchTuning = { readDirectly: READ_DIRECTLY, checkRows: CHECK_ROWS },
): Promise<CorpusSearch> {
  const needles = parseWords(query.words);
  const fromDay = dayOf(query.from);
  const toDay = dayOf(query.to);
  const phrases = needles.map(foldWords).filter((p) => p.includes(' '));
  const inRange = (a: StoredArticle): boolean => {
    const day = dayOf(a.publishedTime) ?? Math.floor(a.savedAt / 86_400_000);
    return (fromDay === null || day >= fromDay) && (toDay === null || day <= toDay);
  };
  const matches = (a: StoredArticle): boolean => {
    if (!inRange(a)) return false;
    if (query.outlet !== null && a.siteName !== query.outlet) return false;
    if (!phrases.length) return true;
    const haystack = ` ${foldWords(`${a.title}\n${a.byline ?? ''}\n${a.text}`)} `;
    return phrases.every((p) => haystack.includes(` ${p} `));
  };
  return db.transaction('r', [db.articles, db.words], async () => {
    let candidates: string[] | null = null;
    if (needles.length)
      candidates = await idsWithWords(db, [...new Set(wordsOf(needles.join(' ')))], checkRows);
    if (query.outlet !== null) {
      const outlet = await db.articles.where('siteName').equals(query.outlet).primaryKeys();
      candidates = candidates === null ? outlet : intersect(candidates, outlet);
    }
    if (candidates === null) {
      const found = await db.articles
        .orderBy('savedAt')
        .reverse()
        .filter(matches)
        .limit(query.limit + 1)
        .toArray();
      return { articles: found.slice(0, query.limit), complete: found.length <= query.limit };
    }
    if (candidates.length <= Math.max(readDirectly, query.limit + 1)) {
      const found = (await db.articles.bulkGet(candidates)).filter(
        (a): a is StoredArticle => a !== undefined && matches(a),
      );
      found.sort(newestSavedFirst);
      return { articles: found.slice(0, query.limit), complete: found.length <= query.limit };
    }
    // Many match: walk them in savedAt order and read a page at a time until the page is full.
    const wanted = new Set(candidates);
    const ordered = (await db.articles.orderBy('savedAt').reverse().primaryKeys()).filter((id) =>
      wanted.has(id),
    );
    const found: StoredArticle[] = [];
    for (let at = 0; at < ordered.length && found.length <= query.limit;) {
      const page = ordered.slice(at, at + query.limit + 1 - found.length);
      at += page.length;
      for (const a of await db.articles.bulkGet(page)) if (a && matches(a)) found.push(a);
    }
    return { articles: found.slice(0, query.limit), complete: found.length <= query.limit };
  });
}

function newestSavedFirst(a: StoredArticle, b: StoredArticle): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1);
}

function intersect(a: readonly string[], b: readonly string[]): string[] {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const has = new Set(large);
  return small.filter((id) => has.has(id));
}

/**
 * The ids of the articles having every one of `words` (folded), from the word index: the rarest
 * word's posting list, checked against the others (a word that matches nothing ends it at once).
 */
async function idsWithWords(db: CorpusDb, words: readonly string[], checkRows: number): Promise<string[]> {
  if (words.length === 0) return [];
  const index = (w: string) => db.words.where('words').equals(w);
  if (words.length === 1) return index(words[0]!).primaryKeys();
  const counts = await Promise.all(words.map((w) => index(w).count()));
  if (counts.some((n) => n === 0)) return [];
  const order = words.map((w, i) => ({ w, n: counts[i]! })).sort((a, b) => a.n - b.n);
  let ids = await index(order[0]!.w).primaryKeys();
  const rest = order.slice(1).map((o) => o.w);
  if (ids.length <= checkRows) {
    const rows = await db.words.bulkGet(ids);
    return ids.filter((_, i) => {
      const has = new Set(rows[i]?.words);
      return rest.every((w) => has.has(w));
    });
  }
  for (const w of rest) {
    if (ids.length === 0) break;
    ids = intersect(ids, await index(w).primaryKeys());
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

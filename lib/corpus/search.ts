/**
 * The corpus page's search, as named queries: words (in title, byline and text), outlet and date
 * range, newest saved first, one page of `limit` at a time. Words are looked up in the word index
 * (the `words` table, a multiEntry index kept in step with every save, delete, expiry and import)
 * and folded as everywhere else (lib/text/fold.ts: "cafe" finds "café"), so no search reads an
 * article that does not match its words: a word that matches nothing reads no article at all,
 * and a common word reads only the page it shows. A word matches whole words ("harbour", not
 * "harb"); a "quoted phrase" must also occur as written (folded, whole words).
 *
 * Cost, in IndexedDB requests (each a round trip in Chromium): one count per word (a word in no
 * article ends the search there); the posting list of the rarest word, unless it is common; then,
 * when few articles can match, their word rows (for the other words) and the articles; when many
 * can, pages of the savedAt index newest first (sized by the share expected to match), the word
 * rows of their candidates, and only the articles that match.
 */
import { foldWords, wordsOf } from '../text/fold';
import { dayOf } from './articles';
import { countArticles } from './stats';
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
 * Candidates up to which the matching articles are read and sorted directly; above it the savedAt
 * index is walked newest first and only one page of articles is read.
 */
const READ_DIRECTLY = 150;
/**
 * The rarest word's posting list is read (as the set of candidates) when it holds at most this
 * many articles or this share of the corpus; a commoner word is checked on the word rows of the
 * ids the walk meets, since reading its list would read most of the index.
 */
const SET_AT_MOST = 2_000;
const SET_SHARE = 0.05;
/** Smallest page of the savedAt walk. */
const WALK_PAGE = 200;

/** Where the search changes strategy; the tests lower them to reach every path with a few articles. */
interface SearchTuning {
  readDirectly: number;
  walkPage: number;
  setAtMost: number;
}

/** The articles matching `query`, newest saved first, at most `query.limit`. */
export async function searchArticles(
  db: CorpusDb,
  query: CorpusQuery,
  { readDirectly, walkPage, setAtMost }: SearchTuning = {
    readDirectly: READ_DIRECTLY,
    walkPage: WALK_PAGE,
    setAtMost: SET_AT_MOST,
  },
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
  const words = [...new Set(wordsOf(needles.join(' ')))];
  const done = (found: StoredArticle[]): CorpusSearch => ({
    articles: found.slice(0, query.limit),
    complete: found.length <= query.limit,
  });
  return db.transaction('r', [db.articles, db.words, db.meta], async () => {
    if (needles.length && words.length === 0) return done([]);
    // The rarest word's articles, unless it is common: then the walk below checks word rows.
    const [counts, docCount] = await Promise.all([
      Promise.all(words.map((w) => wordIndex(db, w).count())),
      countArticles(db),
    ]);
    if (counts.some((n) => n === 0)) return done([]);
    const order = words.map((w, i) => ({ w, n: counts[i]! })).sort((a, b) => a.n - b.n);
    const rarest = order[0];
    let candidates: Set<string> | null = null;
    let unchecked = order.map((o) => o.w);
    if (rarest && rarest.n <= Math.max(setAtMost, docCount * SET_SHARE)) {
      const ids = await wordIndex(db, rarest.w).primaryKeys();
      candidates = new Set(ids);
      unchecked = unchecked.slice(1);
    }
    if (query.outlet !== null) {
      const outlet = await db.articles.where('siteName').equals(query.outlet).primaryKeys();
      candidates = new Set(candidates === null ? outlet : outlet.filter((id) => candidates!.has(id)));
    }
    const hasWords = async (ids: string[]): Promise<string[]> => {
      if (unchecked.length === 0 || ids.length === 0) return ids;
      const rows = await db.words.bulkGet(ids);
      return ids.filter((_, i) => {
        const has = new Set(rows[i]?.words);
        return unchecked.every((w) => has.has(w));
      });
    };
    if (candidates === null && words.length === 0) {
      return done(
        await db.articles
          .orderBy('savedAt')
          .reverse()
          .filter(matches)
          .limit(query.limit + 1)
          .toArray(),
      );
    }
    if (candidates !== null && candidates.size <= Math.max(readDirectly, query.limit + 1)) {
      const ids = await hasWords([...candidates]);
      const found = (await db.articles.bulkGet(ids)).filter(
        (a): a is StoredArticle => a !== undefined && matches(a),
      );
      return done(found.sort(newestSavedFirst));
    }
    // Many may match: walk the savedAt index newest first, in pages sized by how many of its ids
    // are expected to match (growing when fewer do), and read only the articles of matching ids.
    const share = Math.min(1, (candidates?.size ?? rarest?.n ?? docCount) / Math.max(1, docCount));
    const found: StoredArticle[] = [];
    let page = Math.max(walkPage, Math.ceil((query.limit + 1) / Math.max(share, 1e-6)));
    for (let at = 0; found.length <= query.limit;) {
      const ids = await db.articles.orderBy('savedAt').reverse().offset(at).limit(page).primaryKeys();
      at += ids.length;
      const hits = await hasWords(candidates ? ids.filter((id) => candidates!.has(id)) : ids);
      for (const a of await db.articles.bulkGet(hits)) if (a && matches(a)) found.push(a);
      if (ids.length < page) break;
      page *= 2;
    }
    return done(found);
  });
}

function wordIndex(db: CorpusDb, word: string) {
  return db.words.where('words').equals(word);
}

/** The savedAt index's order reversed: ties in savedAt go by id, descending. */
function newestSavedFirst(a: StoredArticle, b: StoredArticle): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1);
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

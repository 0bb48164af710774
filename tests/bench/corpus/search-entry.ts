/**
 * The corpus search benchmark inside the extension's service worker (bundled by search.ts and
 * evaluated there, so every figure is Chromium's own IndexedDB). It fills a database of its own
 * with synthetic articles written straight into the tables (generating and indexing 100,000
 * articles through the import would take most of an hour), then times the corpus page's search
 * (`searchArticles`) and its whole reply (`listCorpus`: the search, grouping by story, outlets).
 *
 * The texts are Zipf-distributed draws from a 20,000-word vocabulary (a few words are in nearly
 * every article), plus two of 25,000 rarer words (names: each in a few articles of a large
 * corpus). Feature rows (for the grouping) are copies of a pool of 500 computed ones: the
 * grouping's cost depends on the rows' size, not on their words.
 */
import Dexie from 'dexie';
import {
  openCorpus,
  wordRowOf,
  type CorpusDb,
  type StoredArticle,
  type StoredFeatures,
} from '@/lib/corpus/db';
import { featureRow } from '@/lib/match/feature-row';
import { computeFeatures } from '@/lib/match/features';
import { searchArticles, type CorpusQuery } from '@/lib/corpus/search';
import { listCorpus } from '@/lib/corpus-manager/list-corpus';
import { seededRandom } from '../../helpers/random';

const DB_NAME = 'parallax-bench-search';
const VOCABULARY = 20_000;
const WORDS_PER_ARTICLE = 400;
const OUTLETS = Array.from({ length: 20 }, (_, i) => `Outlet ${String.fromCharCode(65 + i)}`);

let db: CorpusDb | undefined;
let pool: StoredFeatures[] = [];
let random = seededRandom(7);

const syllables = 'ka lo mi ra ten vas dor pel qui sun bar tek nol fim gra hes jun lor mav pod'.split(' ');
/** Word `i` of the vocabulary: distinct for every i (base-20 digits spelled as syllables). */
function word(i: number): string {
  let out = '';
  let n = i + 20;
  while (n > 0) {
    out += syllables[n % 20];
    n = Math.floor(n / 20);
  }
  return out;
}
const vocabulary = Array.from({ length: VOCABULARY }, (_, i) => word(i));
/** Names and the like: each article has two of 25,000, so each is in a few articles of a large corpus. */
const RARE = 25_000;
const rareWord = () => word(VOCABULARY + Math.floor(random() * RARE));
/** Zipf-like rank: index 0 far more often than the tail. */
const draw = () => vocabulary[Math.min(VOCABULARY - 1, Math.floor(VOCABULARY * random() ** 4))]!;

function article(n: number): StoredArticle {
  const sentences: { text: string; start: number; end: number }[] = [];
  let text = '';
  for (let words = 0; words < WORDS_PER_ARTICLE;) {
    const length = 12 + Math.floor(random() * 14);
    const s = `${Array.from({ length }, draw).join(' ')}.`;
    const start = text.length + (text ? 1 : 0);
    text += (text ? ' ' : '') + s;
    sentences.push({ text: s, start, end: start + s.length });
    words += length;
  }
  text += ` Named ${rareWord()} and ${rareWord()}.`;
  const id = `syn-${String(n).padStart(7, '0')}`;
  return {
    id,
    url: `https://news.example/${id}`,
    canonicalUrl: `https://news.example/${id}`,
    title: Array.from({ length: 8 }, draw).join(' '),
    byline: null,
    siteName: OUTLETS[n % OUTLETS.length]!,
    publishedTime: new Date(Date.UTC(2024, 0, 1) + (n % 600) * 86_400_000).toISOString(),
    savedAt: Date.UTC(2025, 0, 1) + n * 60_000,
    origin: n % 3 === 0 ? 'read' : 'saved',
    lang: 'en',
    text,
    sentences,
    tags: [],
    exactHash: `bench${n}`,
  };
}

const bench = {
  async start(): Promise<void> {
    db?.close();
    await Dexie.delete(DB_NAME);
    db = openCorpus(DB_NAME);
    random = seededRandom(7);
    pool = Array.from({ length: 500 }, (_, i) => {
      const a = article(-1 - i);
      const f = computeFeatures(a.title, a.text);
      return featureRow(a.id, f, null, new Map(f.vocab.map((k) => [k, 10])), 10_000);
    });
  },
  /** Adds articles `from…from+count` (one transaction); returns the corpus size. */
  async fill(from: number, count: number): Promise<number> {
    const articles = Array.from({ length: count }, (_, i) => article(from + i));
    await db!.transaction('rw', [db!.articles, db!.words, db!.features, db!.meta], async () => {
      await Promise.all([
        db!.articles.bulkPut(articles),
        db!.words.bulkPut(articles.map(wordRowOf)),
        db!.features.bulkPut(articles.map((a, i) => ({ ...pool[(from + i) % pool.length]!, id: a.id }))),
        db!.meta.put({ key: 'docCount', value: from + count }),
      ]);
    });
    return db!.articles.count();
  },
  /** The queries: a word in no article, a rare one (2–20 articles), the commonest, and two words. */
  async queries(): Promise<Record<string, string>> {
    const count = (w: string) => db!.words.where('words').equals(w).count();
    let rare = '';
    for (let i = 0; i < RARE && !rare; i += 7) {
      const n = await count(word(VOCABULARY + i));
      if (n >= 2 && n <= 20) rare = word(VOCABULARY + i);
    }
    return {
      'matching nothing': 'zeppelinfactory',
      [`rare word (${await count(rare)} articles)`]: rare,
      [`common word (${await count(vocabulary[0]!)} articles)`]: vocabulary[0]!,
      [`two words (${await count(vocabulary[0]!)} and ${await count(vocabulary[300]!)} articles)`]: `${vocabulary[0]} ${vocabulary[300]}`,
    };
  },
  /** Times `runs` searches of `words` (first 100, as the page asks), and the listing around them. */
  async time(words: string, runs: number): Promise<{ search: number[]; listing: number[]; found: number }> {
    const query: CorpusQuery = { words, outlet: null, from: null, to: null, limit: 100 };
    const search: number[] = [];
    const listing: number[] = [];
    let found = 0;
    for (let i = 0; i < runs; i++) {
      let start = performance.now();
      found = (await searchArticles(db!, query)).articles.length;
      search.push(performance.now() - start);
      start = performance.now();
      await listCorpus(db!, query);
      listing.push(performance.now() - start);
    }
    return { search, listing, found };
  },
  /**
   * What a slow search spends its time on, request by request: the word counts, the rarest word's
   * posting list, the savedAt index's keys, and reading the 100 articles of the page.
   */
  async parts(words: string): Promise<Record<string, number>> {
    const ws = words.split(' ');
    const out: Record<string, number> = {};
    const time = async (name: string, work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      out[name] = performance.now() - start;
    };
    await time('counts', () => Promise.all(ws.map((w) => db!.words.where('words').equals(w).count())));
    const lists: string[][] = [];
    await time('postings', async () => {
      for (const w of ws) lists.push(await db!.words.where('words').equals(w).primaryKeys());
    });
    await time('savedAt keys', () => db!.articles.orderBy('savedAt').reverse().primaryKeys());
    await time('read 100 articles', () => db!.articles.bulkGet((lists[0] ?? []).slice(0, 100)));
    return out;
  },
  async finish(): Promise<void> {
    db?.close();
    await Dexie.delete(DB_NAME);
    db = undefined;
  },
};

(globalThis as unknown as { parallaxSearchBench: typeof bench }).parallaxSearchBench = bench;

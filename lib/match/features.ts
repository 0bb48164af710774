/**
 * Precomputed matching features of an article: computed once at save time and stored, so a query
 * never re-tokenises the corpus. One vocabulary of typed keys, in the order of their hashes, carries
 * everything scoring needs: "t:" stemmed terms, "e:" folded name words, "p:" whole multi-word
 * names, "q:" quantities.
 */
import { entityTokens, type EntityMention } from '../text/entities';
import { foldName } from '../text/fold';
import { splitSentences } from '../text/sentences';
import { contentTerms, words } from '../text/tokens';
import { datelineDay } from './dateline';
import { dateMentions, type DateMention } from './event-dates';
import { bandsOf, exactHashOf, hash32, minhashOf } from './fingerprint';
import { confirmedNamesOf, mentionsOf } from './names';
import { quantities } from './quantities';
import { CONFIRMED_NAME, kindCode } from './vector';

export { minhashSimilarity } from './fingerprint';

export interface ArticleFeatures {
  /** Typed keys, in the order of their hashes. */
  vocab: string[];
  /** 32-bit hash of each key, ascending: two vectors intersect by one linear merge over numbers. */
  hashes: number[];
  /**
   * Kind code of each key (lib/match/vector.ts KINDS: 0 term, 1 name word, 2 full name, 3 quantity),
   * plus CONFIRMED_NAME for names capitalised where position does not explain it.
   */
  kinds: number[];
  /** Occurrences of each key in the title (counted twice: it states the story in the fewest words) and text. */
  tf: number[];
  /** Occurrences of each key in the lede: the title and the first two sentences, where a report states its event. */
  lead: number[];
  /** Retrieval keys (names, multi-word names, quantities and the leading terms), for a multiEntry index. */
  keys: string[];
  /** Hash of the folded word sequence: equal for byte-different copies of the same text. */
  exactHash: string;
  /** MinHash signature over word 4-shingles, for near-duplicate (syndicated copy) detection. */
  minhash: number[];
  /** Locality-sensitive band keys of the signature, for a multiEntry index. */
  nearKeys: string[];
  /** Words in the text. */
  length: number;
  /** Days since the epoch of a date written in the text's opening lines, or null. */
  datelineDay: number | null;
  /** Dates the title and lede give the event, as written (lib/match/event-dates.ts); resolved with the article's day. */
  dateMentions: DateMention[];
}

/**
 * Keys kept per kind: a report's substance, and few enough that a save reads and writes the
 * statistics of at most 84 keys (each a random read in a 100,000-article database). Fewer, more
 * salient keys also matched better on stories-dev than 128.
 */
const LIMITS = { t: 40, e: 24, p: 12, q: 8 } as const;
/**
 * Keys indexed for retrieval per kind: the ones the report repeats and leads with. A query reads
 * its ten heaviest; an article is found when one of those is among its own indexed keys. Every
 * indexed key is an index entry written at save time, so fewer keep saves fast.
 */
const INDEXED = { t: 8, e: 10, p: 6, q: 4 } as const;
const LEDE_SENTENCES = 2;

type Kind = keyof typeof LIMITS;

/** Features of an article with this title and text. Deterministic. */
export function computeFeatures(title: string, text: string): ArticleFeatures {
  const ledeSentences = splitSentences(text.slice(0, 2_000)).slice(0, LEDE_SENTENCES);
  const ledeEnd = ledeSentences.at(-1)?.end ?? 0;
  const names = mentionsOf(title, text);
  // The title counts twice, and so do its names.
  const all = bagOf(`${title}\n${title}\n${text}`, [...names.title, ...names.title, ...names.text]);
  const lead = bagOf([title, ...ledeSentences.map((s) => s.text)].join('\n'), [
    ...names.title,
    ...names.text.filter((m) => m.start < ledeEnd),
  ]);
  const confirmed = confirmedKeys(title, text);
  const chosen: string[] = [];
  const keys: string[] = [];
  for (const kind of Object.keys(LIMITS) as Kind[]) {
    // Most frequent first, the lede breaking ties, then the earliest: reports put the event up front.
    const ranked = [...all.entries()]
      .filter(([key]) => key.startsWith(`${kind}:`))
      .sort(
        (a, b) =>
          b[1].count + (lead.get(b[0])?.count ?? 0) - (a[1].count + (lead.get(a[0])?.count ?? 0)) ||
          a[1].first - b[1].first,
      )
      .slice(0, LIMITS[kind])
      .map(([key]) => key);
    chosen.push(...ranked);
    keys.push(...ranked.slice(0, INDEXED[kind]));
  }
  const hashed = orderByHash(chosen);
  const textWords = words(text);
  const minhash = minhashOf(textWords);
  return {
    vocab: hashed.map((h) => h.key),
    hashes: hashed.map((h) => h.hash),
    kinds: hashed.map((h) => kindCode(h.key) | (confirmed.has(h.key) ? CONFIRMED_NAME : 0)),
    tf: hashed.map((h) => all.get(h.key)!.count),
    lead: hashed.map((h) => lead.get(h.key)?.count ?? 0),
    keys: keys.sort(),
    exactHash: exactHashOf(textWords),
    minhash,
    nearKeys: bandsOf(minhash),
    length: textWords.length,
    datelineDay: datelineDay(text),
    dateMentions: dateMentions(title, text),
  };
}

/**
 * Keys with their hashes, ascending by hash. Two keys of one article with the same 32-bit hash
 * (about one article in 500,000 at 128 keys) keep only the first. Between two articles, a
 * collision of different keys counts as one shared key with probability about 4 in a million per
 * pair: far below every other source of error.
 */
function orderByHash(keys: readonly string[]): { key: string; hash: number }[] {
  const out = keys.map((key) => ({ key, hash: hash32(key) })).sort((a, b) => a.hash - b.hash);
  return out.filter((h, i) => i === 0 || h.hash !== out[i - 1]!.hash);
}

/** The "e:" and "p:" keys of the article's confirmed names (lib/match/names.ts). */
function confirmedKeys(title: string, text: string): Set<string> {
  const names = confirmedNamesOf(title, text);
  const mentions = [...names.title, ...names.text];
  return new Set([
    ...entityTokens(mentions).map((t) => `e:${t}`),
    ...mentions.filter((m) => m.key.includes(' ')).map((m) => `p:${m.key}`),
  ]);
}

/** Every typed key of `text` (its names given as `mentions`) with its count and first position. */
function bagOf(
  text: string,
  mentions: readonly EntityMention[],
): Map<string, { count: number; first: number }> {
  const bag = new Map<string, { count: number; first: number }>();
  let position = 0;
  const add = (key: string) => {
    const entry = bag.get(key);
    if (entry) entry.count++;
    else bag.set(key, { count: 1, first: position });
    position++;
  };
  for (const term of contentTerms(text)) add(`t:${term}`);
  for (const token of entityTokens(mentions)) add(`e:${token}`);
  for (const m of mentions) if (m.key.includes(' ')) add(`p:${m.key}`);
  for (const q of quantities(text)) add(`q:${q}`);
  return bag;
}

/**
 * Readable labels for the keys of an article ("t:ukrain" → "Ukraine's", "e:zelenski" → "Zelenskyy"):
 * the first surface form seen. Computed for the query only, so nothing extra is stored per article.
 */
export function keyLabels(title: string, text: string): Map<string, string> {
  const labels = new Map<string, string>();
  const names = mentionsOf(title, text);
  for (const [source, mentions] of [
    [title, names.title],
    [text, names.text],
  ] as const) {
    for (const m of mentions) {
      if (m.key.includes(' ') && !labels.has(`p:${m.key}`)) labels.set(`p:${m.key}`, m.text);
      for (const word of m.text.split(/\s+/)) {
        const key = `e:${foldName(word)}`;
        if (!labels.has(key)) labels.set(key, word);
      }
    }
    for (const word of words(source)) {
      const [term] = contentTerms(word);
      if (term && !labels.has(`t:${term}`)) labels.set(`t:${term}`, word);
    }
  }
  return labels;
}

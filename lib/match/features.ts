/**
 * Precomputed matching features of an article: computed once at save time and stored, so a query
 * never re-tokenises the corpus.
 */
import { entityTokens, findEntities, foldName } from '../text/entities';
import { fnv1a } from '../seeds/parse-seed';
import { contentTerms, countTerms, words } from '../text/tokens';

export interface ArticleFeatures {
  /** Stemmed content terms of title and body with counts, most frequent first (capped). */
  terms: [string, number][];
  /** Folded entity tokens with counts, most frequent first (capped). */
  entities: [string, number][];
  /** Retrieval keys ("t:" term, "e:" entity) stored in a multiEntry index. */
  keys: string[];
  /** Hash of the folded word sequence: equal for byte-different copies of the same text. */
  exactHash: string;
  /** MinHash signature over word 4-shingles, for near-duplicate (syndicated copy) detection. */
  minhash: number[];
  /** Locality-sensitive band keys of the signature, stored in a multiEntry index. */
  nearKeys: string[];
}

const MAX_TERMS = 150;
const MAX_ENTITIES = 60;
const TERM_KEYS = 25;
const ENTITY_KEYS = 25;
const MINHASH_SIZE = 32;
const BAND_SIZE = 4;

/** Features of an article with this title and text. Deterministic. */
export function computeFeatures(title: string, text: string): ArticleFeatures {
  // The title counts twice: it states the story in the fewest words.
  const terms = countTerms([...contentTerms(title), ...contentTerms(title), ...contentTerms(text)]);
  const entities = countTerms(entityTokens([...findEntities(title), ...findEntities(text)]));
  const topTerms = topCounts(terms, MAX_TERMS);
  const topEntities = topCounts(entities, MAX_ENTITIES);
  const textWords = words(text);
  const minhash = minhashOf(textWords);
  return {
    terms: topTerms,
    entities: topEntities,
    keys: [
      ...topEntities.slice(0, ENTITY_KEYS).map(([e]) => `e:${e}`),
      ...topTerms.slice(0, TERM_KEYS).map(([t]) => `t:${t}`),
    ],
    exactHash: fnv1a(textWords.join(' ')) + fnv1a(textWords.slice().reverse().join(' ')),
    minhash,
    nearKeys: bandsOf(minhash),
  };
}

/**
 * Readable labels for the keys of an article ("t:ukrain" → "Ukraine's" becomes "ukraine", "e:zelenski" → "Zelenskyy"):
 * the first surface form seen. Computed for the query only, so nothing extra is stored per article.
 */
export function keyLabels(title: string, text: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const source of [title, text]) {
    for (const m of findEntities(source)) {
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

function topCounts(counts: Map<string, number>, limit: number): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

function minhashOf(tokens: readonly string[]): number[] {
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  if (tokens.length === 0) return signature;
  const shingles = new Set<string>();
  for (let i = 0; i + 4 <= Math.max(tokens.length, 4); i++) shingles.add(tokens.slice(i, i + 4).join(' '));
  for (const shingle of shingles) {
    const base = parseInt(fnv1a(shingle), 16);
    for (let k = 0; k < MINHASH_SIZE; k++) {
      // Universal hashing family h_k(x) = (a_k * x + b_k) mod 2^32 with fixed odd multipliers.
      const h = (Math.imul(base ^ SEEDS_B[k]!, SEEDS_A[k]!) >>> 0) ^ (base >>> 15);
      if (h >>> 0 < signature[k]!) signature[k] = h >>> 0;
    }
  }
  return signature;
}

function bandsOf(signature: readonly number[]): string[] {
  const bands: string[] = [];
  for (let b = 0; b < signature.length; b += BAND_SIZE) {
    bands.push(`${b / BAND_SIZE}:${fnv1a(signature.slice(b, b + BAND_SIZE).join(','))}`);
  }
  return bands;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

const SEEDS_A = Array.from({ length: MINHASH_SIZE }, (_, k) => (Math.imul(k + 1, 0x9e3779b1) | 1) >>> 0);
const SEEDS_B = Array.from({ length: MINHASH_SIZE }, (_, k) => Math.imul(k + 7, 0x85ebca6b) >>> 0);

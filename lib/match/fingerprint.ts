/**
 * Content fingerprints: an exact hash that ignores typography and spacing, and a MinHash signature
 * whose bands index near-duplicates (a re-scrape of the same page, a wire story republished by
 * another outlet).
 */
import { fnv1a } from '../util/hash';

/** Signature length: 32 hashes estimate a Jaccard similarity to about ±0.09 (one standard deviation at 0.5). */
const MINHASH_SIZE = 32;
/**
 * Rows per LSH band. With 8 bands of 4 rows, two texts share a band with probability 1-(1-s^4)^8:
 * 0.98 at s = 0.7, 0.41 at s = 0.4, 0.08 at s = 0.2, so copies are found and unrelated texts rarely collide.
 */
const BAND_SIZE = 4;
/** Word shingle length: four words rarely repeat across different texts of one language. */
const SHINGLE = 4;

/** 32-bit FNV-1a of a string, as an unsigned number. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Hash of the folded word sequence: equal for byte-different renderings of the same text. */
export function exactHashOf(words: readonly string[]): string {
  return fnv1a(words.join(' ')) + fnv1a(words.slice().reverse().join(' '));
}

/** MinHash signature of the word 4-shingles of `words`. */
export function minhashOf(words: readonly string[]): number[] {
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  if (words.length === 0) return signature;
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++)
    shingles.add(words.slice(i, i + SHINGLE).join(' '));
  for (const shingle of shingles) {
    const base = parseInt(fnv1a(shingle), 16);
    for (let k = 0; k < MINHASH_SIZE; k++) {
      // A fixed family of 32 multiply-xor hashes; only their independence matters, not their values.
      const h = (Math.imul(base ^ SEEDS_B[k]!, SEEDS_A[k]!) >>> 0) ^ (base >>> 15);
      if (h >>> 0 < signature[k]!) signature[k] = h >>> 0;
    }
  }
  return signature;
}

/** Locality-sensitive band keys of a signature, for a multiEntry index. */
export function bandsOf(signature: readonly number[]): string[] {
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

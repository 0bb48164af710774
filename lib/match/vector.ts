/**
 * TF-IDF vectors over an article's sorted vocabulary, and the overlap measures pair scoring uses.
 * A lookup compares up to ~800 pairs (lib/match/story.ts), so a comparison is one linear merge over
 * typed arrays with nothing allocated per shared key; sorting the shared keys for an explanation is
 * left to the caller that needs it.
 */

/** The key kinds of lib/match/features.ts, in the order of their codes. */
export const KINDS = ['t', 'e', 'p', 'q'] as const;
/** Flag added to a name key's kind code when the name is confirmed (lib/match/names.ts). */
export const CONFIRMED_NAME = 0x10;
const KIND_MASK = 0x0f;
/** Index of the lede in per-kind arrays (after the four kinds), then of the lede's names. */
const LEDE = 4;
const LEDE_NAMES = 5;
const SLOTS = 6;
const NAME_WORD = 1;
const FULL_NAME = 2;
/** Salient keys per kind whose presence on the other side topCover measures. */
const TOP = 3;

export interface TermVector {
  /** Ascending 32-bit hashes of the keys: comparing numbers is ten times faster than comparing strings. */
  hashes: ArrayLike<number>;
  /** Kind code of each key (index into KINDS), with CONFIRMED_NAME on confirmed names. */
  kind: ArrayLike<number>;
  /** Whether any key is a confirmed name. */
  confirmedNames: boolean;
  /** Weight of each key over the whole article. */
  weights: Float64Array;
  /** Weight of each key in the lede (0 when absent there). */
  leadWeights: Float64Array;
  /** Euclidean norm per kind, then of the lede vector, then of the lede's names (words and full names). */
  norms: Float64Array;
  /** Per kind, the indices of its TOP heaviest keys (-1 where the kind has fewer). */
  top: Int32Array;
}

/**
 * Pseudo-documents that contain no key, added to the corpus size: on a corpus of a few articles
 * plain IDF would punish exactly the names two reports of one story share.
 */
export const PRIOR_DOCS = 20;

/** Inverse document frequency of a key held by `df` of `docCount` articles. */
export function idfOf(df: number, docCount: number): number {
  return Math.log((docCount + PRIOR_DOCS) / (Math.max(0, df) + 1));
}

const KIND_CODE: Record<string, number> = { t: 0, e: 1, p: 2, q: 3 };

/** Kind code (index into KINDS) of a typed key. */
export function kindCode(key: string): number {
  return KIND_CODE[key[0]!] ?? 0;
}

/**
 * The weighted vector of counts `tf` / `lead` over keys with these `hashes` and `kind` codes, with
 * `idf[i]` for key i.
 */
export function weightVector(
  hashes: ArrayLike<number>,
  kind: ArrayLike<number>,
  tf: ArrayLike<number>,
  lead: ArrayLike<number>,
  idf: ArrayLike<number>,
): TermVector {
  const n = hashes.length;
  const weights = new Float64Array(n);
  const leadWeights = new Float64Array(n);
  const sq = new Float64Array(SLOTS);
  const top = new Int32Array(KINDS.length * TOP).fill(-1);
  let confirmedNames = false;
  for (let i = 0; i < n; i++) {
    const k = kind[i]! & KIND_MASK;
    if (kind[i]! & CONFIRMED_NAME) confirmedNames = true;
    // Sublinear counts: the fifth mention of a name adds less than the first.
    const w = tf[i]! > 0 ? (1 + Math.log(tf[i]!)) * idf[i]! : 0;
    const l = lead[i]! > 0 ? (1 + Math.log(lead[i]!)) * idf[i]! : 0;
    weights[i] = w;
    leadWeights[i] = l;
    sq[k]! += w * w;
    sq[LEDE]! += l * l;
    if (k === NAME_WORD || k === FULL_NAME) sq[LEDE_NAMES]! += l * l;
    // Insert into this kind's top list (kept sorted, heaviest first).
    for (let s = k * TOP; s < (k + 1) * TOP; s++) {
      const at = top[s]!;
      if (at < 0 || w > weights[at]!) {
        for (let m = (k + 1) * TOP - 1; m > s; m--) top[m] = top[m - 1]!;
        top[s] = i;
        break;
      }
    }
  }
  for (let k = 0; k < SLOTS; k++) sq[k] = Math.sqrt(sq[k]!);
  return { hashes, kind, confirmedNames, weights, leadWeights, norms: sq, top };
}

export interface Overlap {
  /** Cosine per kind (KINDS order), then of the ledes, then of the ledes' names; 0 when either side has nothing of a kind. */
  cosine: Float64Array;
  /** Per kind: the larger of the two sides' share of their top-3 weight found in the other. */
  topCover: Float64Array;
  /** Per kind: the smaller of the two shares (both sides' salient keys are in the other). */
  topCoverMin: Float64Array;
  /** Indices into `a`'s keys of the shared keys, in hash order. */
  sharedA: number[];
  /** Products of the shared keys' weights, aligned with sharedA. */
  sharedWeight: number[];
  /** Shared keys that are confirmed names on both sides. */
  sharedConfirmedNames: number;
}

/** How much `a` and `b` share, per kind. */
export function overlap(a: TermVector, b: TermVector): Overlap {
  const dot = new Float64Array(SLOTS);
  const sharedA: number[] = [];
  const sharedWeight: number[] = [];
  let sharedConfirmedNames = 0;
  const inA = new Uint8Array(a.hashes.length);
  const inB = new Uint8Array(b.hashes.length);
  const av = a.hashes;
  const bv = b.hashes;
  let i = 0;
  let j = 0;
  while (i < av.length && j < bv.length) {
    const ka = av[i]!;
    const kb = bv[j]!;
    if (ka < kb) i++;
    else if (ka > kb) j++;
    else {
      const w = a.weights[i]! * b.weights[j]!;
      dot[a.kind[i]! & KIND_MASK]! += w;
      if (a.kind[i]! & b.kind[j]! & CONFIRMED_NAME) sharedConfirmedNames++;
      const l = a.leadWeights[i]! * b.leadWeights[j]!;
      dot[LEDE]! += l;
      const k = a.kind[i]! & KIND_MASK;
      if (k === NAME_WORD || k === FULL_NAME) dot[LEDE_NAMES]! += l;
      sharedA.push(i);
      sharedWeight.push(w);
      inA[i] = 1;
      inB[j] = 1;
      i++;
      j++;
    }
  }
  const cosine = new Float64Array(SLOTS);
  for (let k = 0; k < SLOTS; k++) {
    const n = a.norms[k]! * b.norms[k]!;
    cosine[k] = n > 0 ? dot[k]! / n : 0;
  }
  const topCover = new Float64Array(KINDS.length);
  const topCoverMin = new Float64Array(KINDS.length);
  for (let k = 0; k < KINDS.length; k++) {
    const x = coverOfTop(a, inA, k);
    const y = coverOfTop(b, inB, k);
    topCover[k] = Math.max(x, y);
    topCoverMin[k] = Math.min(x, y);
  }
  return { cosine, topCover, topCoverMin, sharedA, sharedWeight, sharedConfirmedNames };
}

/** Share of the weight of `v`'s heaviest keys of kind `k` that the other side also has. */
function coverOfTop(v: TermVector, present: Uint8Array, k: number): number {
  let total = 0;
  let hit = 0;
  for (let s = k * TOP; s < (k + 1) * TOP; s++) {
    const at = v.top[s]!;
    if (at < 0) break;
    total += v.weights[at]!;
    hit += v.weights[at]! * present[at]!;
  }
  return total > 0 ? hit / total : 0;
}

/** Indices into `a`'s keys of the keys shared in `o`, heaviest product first. */
export function sharedByWeight(o: Overlap): number[] {
  return o.sharedA
    .map((index, n) => ({ index, w: o.sharedWeight[n]! }))
    .sort((x, y) => y.w - x.w)
    .map((s) => s.index);
}

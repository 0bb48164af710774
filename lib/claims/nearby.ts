/**
 * The words around a part of a claim — what a number counts, what a hedge governs, who is denied
 * something. Two parts are compared only when their surroundings overlap: "18 people injured" and
 * "12 people injured" disagree; "three people died" and "thousands of people marched" do not.
 */
import { stemmer } from 'stemmer';
import { STOPWORDS } from '../text/stopwords';
import type { Span } from './types';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Stemmed content words (numbers kept) of `text`, in order. Only ever compared with each other. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().replace(/’/g, "'").match(WORD) ?? []) {
    const bare = w.replace(/'s$/, '').replace(/'/g, '');
    if (!bare || STOPWORDS.has(w) || STOPWORDS.has(bare)) continue;
    out.push(/^\d/.test(bare) ? bare : stem(bare));
  }
  return out;
}

/** Porter stems, remembered: the same words recur across every claim of a story. */
const stems = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= MAX_REMEMBERED) stems.clear();
    s = stemmer(word);
    stems.set(word, s);
  }
  return s;
}

/** Up to `before` content words before `part` and `after` after it, within `claim`. */
export function wordsAround(
  text: string,
  claim: Span,
  part: Span,
  before: number,
  after: number,
): Set<string> {
  const left = contentWords(text.slice(claim.start, part.start));
  const right = contentWords(text.slice(part.end, claim.end));
  return new Set([...left.slice(Math.max(0, left.length - before)), ...right.slice(0, after)]);
}

/** The content word closest before `part` in `claim` (the subject of a negated verb, usually). */
export function wordBefore(text: string, claim: Span, part: Span): string | undefined {
  const left = contentWords(text.slice(claim.start, part.start));
  return left[left.length - 1];
}

/** The `before` content words before each occurrence of a word with stem `stem` in `claim`. */
export function wordsBeforeEach(text: string, claim: Span, stem: string, before: number): Set<string>[] {
  const all = contentWords(text.slice(claim.start, claim.end));
  const out: Set<string>[] = [];
  all.forEach((w, i) => {
    if (w === stem) out.push(new Set(all.slice(Math.max(0, i - before), i)));
  });
  return out;
}

/** The `after` content words after each occurrence of a word with stem `stem` in `claim`, that word included. */
export function wordsAfterEach(text: string, claim: Span, stem: string, after: number): Set<string>[] {
  const all = contentWords(text.slice(claim.start, claim.end));
  const out: Set<string>[] = [];
  all.forEach((w, i) => {
    if (w === stem) out.push(new Set(all.slice(i, i + after + 1)));
  });
  return out;
}

/**
 * How many words two sets share, leaving out the story's own words (`topical`): that both
 * passages say "endangered species" in a story about endangered species proves nothing.
 */
export function shared(
  x: ReadonlySet<string>,
  y: ReadonlySet<string>,
  topical: ReadonlySet<string> = new Set(),
): number {
  let n = 0;
  for (const w of x) if (y.has(w) && !topical.has(w)) n++;
  return n;
}

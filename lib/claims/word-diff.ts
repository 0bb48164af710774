/**
 * Word-level diff of two passages (via jsdiff), compared after folding typography and case so a
 * curly apostrophe or a capital letter is not a change. Rendered in wdiff style:
 * "that’s [-surrender-] {+not a peace deal—it’s surrender+}".
 */
import { diffArrays } from 'diff';
import { foldForComparison } from '../text/normalize';

export interface WordDiff {
  /** The rendered diff. */
  text: string;
  /** Words in both, and words in only one of the two. */
  common: number;
  changed: number;
  /** One is a contiguous run of the other's words: a shorter excerpt of the same words. */
  excerpt: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-–—][\p{L}\p{N}]+)*/gu;

function fold(word: string): string {
  return foldForComparison(word).replace(/[-–—]/g, '-');
}

/** The word diff of `a` against `b`. */
export function wordDiff(a: string, b: string): WordDiff {
  const wa = joinClitics(a).match(WORD) ?? [];
  const wb = joinClitics(b).match(WORD) ?? [];
  const parts = diffArrays(wa, wb, { comparator: (x: string, y: string) => fold(x) === fold(y) });
  let common = 0;
  let changed = 0;
  const out: string[] = [];
  for (const p of parts) {
    const words = p.value.join(' ');
    if (p.added) {
      changed += p.value.length;
      out.push(`{+${words}+}`);
    } else if (p.removed) {
      changed += p.value.length;
      out.push(`[-${words}-]`);
    } else {
      common += p.value.length;
      out.push(words);
    }
  }
  // Changes only at the ends, all on one side: one passage quotes part of the other.
  const inner = parts.slice(1, -1);
  const ends = [parts[0], parts[parts.length - 1]].filter((p) => p && (p.added || p.removed));
  const excerpt =
    common > 0 &&
    changed > 0 &&
    inner.every((p) => !p.added && !p.removed) &&
    (ends.every((p) => p!.added) || ends.every((p) => p!.removed));
  return { text: out.join(' '), common, changed, excerpt };
}

/** "it ’ s" (spaced by some converters) read as "it’s". */
function joinClitics(text: string): string {
  return text.replace(/\s*(['’])\s*(s|t|re|ll|ve|d|m)\b/giu, '$1$2');
}

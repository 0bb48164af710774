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
}

const WORD = /[\p{L}\p{N}]+(?:['’\-–—][\p{L}\p{N}]+)*/gu;

function fold(word: string): string {
  return foldForComparison(word).replace(/[-–—]/g, '-');
}

/** The word diff of `a` against `b`. */
export function wordDiff(a: string, b: string): WordDiff {
  const wa = a.match(WORD) ?? [];
  const wb = b.match(WORD) ?? [];
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
  return { text: out.join(' '), common, changed };
}

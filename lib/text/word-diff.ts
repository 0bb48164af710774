/**
 * The word diff of two passages (via jsdiff), as structured data: which words both carry and which
 * only one does, compared after folding typography and case, so a curly apostrophe or a capital
 * letter is not a change. Classification reads its counts and changed words; the display renders
 * its parts with the passages' own punctuation and spacing; `renderWordDiff` writes it in wdiff
 * style for text output ("that’s [-surrender-] {+not a peace deal—it’s surrender+}").
 */
import { diffArrays } from 'diff';
import { foldForComparison } from './fold';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  /**
   * The words as written in the passage they come from (a for same/removed, b for added), with the
   * text that follows them there: concatenating the same+removed parts gives back `a`.
   */
  text: string;
  /** The words alone, as written there. */
  words: readonly string[];
  /**
   * For a same part: the same words as `b` writes them (their typography or case may differ), and
   * with `b`'s text after them: concatenating these and the added parts gives back `b`.
   */
  wordsInB?: readonly string[];
  textInB?: string;
}

export interface WordDiff {
  /** Parts turning `a` into `b`, in order; consecutive parts of one kind are merged. */
  parts: DiffPart[];
  /** Words in both, and words in only one of the two. */
  common: number;
  changed: number;
  /** One is a contiguous run of the other's words: a shorter excerpt of the same words. */
  excerpt: boolean;
}

/**
 * A word: letters and digits, joined by apostrophes and dashes ("that’s", "deal—it’s",
 * "well-known"), and a clitic some converters space out ("it ’ s") read as part of its word.
 */
const WORD = /[\p{L}\p{N}]+(?:(?:['’\-–—]|\s*['’]\s*(?=(?:s|t|re|ll|ve|d|m)\b))[\p{L}\p{N}]+)*/giu;

interface Token {
  /** The word as written, without the spaces of a spaced clitic. */
  word: string;
  key: string;
  start: number;
  /** Where the next token starts (or the end of the text): the token plus the text after it. */
  next: number;
}

/** The word diff of `a` against `b`. */
export function wordDiff(a: string, b: string): WordDiff {
  const ta = tokens(a);
  const tb = tokens(b);
  const changes = diffArrays(
    ta.map((t) => t.key),
    tb.map((t) => t.key),
  );
  const parts: DiffPart[] = [];
  let common = 0;
  let changed = 0;
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    if (n === 0) continue;
    const kind: DiffPart['kind'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const [from, source, at] = kind === 'added' ? [b, tb, ib] : [a, ta, ia];
    const run = source.slice(at, at + n);
    // Text before the first word (an opening quote) belongs to the part that starts its passage.
    const start = at === 0 ? 0 : run[0]!.start;
    const part: DiffPart = {
      kind,
      text: from.slice(start, run[run.length - 1]!.next),
      words: run.map((t) => t.word),
      ...(kind === 'same' ? inB(b, tb, ib, n) : {}),
    };
    if (kind === 'same') common += n;
    else changed += n;
    if (kind !== 'added') ia += n;
    if (kind !== 'removed') ib += n;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) {
      // jsdiff does not split a run of one kind; kept as one part should it ever.
      last.text += part.text;
      last.words = [...last.words, ...part.words];
      if (kind === 'same') {
        last.textInB = `${last.textInB ?? ''}${part.textInB ?? ''}`;
        last.wordsInB = [...(last.wordsInB ?? []), ...(part.wordsInB ?? [])];
      }
    } else parts.push(part);
  }
  // Changes only at the ends, all on one side: one passage quotes part of the other.
  const inner = parts.slice(1, -1);
  const ends = [parts[0], parts[parts.length - 1]].filter((p) => p && p.kind !== 'same');
  const excerpt =
    common > 0 &&
    changed > 0 &&
    inner.every((p) => p.kind === 'same') &&
    (ends.every((p) => p!.kind === 'added') || ends.every((p) => p!.kind === 'removed'));
  return { parts, common, changed, excerpt };
}

/** The diff in wdiff style: words both carry as `b` writes them, `[-removed-]` and `{+added+}`. */
export function renderWordDiff(diff: WordDiff): string {
  return diff.parts
    .map((p) => {
      if (p.kind === 'same') return (p.wordsInB ?? p.words).join(' ');
      const words = p.words.join(' ');
      return p.kind === 'added' ? `{+${words}+}` : `[-${words}-]`;
    })
    .join(' ');
}

/** The `b` side of a same part: `n` tokens of `b` from token `at`. */
function inB(b: string, tb: readonly Token[], at: number, n: number): Pick<DiffPart, 'wordsInB' | 'textInB'> {
  const run = tb.slice(at, at + n);
  const start = at === 0 ? 0 : run[0]!.start;
  return { wordsInB: run.map((t) => t.word), textInB: b.slice(start, run[run.length - 1]!.next) };
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const previous = out[out.length - 1];
    if (previous) previous.next = m.index;
    const word = m[0].replace(/\s+/g, '');
    out.push({ word, key: foldForComparison(word), start: m.index, next: text.length });
  }
  return out;
}

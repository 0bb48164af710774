/**
 * Finds a passage of the extracted text again in the live page, as a DOM Range, the way
 * Hypothesis anchors annotations: the passage is described by selectors (the quote itself, the
 * text just before and after it, and where it sits), and found by fuzzy matching
 * (approx-string-match, Myers' bit-parallel algorithm). Every match of the quote within
 * `MAX_ERROR_SHARE` of its length is scored on how well the quote, its prefix and its suffix match
 * and how close it is to the expected position; the best wins. So a mark survives a page that
 * changed after extraction (text inserted before the passage, a word edited inside it, markup
 * between its words), and a sentence that repeats is told apart by its context.
 */
import search from 'approx-string-match';
import { foldPassage, type TextIndex } from './text-index';

export interface PassageSelector {
  /** The passage as extracted. */
  exact: string;
  /** Text of the extracted article just before and just after it (CONTEXT_CHARS at most). */
  prefix?: string;
  suffix?: string;
  /** Where the passage starts in the extracted text, as a fraction 0..1. */
  position?: number;
}

/** Characters of context kept on each side of a passage: enough to tell repeats apart. */
const CONTEXT_CHARS = 32;
/** A quote matches with at most this share of its characters wrong (Hypothesis: half, at most 256). */
const MAX_ERROR_SHARE = 0.5;
const MAX_ERRORS = 256;
/** Weights of the scores (Hypothesis's): the quote counts most, then its context, then its position. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** The selectors of `text.slice(start, end)`, a passage of the extracted `text`. */
export function selectorOf(text: string, start: number, end: number): PassageSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    position: text.length > 0 ? start / text.length : 0,
  };
}

/** The range of the passage `selector` describes in the page indexed by `index`, or null when it is not there. */
export function findPassage(doc: Document, index: TextIndex, selector: PassageSelector): Range | null {
  const span = matchPassage(index.text, selector);
  return span ? toRange(doc, index, span.start, span.end) : null;
}

/** The best match of the passage in the folded page text `haystack`, or null. */
export function matchPassage(
  haystack: string,
  selector: PassageSelector,
): { start: number; end: number } | null {
  const quote = foldPassage(selector.exact);
  if (quote.length < 3) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_SHARE));
  const matches = candidates(haystack, quote, maxErrors);
  if (matches.length === 0) return null;
  const prefix = selector.prefix ? foldPassage(selector.prefix, false) : '';
  const suffix = selector.suffix ? foldPassage(selector.suffix, false) : '';
  const hint = selector.position === undefined ? null : selector.position * haystack.length;
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const score =
      (WEIGHTS.quote * (1 - m.errors / quote.length) +
        WEIGHTS.prefix * contextScore(haystack.slice(Math.max(0, m.start - prefix.length), m.start), prefix) +
        WEIGHTS.suffix * contextScore(haystack.slice(m.end, m.end + suffix.length), suffix) +
        WEIGHTS.position *
          (hint === null ? 1 : 1 - Math.abs(m.start - hint) / Math.max(1, haystack.length))) /
      total;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && best.end > best.start ? { start: best.start, end: best.end } : null;
}

/** Exact occurrences when there are any (cheap, and the common case), else the best approximate ones. */
function candidates(haystack: string, needle: string, maxErrors: number) {
  const exact: { start: number; end: number; errors: number }[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    exact.push({ start: at, end: at + needle.length, errors: 0 });
  return exact.length > 0 ? exact : search(haystack, needle, maxErrors);
}

/** How well `actual` (the text beside a match) matches the expected context, 0..1; 1 with no context to compare. */
function contextScore(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const [best] = candidates(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function toRange(doc: Document, index: TextIndex, start: number, end: number): Range | null {
  const last = end - 1;
  const startNode = index.nodes[index.nodeOfChar[start]!];
  const endNode = index.nodes[index.nodeOfChar[last]!];
  if (!startNode || !endNode) return null;
  const range = doc.createRange();
  range.setStart(startNode, index.offsets[start]!);
  range.setEnd(endNode, Math.min(endNode.data.length, index.offsets[last]! + 1));
  return range;
}

/**
 * Finds a passage of the extracted text again in the live page, as a DOM Range: exact (folded)
 * match first, nearest to where it is expected; then by its first and last words, tolerating
 * markup or small edits in between (a quote selector with prefix/suffix, as Hypothesis does).
 */
import { foldPassage, type TextIndex } from './text-index';

export interface PassageHint {
  text: string;
  /** Where the passage sits in the extracted text, as a fraction 0..1: breaks ties between repeats. */
  position?: number;
}

const EDGE_CHARS = 32;

/** The range of `passage` in the page indexed by `index`, or null when it is not there. */
export function findPassage(doc: Document, index: TextIndex, passage: PassageHint): Range | null {
  const needle = foldPassage(passage.text);
  if (needle.length < 3) return null;
  const span =
    findExact(index.text, needle, passage.position) ?? findByEdges(index.text, needle, passage.position);
  return span ? toRange(doc, index, span.start, span.end) : null;
}

function findExact(
  haystack: string,
  needle: string,
  position: number | undefined,
): { start: number; end: number } | null {
  let best: number | null = null;
  const target = (position ?? 0) * haystack.length;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (best === null || Math.abs(at - target) < Math.abs(best - target)) best = at;
  }
  return best === null ? null : { start: best, end: best + needle.length };
}

function findByEdges(
  haystack: string,
  needle: string,
  position: number | undefined,
): { start: number; end: number } | null {
  if (needle.length < EDGE_CHARS * 2) return null;
  const head = findExact(haystack, needle.slice(0, EDGE_CHARS), position);
  if (!head) return null;
  const tail = needle.slice(-EDGE_CHARS);
  // The end must follow within a generous slack of the expected length (markup, edits).
  const limit = head.start + Math.ceil(needle.length * 1.3) + EDGE_CHARS;
  const end = haystack.indexOf(tail, head.start + EDGE_CHARS);
  if (end < 0 || end + tail.length > limit) return null;
  return { start: head.start, end: end + tail.length };
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

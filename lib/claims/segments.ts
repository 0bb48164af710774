/**
 * Clause-sized segments of a sentence, cut at punctuation and at the conjunctions that open a new
 * clause. A segment is the unit of a "detail only one source carries".
 */
import type { Span } from './types';

const CUT =
  /[,;:()\u2013\u2014]|\s[-\u2013\u2014]\s|\s(?=(?:while|whereas|although|though|because|but|which|including|and then)\s)/giu;
/** Segments shorter than this many letters are joined to their neighbour. */
const MIN_LETTERS = 12;

/** Segments of `text` (found at `base` in the article), trimmed. */
export function splitSegments(text: string, base: number): Span[] {
  const cuts = [0];
  for (const m of text.matchAll(CUT)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  const raw: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i]!;
    let end = cuts[i + 1]!;
    while (start < end && /[\s,;:()"“”‘’'\u2013\u2014.-]/u.test(text[start]!)) start++;
    while (end > start && /[\s,;:()"“”‘’'\u2013\u2014.!?-]/u.test(text[end - 1]!)) end--;
    if (end > start) raw.push({ start, end });
  }
  const out: Span[] = [];
  for (const s of raw) {
    const letters = text.slice(s.start, s.end).replace(/[^\p{L}]/gu, '').length;
    const last = out[out.length - 1];
    if (last && letters < MIN_LETTERS) last.end = s.end;
    else out.push({ ...s });
  }
  return out.map((s) => ({ start: base + s.start, end: base + s.end }));
}

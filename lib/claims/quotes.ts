/**
 * Direct quotations in every common style: “English”, „German“, «French», »Danish«, ‹single›,
 * 「CJK」, ‘single’ and straight "double" or 'single' marks. Character-level scanning rather than NLP:
 * quotation marks are punctuation, and apostrophes (Trump’s, that’s) must not open a quote.
 */
import { words } from '../text/tokens';
import type { Quote } from './types';

/** Closing marks each opening mark accepts. */
const PAIRS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '「': '」',
  '『': '』',
  '‘': '’',
  '‚': '‘’',
  '"': '"',
  "'": "'",
  '”': '”',
};
/** Marks that can only close, so one seen with nothing open ends a quote begun in an earlier sentence. */
const CLOSE_ONLY = new Set(['”', '»', '›', '」', '』']);
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_START = /[\s([{\-–—:]/u;

/** Quotations in `text` (found at `base` in the article); an unclosed quotation runs to the end. */
export function findQuotes(text: string, base = 0): Quote[] {
  const spans: { start: number; end: number }[] = [];
  const open: { mark: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!(c in PAIRS) && !CLOSE_ONLY.has(c) && c !== '’') continue;
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    const top = open[open.length - 1];
    const isApostrophe = (c === '’' || c === "'") && LETTER.test(before) && LETTER.test(after);
    if (isApostrophe) continue;
    if (top && PAIRS[top.mark]!.includes(c)) {
      open.pop();
      spans.push({ start: top.at + 1, end: i });
      continue;
    }
    if (c in PAIRS && opensHere(c, before, after)) {
      open.push({ mark: c, at: i });
      continue;
    }
    if (!top && spans.length === 0 && (CLOSE_ONLY.has(c) || c === '"')) {
      // A quotation carried over from the previous sentence ends here.
      spans.push({ start: 0, end: i });
    }
  }
  const first = open[0];
  if (first) spans.push({ start: first.at + 1, end: text.length });
  return spans
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: base + s.start, end: base + s.end, words: words(text.slice(s.start, s.end)) }))
    .filter((q) => q.words.length > 0)
    .sort((a, b) => a.start - b.start);
}

/** Directional marks always open; symmetric ones open after a space or bracket and before a non-space. */
function opensHere(mark: string, before: string, after: string): boolean {
  if (/\s/.test(after) && mark !== '«' && mark !== '»') return false;
  if ('“„«‹「『‘‚'.includes(mark)) return true;
  return SPACE_OR_START.test(before);
}

function trimSpan(text: string, s: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = s;
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * A link that opens a page scrolled to a passage: a text fragment (`#:~:text=`, the URL Fragment
 * Text Directives draft that Chromium and Firefox follow). A long passage is named by its first and
 * last words (`textStart,textEnd`), which survives markup and small edits inside it; when those
 * words occur more than once in the article, the words just before and after it are added as
 * `prefix-,` and `,-suffix` so the browser picks this occurrence.
 */

/** Up to this many words, the passage is given whole. */
const WHOLE_WORDS = 10;
/** Words of each end of a longer passage. */
const END_WORDS = 5;
/** Words of context on each side when the passage is ambiguous. */
const CONTEXT_WORDS = 3;

/** Characters read on each side for the context words (three words fit in far fewer). */
const CONTEXT_CHARS = 200;

const WORD = /[^\s]+/gu;

/** One directive term, percent-encoded: the dash, comma and ampersand are the syntax's own. */
export function encodeDirective(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * `url` (any fragment dropped) with a text directive for `text.slice(start, end)`, or null when
 * `url` is not a web address or the passage holds no word.
 */
export function textFragmentUrl(url: string, text: string, start: number, end: number): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  const words = [...text.slice(start, end).matchAll(WORD)].map((m) => ({
    word: m[0],
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
  if (!words.length) return null;
  const from = words[0]!.start;
  const to = words[words.length - 1]!.end;
  const terms =
    words.length <= WHOLE_WORDS
      ? [text.slice(from, to)]
      : [text.slice(from, words[END_WORDS - 1]!.end), text.slice(words[words.length - END_WORDS]!.start, to)];
  let directive = terms.map(encodeDirective).join(',');
  if (occurrences(text, terms[0]!) > 1 || (terms[1] !== undefined && occurrences(text, terms[1]) > 1)) {
    const before = [...text.slice(Math.max(0, from - CONTEXT_CHARS), from).matchAll(WORD)].slice(
      -CONTEXT_WORDS,
    );
    const after = [...text.slice(to, to + CONTEXT_CHARS).matchAll(WORD)].slice(0, CONTEXT_WORDS);
    if (before.length) directive = `${encodeDirective(before.map((m) => m[0]).join(' '))}-,${directive}`;
    if (after.length) directive = `${directive},-${encodeDirective(after.map((m) => m[0]).join(' '))}`;
  }
  return `${url.replace(/#.*$/s, '')}#:~:text=${directive}`;
}

/** The last text lower-cased: a story links every passage of one article in turn. */
let lowered: { text: string; lower: string } | null = null;

/** How often `term` occurs in `text`, ignoring case as text fragments do. */
function occurrences(text: string, term: string): number {
  if (lowered?.text !== text) lowered = { text, lower: text.toLowerCase() };
  const hay = lowered.lower;
  const needle = term.toLowerCase();
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) n++;
  return n;
}

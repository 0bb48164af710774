/**
 * Text folding: the one place that says how Parallax compares words regardless of case, accents
 * and typography. Every fold starts from `foldCase` (compatibility decomposition, combining marks
 * dropped, lower case) and adds only what its comparison needs: typography (`foldForComparison`),
 * punctuation (`foldWords`), spelling variants of names (`foldName`), or a fold that keeps each
 * character's offset (`foldChar`, for finding passages again in a page). None of them is
 * reversible, and all but `foldChar` may change the length: never use their offsets.
 *
 * Written without Unicode-property regexes, which cost milliseconds to compile in a content script
 * that starts cold on every page.
 */

const MARKS = /[\u0300-\u036f]/g;
/** Typographic variants of one character, and the ASCII character they fold to. */
const SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u2032';
const DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
const SINGLE_QUOTE = new RegExp(`[${SINGLE_QUOTES}]`, 'g');
const DOUBLE_QUOTE = new RegExp(`[${DOUBLE_QUOTES}]`, 'g');
const DASH = new RegExp(`[${DASHES}]`, 'g');
/** Spaces and punctuation (ASCII, Latin-1, general punctuation, arrows, boxes, CJK and full-width). */
const NOT_WORD =
  /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u23ff\u2500-\u27bf\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;

/** Lower case without accents: the base of every fold. */
export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * Two renderings of the same words compare equal: curly quotes, dashes, ellipses, case and
 * diacritics folded. Punctuation and spacing are kept.
 */
export function foldForComparison(text: string): string {
  return foldCase(text)
    .replace(SINGLE_QUOTE, "'")
    .replace(DOUBLE_QUOTE, '"')
    .replace(DASH, '-')
    .replace(/\u2026/g, '...');
}

/** `foldForComparison` with runs of whitespace as one space, trimmed: a line compared as a whole. */
export function foldLine(text: string): string {
  return foldForComparison(text).replace(/\s+/g, ' ').trim();
}

/** Lower-case words without accents or punctuation, separated by single spaces. */
export function foldWords(text: string): string {
  return foldCase(text).replace(NOT_WORD, ' ').trim();
}

/** The words of `text`, folded. */
export function wordsOf(text: string): string[] {
  const folded = foldWords(text);
  return folded ? folded.split(' ') : [];
}

/**
 * A name's key, so that spelling and transliteration variants agree: no case or diacritics,
 * y→i, doubled letters collapsed, possessive dropped (Zelenskyy, Zelenskiy, Zelensky → "zelenski").
 */
export function foldName(name: string): string {
  return foldCase(name)
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9\s]+/g, '')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One character folded without changing its length, so offsets into the folded text are offsets
 * into the original: typographic quotes and dashes to ASCII, letters to lower case where that
 * keeps one code unit.
 */
export function foldChar(ch: string): string {
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (DASHES.includes(ch)) return '-';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Whether `ch` has case: a letter of a cased script. */
export function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Whether `ch` is an upper-case letter. */
export function isUpper(ch: string): boolean {
  return ch !== '' && ch !== ch.toLowerCase();
}

/** Whether `ch` is a lower-case letter. */
export function isLower(ch: string): boolean {
  return ch !== '' && ch !== ch.toUpperCase();
}

export function startsUpper(word: string): boolean {
  return isUpper(word.charAt(0));
}

export function startsLower(word: string): boolean {
  return isLower(word.charAt(0));
}

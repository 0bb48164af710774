/**
 * Cheap text folding for metadata comparisons: words compared without case, accents or punctuation.
 * Written without Unicode-property regexes, which cost milliseconds to compile in a content script
 * that starts cold on every page.
 */

/** Spaces and punctuation (ASCII, Latin-1, general punctuation, arrows, boxes, CJK and full-width). */
const NOT_WORD =
  /[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u23ff\u2500-\u27bf\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;

/** Lower-case words without accents, separated by single spaces. */
export function foldWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
}

/** The words of `text`, folded. */
export function wordsOf(text: string): string[] {
  const folded = foldWords(text);
  return folded ? folded.split(' ') : [];
}

export function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

export function startsUpper(word: string): boolean {
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase();
}

export function startsLower(word: string): boolean {
  const ch = word.charAt(0);
  return ch !== ch.toUpperCase();
}

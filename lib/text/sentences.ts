/**
 * Sentence segmentation with offsets into the normalised text.
 * Intl.Segmenter does the work; ICU in Node and browsers has no abbreviation suppressions, so we
 * re-join its splits after titles ("Gen."), months ("Jan. 5"), initials ("J. Smith"), acronyms
 * ("U.S. Army") and inside quotations that span sentences.
 */

export interface Sentence {
  text: string;
  /** Offset of the first character in the normalised text (UTF-16 code units). */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/** Always followed by more of the same sentence. */
const TITLES = new Set(
  'mr mrs ms dr gen lt col maj sgt capt cmdr adm gov sen rep rev prof st jr sr mt ft pres supt insp det cpl pvt hon amb atty no nos vs fig approx dept univ'.split(
    ' ',
  ),
);
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Capitalised words that usually open a new sentence, so an acronym before them ends one. */
const SENTENCE_OPENERS = new Set(
  'the a an it he she they we i in on at but and or so this that these those there his her its their our my after before when while if as for with by from to of yet still however meanwhile also some many most no not one two three what who why how where'.split(
    ' ',
  ),
);

let segmenter: Intl.Segmenter | undefined;

/** Splits `text` into sentences; paragraphs (blank-line separated) never share a sentence. */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  segmenter ??= new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const base = m.index;
    const pieces = [...segmenter.segment(m[0])].map((s) => ({
      start: base + s.index,
      end: base + s.index + s.segment.length,
    }));
    let current: { start: number; end: number } | undefined;
    for (const piece of pieces) {
      if (current && shouldJoin(text.slice(current.start, current.end), text.slice(piece.start, piece.end))) {
        current.end = piece.end;
      } else {
        if (current) pushTrimmed(out, text, current.start, current.end);
        current = { ...piece };
      }
    }
    if (current) pushTrimmed(out, text, current.start, current.end);
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

function shouldJoin(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  if (unbalancedQuote(prev)) return true;
  const lastWord = /([\p{L}.]+)\.$/u.exec(prev)?.[1];
  if (!lastWord) return false;
  const nextWord = /^[\s"“'‘(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  const lower = lastWord.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (MONTHS.has(lower)) return /^\d/.test(nextWord);
  // "J. Smith": a lone capital initial.
  if (/^\p{Lu}$/u.test(lastWord)) return /^\p{Lu}/u.test(nextWord);
  // "U.S. Army" vs "... in the U.S. It rains": join unless the next word looks like a sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(lastWord)) {
    if (!nextWord) return false;
    if (/^[\p{Ll}\p{N}]/u.test(nextWord)) return true;
    return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return false;
}

/** True when the text opens a quotation it does not close (curly quotes counted, straight quotes by parity). */
function unbalancedQuote(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens > closes) return true;
  return (text.match(/"/g) ?? []).length % 2 === 1;
}

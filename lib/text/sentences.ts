/**
 * Sentence segmentation with offsets into the normalised text.
 * Intl.Segmenter does the work; ICU in Node and browsers has no abbreviation suppressions, so we
 * re-join its splits after titles ("Gen.", "Dr."), months ("Jan. 5", "5. Mai"), initials
 * ("J. Smith"), acronyms ("U.S. Army"), a dateline ("WASHINGTON, D.C. —"), and inside quotations
 * that span sentences (“…”, „…“, «…»). Offsets are UTF-16 code units, like String.slice.
 */
import { MONTH_ABBREVIATIONS, MONTHS } from './calendar';
import { isLetter, isLower, isUpper } from './fold';

export interface Sentence {
  text: string;
  /** Offset of the first character in the normalised text (UTF-16 code units). */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/** Always followed by more of the same sentence (titles before names, and the like). */
const TITLES = new Set(
  'mr mrs ms dr gen lt col maj sgt capt cmdr adm gov sen rep rev prof st jr sr mt ft pres supt insp det cpl pvt hon amb atty vs fig approx dept univ corp inc ltd co bros hr hrn frau bzw vgl ca ggf evtl sog usw mme mlle sr sra dra ing'.split(
    ' ',
  ),
);
/** Followed by more of the sentence only when a number follows ("No. 10", "Nr. 5", "Art. 5"). */
const BEFORE_NUMBERS = new Set('no nos nr art abs ch vol pp p op ed sec para'.split(' '));
/** Units after a number ("5 Mio. Euro"): the sentence goes on. */
const AFTER_NUMBERS = new Set('mio mrd tsd bn mn'.split(' '));
/** Month names after a day's number ("5. Mai", "3. Jan."); "may" is also a verb. */
const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_ABBREVIATIONS.filter((m) => m !== 'may'),
  'sept',
  ...MONTHS.de,
  ...MONTHS.fr,
  ...MONTHS.es,
]);
/** Capitalised words that usually open a new sentence, so an acronym or initial before them ends one. */
const SENTENCE_OPENERS = new Set(
  'the a an it he she they we i in on at but and or so this that these those there his her its their our my after before when while if as for with by from to of yet still however meanwhile also some many most no not one two three what who why how where der die das er sie es wir ich aber und oder dann doch le la les il elle ils nous el los las ella'.split(
    ' ',
  ),
);
/** Characters: quotations longer than this are not joined across sentences (a quote left open by mistake). */
const MAX_JOINED = 1000;
/** Characters given to Intl.Segmenter at once: V8's segmenter slows quadratically on long strings. */
const CHUNK = 2000;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // A malformed language tag from a page: English rules are the safe default.
      segmenter = segmenters.get('en') ?? new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Splits `text` into sentences; paragraphs (separated by newlines) never share a sentence. */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  const segmenter = segmenterFor(lang);
  const out: Sentence[] = [];
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const base = m.index;
    const germanQuotes = m[0].includes('„');
    let current: { start: number; end: number } | undefined;
    for (const piece of pieces(segmenter, m[0], base)) {
      // ICU may start the next piece with the quotation's closing mark (« … pas. » Puis …): it belongs before.
      const closer = current ? closingMarks(text.slice(piece.start, piece.end), germanQuotes) : 0;
      if (current && closer > 0 && openQuotation(text.slice(current.start, current.end), germanQuotes)) {
        current.end = piece.start + closer;
        piece.start = current.end;
        if (piece.start >= piece.end || !text.slice(piece.start, piece.end).trim()) continue;
      }
      if (
        current &&
        piece.end - current.start <= MAX_JOINED &&
        shouldJoin(text.slice(current.start, current.end), text.slice(piece.start, piece.end), germanQuotes)
      ) {
        current.end = piece.end;
      } else {
        if (current) pushTrimmed(out, text, current.start, current.end);
        current = piece;
      }
    }
    if (current) pushTrimmed(out, text, current.start, current.end);
  }
  return out;
}

/** Intl.Segmenter's pieces of `paragraph` (at `base` in the text), segmented in chunks cut after sentence ends. */
function* pieces(
  segmenter: Intl.Segmenter,
  paragraph: string,
  base: number,
): Generator<{ start: number; end: number }> {
  for (let from = 0; from < paragraph.length;) {
    const to = chunkEnd(paragraph, from);
    for (const s of segmenter.segment(paragraph.slice(from, to))) {
      yield { start: base + from + s.index, end: base + from + s.index + s.segment.length };
    }
    from = to;
  }
}

/** Where the chunk starting at `from` ends: after the last sentence end in its second half, else a space, else anywhere safe. */
function chunkEnd(paragraph: string, from: number): number {
  if (paragraph.length - from <= CHUNK) return paragraph.length;
  const window = paragraph.slice(from + CHUNK / 2, from + CHUNK);
  let cut = -1;
  for (const m of window.matchAll(/[.!?…]["”’»)]*\s+/g)) cut = m.index + m[0].length;
  if (cut < 0) cut = window.lastIndexOf(' ') + 1;
  let end = from + CHUNK / 2 + (cut > 0 ? cut : window.length);
  // Never between the halves of a surrogate pair.
  if (/[\ud800-\udbff]/.test(paragraph[end - 1] ?? '')) end++;
  return end;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (!trimmed) return;
  const from = start + (raw.length - raw.trimStart().length);
  out.push({ text: trimmed, start: from, end: from + trimmed.length });
}

/*
 * The checks below run once per piece ICU returns, in a content script that starts cold on every
 * page: they scan characters by hand rather than with Unicode-property regexes, which are costly to
 * compile and to run before the JIT warms up.
 */

function shouldJoin(previous: string, next: string, germanQuotes: boolean): boolean {
  const prev = previous.trimEnd();
  if (QUOTE_CHARS.test(prev) && openQuotation(prev, germanQuotes)) return true;
  // A piece that is only closing punctuation belongs to the sentence before.
  if (/^[\s"”»“’)\]]+$/.test(next)) return true;
  if (prev.length <= MAX_DATELINE && isDateline(prev)) return true;
  // No sentence starts in lower case: “Stay tuned!” without details, “Why?” asked the minister,
  // an abbreviation ICU does not know ("approx. five"). Brand names ("iPhone") do, and keep their split.
  if (startsLowerCase(next)) return true;
  if (!prev.endsWith('.')) return false;
  const lastWord = stripLeading(prev.slice(prev.lastIndexOf(' ') + 1, -1));
  if (!lastWord) return false;
  const nextWord = firstWord(next);
  // "5. Mai", "am 3. Oktober": a day number before a month name.
  if (isDigits(lastWord)) return lastWord.length <= 2 && MONTH_WORDS.has(nextWord.toLowerCase());
  const lower = lastWord.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBERS.has(lower)) return isDigit(nextWord.charAt(0));
  if (AFTER_NUMBERS.has(lower)) return /\d\s+\S+$/.test(prev);
  if (MONTH_WORDS.has(lower)) return isDigit(nextWord.charAt(0));
  const opensSentence = SENTENCE_OPENERS.has(nextWord.toLowerCase());
  // "J. Smith": a lone capital initial.
  if (lastWord.length === 1 && isUpper(lastWord)) return isUpper(nextWord.charAt(0)) && !opensSentence;
  // "U.S. Army" vs "... in the U.S. It rains": join unless the next word looks like a sentence opener.
  if (isAcronym(lastWord)) {
    if (!nextWord) return false;
    const first = nextWord.charAt(0);
    if (isLower(first) || isDigit(first)) return true;
    return !opensSentence;
  }
  return false;
}

const QUOTE_CHARS = /["“”„«»]/;
/** Characters: a dateline ("WASHINGTON, D.C. —") is short. */
const MAX_DATELINE = 60;

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charAt(i))) return false;
  return s.length > 0;
}

/** Whether `next` opens with a lower-case word that has no capital inside ("without", not "iPhone"). */
function startsLowerCase(next: string): boolean {
  const word = firstWord(next);
  if (!isLower(word.charAt(0))) return false;
  for (let i = 1; i < word.length; i++) if (isUpper(word.charAt(i))) return false;
  return true;
}

/** "U.S", "z.B", "H.R": single letters separated by dots (the final dot is already gone). */
function isAcronym(word: string): boolean {
  if (word.length < 3) return false;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    if (i % 2 === 1 ? ch !== '.' : !isLetter(ch)) return false;
  }
  return word.length % 2 === 1;
}

/** The word without the quotation marks or brackets that open it. */
function stripLeading(word: string): string {
  let i = 0;
  while (i < word.length && '"“„«\'‘(['.includes(word.charAt(i))) i++;
  return word.slice(i);
}

/** The first word of `text`, after spaces and opening quotation marks. */
function firstWord(text: string): string {
  let i = 0;
  while (i < text.length && ' \t"“„«\'‘('.includes(text.charAt(i))) i++;
  let j = i;
  while (j < text.length && (isLetter(text.charAt(j)) || isDigit(text.charAt(j)))) j++;
  return text.slice(i, j);
}

/** Length of the closing quotation marks (and spaces before them) that open `piece`. */
function closingMarks(piece: string, germanQuotes: boolean): number {
  const m = (germanQuotes ? /^\s*[“”»’"]+/ : /^\s*[”»’"]+/).exec(piece);
  return m ? m[0].length : 0;
}

/** "WASHINGTON, D.C." or "BERLIN (dpa)" before the dash of a dateline: the sentence follows it. */
function isDateline(prev: string): boolean {
  return /^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}(?:\([^)]{1,30}\))?\s*[—–-]?$/u.test(prev) && /\p{Lu}{2}/u.test(prev);
}

/** True when the text opens a quotation it does not close. */
function openQuotation(text: string, germanQuotes: boolean): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '„' || ch === '«') depth++;
    else if (ch === '“') depth += germanQuotes ? -1 : 1;
    else if (ch === '”' || ch === '»') depth--;
    if (depth < 0) depth = 0;
  }
  if (depth > 0) return true;
  return (text.match(/"/g) ?? []).length % 2 === 1;
}

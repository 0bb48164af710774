/**
 * The one place that calls compromise: tags a sentence once and hands back plain tokens with
 * offsets, tags and roots, plus the numbers compromise parsed. Everything else in lib/claims works
 * on these tokens, so the NLP library can be swapped without touching the claim logic.
 */
import nlp from 'compromise';

export interface Token {
  /** The word as written (empty for the implicit half of a contraction, "wasn't" → "was" + "not"). */
  text: string;
  /** compromise's normal form: lower case, no punctuation, the expanded word of a contraction. */
  normal: string;
  /** Verb infinitive or singular noun when compromise knows it, else the normal form. */
  root: string;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before and after the word, as written. */
  pre: string;
  post: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
}

export interface ParsedNumber {
  /** Index of the first and one past the last token of the number phrase. */
  from: number;
  to: number;
  value: number;
  /** compromise's prefix/unit ("$", "%", "k"). */
  prefix: string;
  unit: string;
}

export interface ParsedSentence {
  tokens: Token[];
  numbers: ParsedNumber[];
}

/**
 * compromise's pipeline without its post-tagger: the lexicon and pre-tagger give the tags claims
 * read (modals, negation, verbs, numbers, names) at a quarter of the cost — the post-tagger's
 * corrections took three quarters of the time of a full parse and changed few of the parts claims
 * use (measured on news text; the months "May" and "March" it would fix are read in context by
 * lib/claims/dates.ts and certainty.ts). Claims are extracted at every save, so this is the cost
 * of an import.
 */
const TAGGING = [
  'alias',
  'machine',
  'index',
  'id',
  'typeahead',
  'lexicon',
  'preTagger',
  'contractionTwo',
  'root',
];

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  root?: string;
  implicit?: string;
  tags?: Set<string>;
}

interface NumberJson {
  number?: { num?: number; prefix?: string; unit?: string; suffix?: string };
}

/** Tags `text` (one sentence, found at `base` in the article) and returns its tokens and numbers. */
export function parseSentence(text: string, base: number): ParsedSentence {
  const doc = nlp.tokenize(text);
  doc.compute(TAGGING);
  const tokens: Token[] = [];
  const indexOf = new Map<CompromiseTerm, number>();
  let cursor = 0;
  for (const terms of doc.docs as unknown as CompromiseTerm[][]) {
    for (const term of terms) {
      // compromise keeps every character in pre/text/post; locate defensively anyway. The implicit
      // half of a contraction ("not" in "wasn't") takes the span of the word it comes from.
      const previous = tokens[tokens.length - 1];
      const at = term.text ? text.indexOf(term.text, cursor) : cursor;
      const start = term.text ? (at >= 0 ? at : cursor) : previous ? previous.start - base : cursor;
      const end = term.text ? start + term.text.length : previous ? previous.end - base : cursor;
      cursor = term.text ? end + term.post.length : cursor;
      indexOf.set(term, tokens.length);
      tokens.push({
        text: term.text,
        normal: term.implicit ?? term.normal,
        root: term.root ?? term.implicit ?? term.normal,
        tags: term.tags ?? new Set(),
        pre: term.pre,
        post: term.post,
        start: base + start,
        end: base + end,
      });
    }
  }
  const numbers: ParsedNumber[] = [];
  const view = doc.numbers();
  const json = view.json() as NumberJson[];
  (view.docs as unknown as CompromiseTerm[][]).forEach((terms, i) => {
    const first = indexOf.get(terms[0]!);
    const last = indexOf.get(terms[terms.length - 1]!);
    const parsed = json[i]?.number;
    if (first === undefined || last === undefined || typeof parsed?.num !== 'number') return;
    if (!Number.isFinite(parsed.num)) return;
    numbers.push({
      from: first,
      to: last + 1,
      value: parsed.num,
      prefix: parsed.prefix ?? '',
      unit: parsed.unit || parsed.suffix || '',
    });
  });
  return { tokens, numbers };
}

/** Word classes of compromise's lexicon that make a capitalised word a common word, not a name. */
const COMMON_CLASSES = new Set([
  'Plural',
  'Singular',
  'Actor',
  'Noun',
  'Uncountable',
  'Adjective',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
]);
let lexicon: Record<string, string | string[]> | undefined;

/**
 * Whether compromise's lexicon knows `word` (lower case) as a common word ("police", "officials",
 * "despite"): such a word opening a sentence is capitalised for that reason only. A word it does
 * not know, or knows as a name ("Williams"), may be a name.
 */
export function isCommonWord(word: string): boolean {
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } })
    .model.one.lexicon;
  const entry = lexicon[word];
  const classes = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  return classes.some((c) => COMMON_CLASSES.has(c));
}

/**
 * Named-entity candidates from capitalisation: fast enough to run on every save of a 100,000-article
 * corpus. Spelling variants of names fold to one key (Zelenskyy, Zelenskiy, Zelensky → "zelenski").
 */
import { MONTHS, WEEKDAYS } from './calendar';
import { foldName } from './fold';
import { STOPWORDS } from './stopwords';

export interface EntityMention {
  /** The words as written, without a possessive "'s". */
  text: string;
  /** Folded key of the whole name. */
  key: string;
  start: number;
  end: number;
}

const CAP_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’\-]*|\p{Lu}{2,}\d*)`;
const CONNECTOR = String.raw`(?:of|de|del|la|le|van|von|der|al|bin|da|du)`;
const NAME = new RegExp(String.raw`${CAP_WORD}(?:\s+(?:${CONNECTOR}\s+)?${CAP_WORD})*`, 'gu');
const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTHS.en, ...WEEKDAYS.en]);

/** Capitalised name sequences in `text`; the first word of a sentence counts only when it is not a common word. */
export function findEntities(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(NAME)) {
    let start = m.index;
    let raw = m[0];
    // Drop leading common words ("The", "But", "In") that are capitalised only by position.
    for (;;) {
      const first = /^(\S+)\s+/.exec(raw);
      const word = (first?.[1] ?? raw).toLowerCase().replace(/['’]s$/, '');
      if (!STOPWORDS.has(word) && !MONTHS_AND_DAYS.has(word)) break;
      if (!first) {
        raw = '';
        break;
      }
      start += first[0].length;
      raw = raw.slice(first[0].length);
    }
    raw = raw.replace(/['’]s$/, '').replace(/[-'’]+$/, '');
    if (!raw) continue;
    const key = foldName(raw);
    if (key.length < 2 || MONTHS_AND_DAYS.has(key)) continue;
    out.push({ text: raw, key, start, end: start + raw.length });
  }
  return out;
}

/** Words inside names that name no one in particular: connectors, titles and ranks (folded). */
const NOT_NAMES = new Set(
  'of de del la le van von der al bin da du president vice secretari secretary minister prime chancelor senator governor general gen mr mrs ms dr sir lord king queen prince chief oficer officer spokesman spokeswoman envoi envoy special state former acting deputy leader mayor judge justice ambasador'
    .split(' ')
    .map((w) => foldName(w)),
);

/** The folded single-word keys of every entity mention (so "Donald Trump" and "Trump" share "trump"). */
export function entityTokens(mentions: readonly EntityMention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    for (const part of m.key.split(' ')) {
      if (part.length >= 2 && !STOPWORDS.has(part) && !NOT_NAMES.has(part)) out.push(part);
    }
  }
  return out;
}

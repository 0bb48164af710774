/**
 * Venues: the outlet or programme a statement was made to ("told CNN", "on ABC's This Week",
 * "according to Reuters"), and the rule for comparing them: a more specific venue of the same
 * outlet is the same venue ("CNN" vs "CNN's State of the Union"), another outlet is not.
 */
import { foldName } from '../text/fold';
import type { Token } from './nlp';
import type { Venue } from './types';

/** Words that make a capitalised name an outlet rather than a person or place. */
const MEDIA_WORDS = new Set(
  'news times post journal radio tv television channel press agency network broadcasting daily tribune herald guardian telegraph gazette magazine wire today show sunday tonight week nation politico axios bloomberg reuters interfax tass xinhua associated'.split(
    ' ',
  ),
);
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'de', 'la', 'du']);

/** True when the token starts with a capital letter or is an acronym. */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/**
 * The capitalised name that starts at token `from` ("the BBC", "CNN’s State of the Union",
 * "Fox News"), or null. Stops at dates, sentence punctuation and lower-case words.
 */
export function nameAt(tokens: readonly Token[], from: number): { from: number; to: number } | null {
  let i = from;
  if (tokens[i] && /^the$/i.test(tokens[i]!.text)) i++;
  const first = tokens[i];
  if (!first || !isCapitalised(first) || first.tags.has('Date') || first.tags.has('Pronoun')) return null;
  let end = i + 1;
  while (end < tokens.length) {
    const prev = tokens[end - 1]!;
    if (/[,.;:!?()"“”—–]/.test(prev.post.replace(/['’]s?/, ''))) break;
    const t = tokens[end]!;
    // The implicit half of a contraction ("ABC's" read as "ABC has") has no text of its own.
    if (t.text === '') {
      end++;
      continue;
    }
    if (t.tags.has('Date') && !MEDIA_WORDS.has(t.normal)) break;
    if (isCapitalised(t)) {
      end++;
      continue;
    }
    // "State of the Union": a connector joins two capitalised words.
    let j = end;
    while (j < tokens.length && CONNECTORS.has(tokens[j]!.normal) && !isCapitalised(tokens[j]!)) j++;
    if (j > end && j < tokens.length && isCapitalised(tokens[j]!)) {
      end = j + 1;
      continue;
    }
    break;
  }
  return { from: i, to: end };
}

/** True when the name reads as an outlet: an acronym, a media word, an organisation, or "X's Programme". */
export function looksLikeOutlet(tokens: readonly Token[], from: number, to: number): boolean {
  const span = tokens.slice(from, to);
  if (span.some((t) => t.tags.has('Person') && !t.tags.has('Organization'))) {
    // "CNN’s Jake Tapper" is still CNN.
    return /^\p{Lu}{2,}/u.test(span[0]!.text) && /['’]s?$/.test(span[0]!.text + span[0]!.post.trim());
  }
  if (span.every((t) => t.tags.has('Place'))) return false;
  return span.some(
    (t) =>
      /^\p{Lu}{2,}[\p{Lu}\d]*(['’]s)?$/u.test(t.text) ||
      MEDIA_WORDS.has(t.normal) ||
      t.tags.has('Organization') ||
      /['’]s?$/.test(t.text),
  );
}

/** Builds the venue for the tokens `from`..`to`, splitting "Outlet’s Programme" into its parts. */
export function makeVenue(
  text: string,
  base: number,
  tokens: readonly Token[],
  from: number,
  to: number,
): Venue {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const name = text.slice(start - base, end - base);
  const possessive = tokens
    .slice(from, to)
    .findIndex((t) => /['’]s?$/.test(t.text) || /^['’]s?/.test(t.post));
  const outletTokens = possessive >= 0 ? tokens.slice(from, from + possessive + 1) : tokens.slice(from, to);
  return {
    start,
    end,
    name,
    outlet: venueKey(outletTokens.map((t) => t.text).join(' ')),
    full: venueKey(name),
    generic: false,
  };
}

/**
 * Whether two venues name the same outlet: equal outlets, or one name a word-prefix of the other
 * ("Fox News" and "Fox News Sunday").
 */
export function sameVenue(a: Venue, b: Venue): boolean {
  if (a.outlet === b.outlet || a.full === b.full) return true;
  const prefix = (x: string, y: string): boolean => y === x || y.startsWith(`${x} `);
  return (
    prefix(a.outlet, b.full) || prefix(b.outlet, a.full) || prefix(a.full, b.full) || prefix(b.full, a.full)
  );
}

/** The key venues compare by: the name folded as names are, without a leading "the". */
function venueKey(name: string): string {
  return foldName(name.replace(/^the\s+/i, ''));
}

/**
 * Attribution: who a sentence credits (speaker), with which reporting verb, and where it was said
 * (venue). Works on compromise's tokens plus the entity mentions of lib/text/entities, outside
 * quotations only (a quote's words are the speaker's, not the reporter's frame).
 */
import type { EntityMention } from '../text/entities';
import { isCommonWord, type Token } from './nlp';
import { speakerKeys } from './speaker-keys';
import type { Span, Speaker, Venue } from './types';
import { REPORTING } from './reporting-verbs';
import {
  looksLikeOutlet,
  makeVenue,
  nameAt,
  outletOfSpeaker,
  venueAfter,
  venueAnywhere,
  type TokenisedSentence,
} from './venue';

/** Words allowed between a subject and its verb ("Witkoff also said", "Rubio has told"). */
const BETWEEN = new Set(
  'also later then again previously repeatedly once earlier has had have was is were did does had been would will even reportedly'.split(
    ' ',
  ),
);
const PERSONAL = new Set(['he', 'she']);
/** Reporting verbs whose base form is also a noun ("a post", "the report", "his claim"). */
const ALSO_NOUNS = new Set([
  'post',
  'report',
  'claim',
  'comment',
  'tweet',
  'reply',
  'note',
  'pledge',
  'vow',
  'quip',
  'state',
  'promise',
  'remark',
]);
const PHRASE_END = new Set(['to', 'of', 'in', 'at', 'for', 'from', 'with', 'who', 'that']);

export interface Attribution {
  speaker: Speaker | null;
  verb: string | null;
  venue: Venue | null;
}

export interface AttributionInput extends TokenisedSentence {
  quotes: readonly Span[];
  mentions: readonly EntityMention[];
}

/** Speaker, reporting verb and venue stated in one sentence (pronouns are left for the caller to resolve). */
export function findAttribution(input: AttributionInput): Attribution {
  const { tokens, quotes } = input;
  const outside = (t: Token): boolean => !quotes.some((q) => t.start >= q.start && t.end <= q.end);
  const verbIndex = findReportingVerb(tokens, outside);
  const according = findAccordingTo(tokens, outside);
  let speaker: Speaker | null = null;
  let verb: string | null = null;
  let venue: Venue | null = null;
  if (verbIndex >= 0) {
    verb = tokens[verbIndex]!.root;
    speaker = subjectOf(input, verbIndex, outside);
    venue = venueAfter(input, verbIndex, outside);
  }
  if (!speaker && quotes.length > 0) {
    // A quotation framed by a verb we do not list ("…!” Papandreou thundered, …,” snapped Smith).
    const framed = speakerBesideQuote(input, outside);
    if (framed) ({ speaker, verb } = framed);
  }
  if (according >= 0) {
    const name = nameAt(tokens, according);
    if (name && looksLikeOutlet(tokens, name.from, name.to)) {
      venue ??= makeVenue(input.text, input.base, tokens, name.from, name.to);
    } else if (!speaker) {
      speaker = speakerFromPhrase(input, according);
      verb ??= 'according to';
    }
  }
  venue ??= venueAnywhere(input, outside);
  // "Michael Silverman of the Boston Herald": the speaker's outlet.
  if (!venue && speaker?.named) venue = outletOfSpeaker(input, speaker);
  // "The New York Times reported": the outlet is the speaker and the venue.
  if (!venue && speaker?.named && verb === 'report') {
    const first = tokens.findIndex((t) => t.start === speaker!.start);
    const name = first >= 0 ? nameAt(tokens, first) : null;
    if (name && looksLikeOutlet(tokens, name.from, name.to))
      venue = makeVenue(input.text, input.base, tokens, name.from, name.to);
  }
  return { speaker, verb, venue };
}

function findReportingVerb(tokens: readonly Token[], outside: (t: Token) => boolean): number {
  let gerund = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.tags.has('Verb') || !REPORTING.has(t.root) || !outside(t)) continue;
    if (readsAsNoun(tokens, i)) continue;
    // "admitted herself to a clinic", "reported himself sick": an act, not speech.
    if (tokens[i + 1]?.tags.has('Reflexive')) continue;
    // "describing it as", "saying": a participle hangs off the main clause; prefer a finite verb.
    if (t.tags.has('Gerund')) {
      if (gerund < 0) gerund = i;
      continue;
    }
    return i;
  }
  return gerund;
}

/** "a social media post", "the report": a base-form verb that is also a noun, after a noun phrase word. */
function readsAsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || !ALSO_NOUNS.has(t.normal) || /,/.test(prev.post)) return false;
  return (
    prev.tags.has('Determiner') ||
    prev.tags.has('Possessive') ||
    (prev.tags.has('Adjective') && !prev.tags.has('Comparative')) ||
    (prev.tags.has('Noun') && !prev.tags.has('ProperNoun') && !prev.tags.has('Pronoun'))
  );
}

/**
 * The name right after a quotation and next to a verb: "…,” Smith thundered" or "…,” snapped
 * Smith". Any verb will do in that position: it can only frame the quotation.
 */
function speakerBesideQuote(
  input: AttributionInput,
  outside: (t: Token) => boolean,
): { speaker: Speaker; verb: string } | null {
  const { tokens, quotes } = input;
  for (const q of quotes) {
    const after = tokens.findIndex((t) => t.start >= q.end && outside(t));
    if (after < 0) continue;
    const first = tokens[after]!;
    const second = tokens[after + 1];
    const asName = (i: number): Speaker | null => speakerStartingAt(input, i);
    if (first.tags.has('Verb') && second) {
      const named = asName(after + 1);
      if (named) return { speaker: named, verb: first.root };
    }
    const named = asName(after);
    if (named) {
      const end = tokens.findIndex((t) => t.start >= named.end);
      const verb = end >= 0 ? tokens[end] : undefined;
      if (verb?.tags.has('Verb') && !verb.tags.has('Auxiliary')) return { speaker: named, verb: verb.root };
    }
  }
  return null;
}

/** Index of the first token after "according to", or -1. */
function findAccordingTo(tokens: readonly Token[], outside: (t: Token) => boolean): number {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.normal === 'according' && tokens[i + 1]!.normal === 'to' && outside(tokens[i]!))
      return i + 2;
  }
  return -1;
}

/** The subject of the reporting verb: before it ("Rubio said"), or after it ("said Rubio"). */
function subjectOf(
  input: AttributionInput,
  verbIndex: number,
  outside: (t: Token) => boolean,
): Speaker | null {
  const { tokens } = input;
  // Start of the clause: after the last quotation or colon before the verb.
  let clauseStart = 0;
  for (let i = verbIndex - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!outside(t) || /[:;]/.test(t.post)) {
      clauseStart = i + 1;
      break;
    }
  }
  let p = verbIndex - 1;
  while (
    p >= clauseStart &&
    (BETWEEN.has(tokens[p]!.normal) || tokens[p]!.text === '' || isAdverb(tokens[p]!))
  )
    p--;
  if (p >= clauseStart && !/,/.test(tokens[p]!.post)) {
    const direct = speakerEndingAt(input, p, clauseStart);
    if (direct) return direct;
  }
  if (p < clauseStart || /,/.test(tokens[p]!.post)) {
    // Inverted ("…,” said Rubio) or after an appositive ("Witkoff, Trump’s envoy, told").
    const after = verbIndex + 1 < tokens.length ? speakerStartingAt(input, verbIndex + 1) : null;
    if (after && p < clauseStart) return after;
    const lead = leadingSubject(input, clauseStart, verbIndex);
    if (lead) return lead;
    if (after) return after;
  }
  return genericSubject(input, clauseStart, verbIndex);
}

/** A name or personal pronoun whose last token is `p`, with "X and Y" coordination. */
function speakerEndingAt(input: AttributionInput, p: number, clauseStart: number): Speaker | null {
  const { tokens, mentions } = input;
  const t = tokens[p]!;
  if (t.tags.has('Pronoun') && PERSONAL.has(t.normal)) return pronoun(t);
  const mention = mentions.find((m) => m.end === t.end || (m.start <= t.start && m.end >= t.end));
  if (!mention) return null;
  // "Officials said": a common noun capitalised only because it opens the sentence.
  if (mention.start === t.start && isCommonNoun(t)) return generic(t);
  const group = [mention];
  // "Witkoff and Rubio said".
  for (let i = tokens.findIndex((x) => x.start === mention.start) - 1; i - 1 >= clauseStart;) {
    if (tokens[i]!.normal !== 'and') break;
    const prev = mentions.find((m) => m.end === tokens[i - 1]!.end);
    if (!prev) break;
    group.unshift(prev);
    i = tokens.findIndex((x) => x.start === prev.start) - 1;
  }
  return fromMentions(input, group);
}

function speakerStartingAt(input: AttributionInput, i: number): Speaker | null {
  const t = input.tokens[i];
  if (!t) return null;
  if (t.tags.has('Pronoun') && PERSONAL.has(t.normal)) return pronoun(t);
  const mention = input.mentions.find((m) => m.start === t.start);
  return mention ? fromMentions(input, [mention]) : null;
}

/** The names of the clause's first noun phrase: "Witkoff and Secretary of State Marco Rubio, both present…, said". */
function leadingSubject(input: AttributionInput, from: number, to: number): Speaker | null {
  const { tokens, mentions } = input;
  let segStart = from;
  for (let i = from; i < to; i++) {
    const end = /,/.test(tokens[i]!.post) || i === to - 1;
    if (!end) continue;
    const first = tokens[segStart]!;
    // Skip introductory phrases ("On Monday,", "Should talks fail,", "Standing beside Trump,").
    const intro =
      first.tags.has('Preposition') ||
      first.tags.has('Conjunction') ||
      first.tags.has('Modal') ||
      first.tags.has('Gerund') ||
      first.tags.has('Date');
    if (!intro) {
      const start = first.start;
      const stop = tokens[i]!.end;
      const inside = mentions.filter((m) => m.start >= start && m.end <= stop);
      if (first.tags.has('Pronoun') && PERSONAL.has(first.normal)) return pronoun(first);
      // The names must make up the phrase: in "Williams' publicist, Harlan Boll, confirmed" the
      // first name only qualifies the noun, and the speaker is the appositive.
      const rest = input.text
        .slice(start - input.base, stop - input.base)
        .replace(/['’]s?\b/g, '')
        .split(/\s+/)
        .filter(Boolean);
      const named = inside.flatMap((m) => m.text.replace(/['’]s?\b/g, '').split(/\s+/));
      const fills = rest.every((w) => named.includes(w) || /^(and|&)$/i.test(w));
      if (inside.length && inside[0]!.start === start && fills)
        return fromMentions(input, inside.filter(isPersonLike(input)));
      // "The committee’s chair, Anna Berg, warned": a name alone in the appositive before the verb.
      return appositiveName(input, i + 1, to);
    }
    segStart = i + 1;
  }
  return null;
}

/** A name that fills the comma-delimited phrase from `from` to just before `to`, if any. */
function appositiveName(input: AttributionInput, from: number, to: number): Speaker | null {
  const { tokens, mentions } = input;
  if (from >= to) return null;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const mention = mentions.find((m) => m.start === start && m.end === end);
  return mention ? fromMentions(input, [mention]) : null;
}

/** An unnamed group as subject: the first common noun of the clause ("The two U.S. officials said", "Sources familiar with…"). */
function genericSubject(input: AttributionInput, from: number, to: number): Speaker | null {
  for (let i = from; i < to; i++) {
    const t = input.tokens[i]!;
    if (t.tags.has('Preposition') || t.tags.has('Verb')) return null;
    if (t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun') && !t.tags.has('Acronym')) {
      if (/,/.test(t.post) && i + 1 < to && !input.tokens[i + 1]!.tags.has('Noun')) return null;
      return generic(t);
    }
  }
  return null;
}

/** "according to his top foreign policy aide" / "according to Witkoff". */
function speakerFromPhrase(input: AttributionInput, from: number): Speaker | null {
  const named = speakerStartingAt(input, from);
  if (named) return named;
  let last: Token | undefined;
  for (let i = from; i < input.tokens.length; i++) {
    const t = input.tokens[i]!;
    // The head noun ends at the first preposition: "his envoy | to Moscow".
    if ((t.tags.has('Preposition') || PHRASE_END.has(t.normal)) && last) break;
    if (t.tags.has('Noun') && !t.tags.has('Pronoun')) last = t;
    if (/[,.;:]/.test(t.post)) break;
  }
  return last
    ? { name: last.text, keys: [`~${last.root}`], named: false, start: last.start, end: last.end }
    : null;
}

/** A common noun capitalised only because it opens the sentence ("Officials", "Police"). */
function isCommonNoun(t: Token): boolean {
  return t.tags.has('Noun') && isCommonWord(t.normal);
}

/** An unnamed speaker ("officials", "sources"), keyed by its root so two reports can be compared. */
function generic(t: Token): Speaker {
  return { name: t.text, keys: [`~${t.root}`], named: false, start: t.start, end: t.end };
}

function isAdverb(t: Token): boolean {
  return t.tags.has('Adverb') && !/,/.test(t.post);
}

function pronoun(t: Token): Speaker {
  return { name: t.text, keys: [], named: false, start: t.start, end: t.end, resolvedFrom: 'pronoun' };
}

function isPersonLike(input: AttributionInput): (m: EntityMention) => boolean {
  return (m) =>
    !input.tokens.some(
      (t) => t.start >= m.start && t.end <= m.end && t.tags.has('Place') && m.text === t.text,
    );
}

function fromMentions(input: AttributionInput, all: readonly EntityMention[]): Speaker | null {
  // A capitalised sentence opener the name finder kept ("Despite", "However") names no one.
  const mentions = all.filter(
    (m) =>
      !input.tokens.some(
        (t) =>
          t.start === m.start &&
          t.end === m.end &&
          ['Preposition', 'Conjunction', 'Adverb', 'Determiner'].some((tag) => t.tags.has(tag)),
      ),
  );
  if (mentions.length === 0) return null;
  const keys = new Set<string>();
  for (const m of mentions) for (const key of speakerKeys(m.text)) keys.add(key);
  const start = mentions[0]!.start;
  const end = mentions[mentions.length - 1]!.end;
  return {
    name: input.text.slice(start - input.base, end - input.base),
    keys: [...keys],
    named: true,
    start,
    end,
  };
}

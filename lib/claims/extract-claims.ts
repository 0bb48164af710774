/**
 * Claim extraction for a whole article: one claim per sentence (a sentence the segmenter cut in
 * the middle is joined back), each with its parts, and the cross-sentence context resolved —
 * pronoun speakers ("he told CNN") and quotations continued in the next sentence.
 */
import { entityTokens, findEntities, type EntityMention } from '../text/entities';
import { foldName } from '../text/fold';
import { contentTerms } from '../text/tokens';
import { findAttribution } from './attribution';
import { findCertainty } from './certainty';
import { findDates } from './dates';
import { lineKind } from './line-kind';
import { isCommonWord, parseSentence, type Token } from './nlp';
import { findNumbers } from './numbers';
import { findQuotes } from './quotes';
import { splitSegments } from './segments';
import { speakerKeys } from './speaker-keys';
import { claimsSupported } from './language';
import { termsOf } from './terms';
import { CLAIMS_VERSION, type ArticleClaims, type Claim, type Span, type Speaker } from './types';

export interface ClaimSource {
  text: string;
  sentences: readonly Span[];
  /** The article's language tag; in a language claims do not support, there are none. */
  lang?: string | null;
}

/** A person who may be the antecedent of a later "he" or "she". */
interface Person {
  speaker: Speaker;
  gender: 'female' | 'male' | 'unknown';
}

/** How many recently named people a pronoun may refer back to. */
const MAX_ANTECEDENTS = 5;

/** A share of the sentence above which a sentence is a quotation (and continues its speaker's). */
const MOSTLY_QUOTED = 0.6;

/** The claims of an article. Deterministic, and total: any text gives a (possibly empty) list. */
export function extractClaims(article: ClaimSource): ArticleClaims {
  if (!claimsSupported(article.lang)) return { version: CLAIMS_VERSION, claims: [] };
  const units = claimUnits(article);
  const claims: Claim[] = [];
  // People named so far, latest first, with the gender their first name tells (if it does).
  const people: Person[] = [];
  for (const unit of units) {
    const { claim, person, speakerPerson } = buildClaim(article.text, unit);
    if (claim.kind === 'statement') {
      resolveContext(claim, claims[claims.length - 1], people);
      // "He" and "she" stand for a person: the last one quoted, or else named ("Police said…" is not one).
      const latest =
        claim.speaker?.named && !claim.speaker.resolvedFrom ? speakerPerson : !claim.speaker ? person : null;
      if (latest) people.unshift(latest);
      people.length = Math.min(people.length, MAX_ANTECEDENTS);
    }
    claims.push(claim);
  }
  return { version: CLAIMS_VERSION, claims };
}

interface Unit extends Span {
  sentences: number[];
  alone: boolean;
}

/** Sentences grouped into claim units, rejoining what the segmenter should not have cut. */
function claimUnits(article: ClaimSource): Unit[] {
  const { text, sentences } = article;
  const units: Unit[] = [];
  sentences.forEach((s, i) => {
    if (s.end <= s.start || s.start < 0 || s.end > text.length) return;
    const prev = units[units.length - 1];
    const gap = prev ? text.slice(prev.end, s.start) : '\n';
    const sameParagraph = !gap.includes('\n');
    // Joined: a sentence cut before a lower-case continuation, and the attribution after a quoted
    // exclamation or question ("“This is murder!” Papandreou thundered."), which segmenters split.
    const continues = /^[\p{Ll}]/u.test(text.slice(s.start, s.start + 1));
    const attributes =
      prev !== undefined &&
      /[!?][”"’»]$/u.test(text.slice(prev.start, prev.end)) &&
      !/^[“"‘«„]/u.test(text.slice(s.start, s.start + 1));
    if (prev && sameParagraph && (continues || attributes)) {
      prev.end = s.end;
      prev.sentences.push(i);
      return;
    }
    if (prev && sameParagraph) prev.alone = false;
    units.push({ start: s.start, end: s.end, sentences: [i], alone: !sameParagraph || !prev });
  });
  // A unit is alone when no other unit shares its paragraph.
  for (let i = 0; i + 1 < units.length; i++) {
    if (!text.slice(units[i]!.end, units[i + 1]!.start).includes('\n')) {
      units[i]!.alone = false;
      units[i + 1]!.alone = false;
    }
  }
  return units;
}

function buildClaim(
  text: string,
  unit: Unit,
): { claim: Claim; person: Person | null; speakerPerson: Person | null } {
  const sentence = text.slice(unit.start, unit.end);
  // In a Title Case line every word is capitalised, so capitals say nothing about names.
  const mentions = isHeadlineCase(sentence)
    ? []
    : joinNameParticles(sentence, findEntities(sentence)).map((m) => ({
        ...m,
        start: m.start + unit.start,
        end: m.end + unit.start,
      }));
  const kind = lineKind(sentence, unit.alone);
  const base: Claim = {
    start: unit.start,
    end: unit.end,
    sentences: unit.sentences,
    kind,
    // Statements take their terms from the tagger's lemmas below; other lines need no tagging.
    terms:
      kind === 'statement' ? [] : [...new Set(contentTerms(withoutNames(sentence, mentions, unit.start)))],
    predicates: [],
    entities: [...new Set(mentions.flatMap(nameKeys))],
    quotes: [],
    speaker: null,
    verb: null,
    venue: null,
    numbers: [],
    dates: [],
    certainty: [],
    negations: [],
    segments: [],
  };
  // Headings and credit lines carry no claim: skip the tagger, which is most of the cost.
  if (kind !== 'statement') return { claim: base, person: null, speakerPerson: null };
  const { tokens, numbers } = parseSentence(sentence, unit.start);
  const quotes = findQuotes(sentence, unit.start);
  const attribution = findAttribution({ text: sentence, base: unit.start, tokens, quotes, mentions });
  const verbToken = attribution.verb ? tokens.find((t) => t.root === attribution.verb) : undefined;
  const dates = findDates(tokens);
  const { certainty, negations } = findCertainty(sentence, unit.start, tokens, quotes, verbToken ?? null);
  const claim: Claim = {
    ...base,
    ...termsOf(tokens, mentions),
    quotes,
    speaker: attribution.speaker,
    verb: attribution.verb,
    venue: attribution.venue,
    numbers: findNumbers(tokens, numbers, dates),
    dates,
    certainty,
    negations,
    segments: splitSegments(sentence, unit.start),
  };
  const speaker = attribution.speaker;
  // A group ("Craig Zadan and Neil Meron") is "they", never "he" or "she".
  const one = speaker !== null && !/\s(and|&)\s/i.test(speaker.name);
  const speakerPerson =
    speaker?.named && one && isPersonName(tokens, speaker)
      ? { speaker, gender: genderOf(tokens, speaker) }
      : null;
  return { claim, person: firstPerson(mentions, tokens), speakerPerson };
}

/**
 * Folded keys of one name mention: "NATO-like" is NATO and "Trump-Putin" is two names, so a
 * hyphen splits the mention and its lower-case part is dropped.
 */
function nameKeys(mention: EntityMention): string[] {
  const parts = mention.text.split(/[-‐]/).filter((p) => /^\p{Lu}/u.test(p));
  const keys =
    parts.length > 1 || parts[0] !== mention.text ? parts.map((p) => ({ ...mention, text: p })) : [mention];
  return keys.map((m) => entityTokens([m]).join(' ')).filter(Boolean);
}

/** Lower-case particles inside surnames ("Van den Berg", "da Silva", "bin Salman"). */
const NAME_PARTICLES =
  /^\s+(?:(?:van|von|de|den|der|des|da|di|du|del|della|dos|le|la|ter|ten|op|bin|ibn|al)\s+)+$/i;

/** Joins name mentions that only a surname particle separates ("Ilse Van" + "den" + "Berg"). */
function joinNameParticles(sentence: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && NAME_PARTICLES.test(sentence.slice(last.end, m.start))) {
      const text = sentence.slice(last.start, m.end);
      out[out.length - 1] = { text, key: foldName(text), start: last.start, end: m.end };
    } else out.push(m);
  }
  return out;
}

/** Share of longer words that must be capitalised for a line to be in Title Case. */
const HEADLINE_CASE_SHARE = 0.8;

function isHeadlineCase(sentence: string): boolean {
  const long = sentence.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (long.length < 3) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= HEADLINE_CASE_SHARE * long.length;
}

/**
 * The sentence with its names blanked out: names are counted once, as folded entity tokens
 * (so "Zelenskyy" and "Zelenskiy" agree), not a second time as plain words.
 */
function withoutNames(
  sentence: string,
  mentions: readonly { start: number; end: number }[],
  base: number,
): string {
  let out = sentence;
  for (const m of mentions)
    out = out.slice(0, m.start - base) + ' '.repeat(m.end - m.start) + out.slice(m.end - base);
  return out;
}

/** Resolves a pronoun speaker and a quotation continued from the previous claim. */
function resolveContext(claim: Claim, previous: Claim | undefined, people: readonly Person[]): void {
  const speaker = claim.speaker;
  if (speaker && !speaker.named && speaker.resolvedFrom === 'pronoun') {
    // "she" is never a man named earlier, nor "he" a woman.
    const excluded = /^she$/i.test(speaker.name) ? 'male' : 'female';
    const antecedent = people.find((p) => p.gender !== excluded)?.speaker;
    claim.speaker = antecedent
      ? { ...speaker, name: antecedent.name, keys: antecedent.keys, named: antecedent.named }
      : null;
    return;
  }
  const quoted = claim.quotes.reduce((n, q) => n + (q.end - q.start), 0);
  if (
    !speaker &&
    previous?.speaker &&
    previous.quotes.length > 0 &&
    quoted >= MOSTLY_QUOTED * (claim.end - claim.start)
  ) {
    claim.speaker = { ...previous.speaker, resolvedFrom: 'quote-continuation' };
    claim.venue ??= previous.venue;
    claim.verb ??= previous.verb;
  }
}

/** Whether the tagger reads the name in `span` as a person's (not an outlet, place or group). */
function isPersonName(tokens: readonly Token[], span: Span): boolean {
  const inside = tokens.filter((t) => t.text && t.start >= span.start && t.end <= span.end);
  if (inside.some((t) => t.tags.has('Person'))) return true;
  const notPerson = (t: Token): boolean =>
    ['Organization', 'Place', 'Acronym'].some((tag) => t.tags.has(tag)) || isCommonWord(t.normal);
  if (inside.some(notPerson)) return false;
  return inside.length > 0;
}

/** The first name in the sentence that the tagger reads as a person's, as a possible antecedent of "he" or "she". */
function firstPerson(mentions: readonly EntityMention[], tokens: readonly Token[]): Person | null {
  for (const mention of mentions) {
    const person = tokens.some(
      (t) => t.start >= mention.start && t.end <= mention.end && t.tags.has('Person'),
    );
    const keys = speakerKeys(mention.text);
    if (!person || keys.length === 0) continue;
    const speaker: Speaker = {
      name: mention.text,
      keys,
      named: true,
      start: mention.start,
      end: mention.end,
    };
    return { speaker, gender: genderOf(tokens, mention) };
  }
  return null;
}

/** The gender a first name in `span` tells, when the tagger knows the name. */
function genderOf(tokens: readonly Token[], span: Span): Person['gender'] {
  // The first name decides: the tagger also knows some surnames as first names ("Meron").
  const first = tokens.find((t) => t.start >= span.start && t.end <= span.end && t.tags.has('FirstName'));
  if (first?.tags.has('FemaleName')) return 'female';
  if (first?.tags.has('MaleName')) return 'male';
  return 'unknown';
}

/**
 * A statement told over two sentences: the second refers back to the first ("… could offer
 * Article 5 protection. For the first time, Russia did not dismiss such a proposal."). When one
 * report's aligned statement is followed by an unaligned sentence that continues it, the two are
 * compared with the other report's statement as one claim, so what the continuation adds (here
 * its certainty) is judged against the same statement rather than left as "only in this report".
 */
import type { Claim } from './types';

/** Opens a sentence that leans on the one before: a pronoun subject or a demonstrative. */
const LEANS_BACK = /^(?:[^\p{L}]*)(?:he|she|they|it|this|these|that|those)\b/iu;
/** "such a proposal", "such an offer": a noun phrase that can only mean something said before. */
const SUCH = /\bsuch an?\b/iu;
/** A continuation is short, or it is a statement of its own. */
const MAX_CONTINUATION_TERMS = 12;

/** Whether claim `next` continues claim `prev` of the same article (adjacent, leaning back on it). */
export function continues(text: string, prev: Claim, next: Claim): boolean {
  if (next.kind !== 'statement' || prev.kind !== 'statement') return false;
  const gap = text.slice(prev.end, next.start);
  // Adjacent sentences of one paragraph.
  if (gap.includes('\n\n') || gap.trim() !== '') return false;
  if (next.terms.length > MAX_CONTINUATION_TERMS || next.quotes.length > 0) return false;
  const own = text.slice(next.start, next.end);
  return LEANS_BACK.test(own) || SUCH.test(own);
}

/** One claim of two adjacent ones: their spans joined and their parts together, the first's speaker and venue first. */
export function joinClaims(first: Claim, second: Claim): Claim {
  const unique = (xs: string[]): string[] => [...new Set(xs)];
  return {
    start: first.start,
    end: second.end,
    sentences: [...first.sentences, ...second.sentences],
    kind: 'statement',
    terms: unique([...first.terms, ...second.terms]),
    predicates: unique([...first.predicates, ...second.predicates]),
    entities: unique([...first.entities, ...second.entities]),
    quotes: [...first.quotes, ...second.quotes],
    speaker: first.speaker ?? second.speaker,
    verb: first.verb ?? second.verb,
    venue: first.venue ?? second.venue,
    numbers: [...first.numbers, ...second.numbers],
    dates: [...first.dates, ...second.dates],
    certainty: [...first.certainty, ...second.certainty],
    negations: [...first.negations, ...second.negations],
    segments: [...first.segments, ...second.segments],
  };
}

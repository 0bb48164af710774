/**
 * Where a sentence says its words were said: "told CNN", "on ABC’s This Week", "in an interview
 * with Reuters", or the outlet a speaker belongs to ("… of the Boston Herald"). Outside quotations
 * only.
 */
import type { AttributionInput } from './attribution';
import type { Token } from './nlp';
import { REPORTING } from './reporting-verbs';
import type { Speaker, Venue } from './types';
import { looksLikeOutlet, makeVenue, nameAt } from './venue';

const VENUE_PREPOSITIONS = new Set(['on', 'to', 'with']);

/** "told CNN", "told Fox News that", "said on ABC’s This Week", "in an interview with Reuters". */
export function venueAfter(
  input: AttributionInput,
  verbIndex: number,
  outside: (t: Token) => boolean,
): Venue | null {
  const { tokens } = input;
  const verb = tokens[verbIndex]!;
  if (verb.root === 'tell' && !/[,.;:]/.test(verb.post)) {
    const name = nameAt(tokens, verbIndex + 1);
    if (name && outside(tokens[name.from]!) && looksLikeOutlet(tokens, name.from, name.to))
      return makeVenue(input.text, input.base, tokens, name.from, name.to);
  }
  return null;
}

/** A venue phrase anywhere outside quotations: "on CNN’s State of the Union", "in an interview with the BBC". */
export function venueAnywhere(input: AttributionInput, outside: (t: Token) => boolean): Venue | null {
  const { tokens } = input;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!VENUE_PREPOSITIONS.has(t.normal) || !outside(t)) continue;
    const name = nameAt(tokens, i + 1);
    if (name && looksLikeOutlet(tokens, name.from, name.to) && isMediaFrame(tokens, i))
      return makeVenue(input.text, input.base, tokens, name.from, name.to);
  }
  return null;
}

/** "Michael Silverman of the Boston Herald": the outlet named right after the speaker. */
export function outletOfSpeaker(input: AttributionInput, speaker: Speaker): Venue | null {
  const { tokens } = input;
  const of = tokens.findIndex((t) => t.start >= speaker.end);
  if (of < 0 || tokens[of]!.normal !== 'of' || /[,;:]/.test(tokens[of - 1]?.post ?? '')) return null;
  const name = nameAt(tokens, of + 1);
  return name && looksLikeOutlet(tokens, name.from, name.to)
    ? makeVenue(input.text, input.base, tokens, name.from, name.to)
    : null;
}

/** "on X" is a venue only in a speech frame: near a reporting verb, "interview", "appearance", "speaking". */
function isMediaFrame(tokens: readonly Token[], at: number): boolean {
  for (let i = Math.max(0, at - 4); i < at; i++) {
    const t = tokens[i]!;
    if (
      REPORTING.has(t.root) ||
      /^(interview|appearance|speak|speaking|spoke|appear|appeared|remarks|broadcast|aired)$/.test(t.normal)
    )
      return true;
  }
  return false;
}

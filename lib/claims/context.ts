/**
 * What a comparison needs to know about a whole article besides the two claims in hand: the
 * venues each speaker is quoted from anywhere in it (a statement without a venue inherits them:
 * "Witkoff also said…" after "Witkoff told CNN…"), and every term, number and date it mentions
 * (a detail is only one source's when the other never mentions it anywhere).
 */
import { contentWords } from './nearby';
import type { Claim, DateMention, NumberMention, Speaker, Venue } from './types';

export interface ArticleContext {
  text: string;
  claims: readonly Claim[];
  /** Named venues per speaker key. */
  venuesBySpeaker: Map<string, Venue[]>;
  terms: Set<string>;
  /**
   * Words so frequent in the article's statements that they say what the story is, not what one
   * claim says. Computed on first use: most comparisons never need it.
   */
  readonly topical: Set<string>;
  numbers: NumberMention[];
  dates: DateMention[];
}

/** Contexts by claim list: an analysis compares one article's claims with many others. */
const cache = new WeakMap<readonly Claim[], ArticleContext>();

export function articleContext(text: string, claims: readonly Claim[]): ArticleContext {
  const cached = cache.get(claims);
  if (cached?.text === text) return cached;
  const context = buildContext(text, claims);
  cache.set(claims, context);
  return context;
}

function buildContext(text: string, claims: readonly Claim[]): ArticleContext {
  const venuesBySpeaker = new Map<string, Venue[]>();
  const terms = new Set<string>();
  const numbers: NumberMention[] = [];
  const dates: DateMention[] = [];
  for (const c of claims) {
    for (const t of c.terms) terms.add(t);
    for (const e of c.entities) for (const part of e.split(' ')) terms.add(part);
    numbers.push(...c.numbers);
    dates.push(...c.dates);
    if (c.venue && !c.venue.generic && c.speaker?.named) {
      for (const key of c.speaker.keys)
        venuesBySpeaker.set(key, [...(venuesBySpeaker.get(key) ?? []), c.venue]);
    }
  }
  let topical: Set<string> | undefined;
  return {
    text,
    claims,
    venuesBySpeaker,
    terms,
    get topical() {
      return (topical ??= topicalWords(text, claims));
    },
    numbers,
    dates,
  };
}

/** A word in at least this many statements, and this share of them, is the story's own. */
const TOPICAL_MIN_CLAIMS = 3;
const TOPICAL_SHARE = 0.1;

function topicalWords(text: string, claims: readonly Claim[]): Set<string> {
  const counts = new Map<string, number>();
  let statements = 0;
  for (const c of claims) {
    if (c.kind !== 'statement') continue;
    statements++;
    for (const w of new Set(contentWords(text.slice(c.start, c.end))))
      counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const floor = Math.max(TOPICAL_MIN_CLAIMS, TOPICAL_SHARE * statements);
  return new Set([...counts].filter(([, n]) => n >= floor).map(([w]) => w));
}

/** The venues a claim was made at: its own, or else every venue its speaker has in the article. */
export function venuesOf(claim: Claim, context: ArticleContext): { venues: Venue[]; inherited: boolean } {
  if (claim.venue && !claim.venue.generic) return { venues: [claim.venue], inherited: false };
  const speaker: Speaker | null = claim.speaker;
  if (!speaker?.named) return { venues: [], inherited: true };
  const venues = speaker.keys.flatMap((k) => context.venuesBySpeaker.get(k) ?? []);
  return { venues: [...new Set(venues)], inherited: true };
}

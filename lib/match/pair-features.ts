/**
 * The evidence that two articles report the same event, as a few numbers a calibrated model weighs
 * (lib/match/model.ts): how much they share of each kind of key, whether each side's most salient
 * names are in the other, whether their salient numbers disagree, how far apart in time they are,
 * and how short the shorter one is.
 */
import { compareDates } from './event-dates';
import { KINDS, overlap, type Overlap, type TermVector } from './vector';

export interface PairSide {
  vector: TermVector;
  /** Days since the epoch, or null when unknown. */
  day: number | null;
  /** Words in the text. */
  length: number;
  /** The event's dates, resolved (lib/match/event-dates.ts); empty when the lede gives none. */
  dates: ArrayLike<number>;
}

/** Names of the values pairFeatures returns, in order (the model's coefficients follow this order). */
export const PAIR_FEATURES = [
  'termCosine',
  'nameCosine',
  'fullNameCosine',
  'quantityCosine',
  'ledeCosine',
  'topNameCover',
  'topTermCover',
  'timeGap',
  'shortLength',
  'quantityConflict',
  'ledeNameCosine',
  'topNameCoverMin',
  'datesAgree',
  'weekdayConflict',
] as const;

export interface PairEvidence {
  values: number[];
  overlap: Overlap;
  /** Days between the two, null when either date is unknown. */
  days: number | null;
  /** Days between the nearest event dates of the two ledes, null when either gives none. */
  dateGap: number | null;
  /** Both have confirmed names (lib/match/names.ts), and none is common to both. */
  namesDisjoint: boolean;
}

/** Reports of one event appear within about two days of each other; later gaps count from there. */
const SAME_NEWS_CYCLE_DAYS = 2;
/** Two event dates this close name one day (a report filed after midnight, "yesterday" read a day off). */
const DATE_AGREES_DAYS = 1;

/** The evidence for `a` and `b`; symmetric. */
export function pairFeatures(a: PairSide, b: PairSide): PairEvidence {
  const o = overlap(a.vector, b.vector);
  const days = a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : null;
  const dates = compareDates(a.dates, b.dates);
  return {
    values: [
      o.cosine[0]!,
      o.cosine[1]!,
      o.cosine[2]!,
      o.cosine[3]!,
      o.cosine[4]!,
      o.topCover[1]!,
      o.topCover[0]!,
      // An unknown date is no evidence either way, like a gap within the news cycle.
      days === null ? 0 : Math.log1p(Math.max(0, days - SAME_NEWS_CYCLE_DAYS)),
      Math.log1p(Math.min(a.length, b.length)),
      quantityConflict(a.vector, b.vector, o),
      o.cosine[5]!,
      o.topCoverMin[1]!,
      dates.gap !== null && dates.gap <= DATE_AGREES_DAYS ? 1 : 0,
      dates.weekdayConflict ? 1 : 0,
    ],
    overlap: o,
    days,
    dateGap: dates.gap,
    namesDisjoint: a.vector.confirmedNames && b.vector.confirmedNames && o.sharedConfirmedNames === 0,
  };
}

const QUANTITY = KINDS.indexOf('q');

/**
 * How far both sides' salient numbers disagree (0 when either has none): one minus the larger share
 * of a side's heaviest quantities found in the other. Two reports of one event repeat its numbers
 * (23 pirates, a sixth-round stoppage, 90 days); two events of one kind, told in the same words and
 * often with the same names, differ in them. A side with no numbers is silent, not in conflict.
 */
function quantityConflict(a: TermVector, b: TermVector, o: Overlap): number {
  return a.norms[QUANTITY]! > 0 && b.norms[QUANTITY]! > 0 ? 1 - o.topCover[QUANTITY]! : 0;
}

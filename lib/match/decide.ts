/**
 * The verdict on a candidate the story clustering took in: "same story" only when something of the
 * event itself is shared, a date, its numbers, or the main names of both reports, or when the pair
 * is conclusive by itself; otherwise "related". Two events of one kind told in the same words and
 * with the same names (two arrests, two votes, one inquiry's steps months apart) look alike
 * everywhere but there, and a false "same story" invents every difference it then shows.
 * The explanation says what was shared, and what was missing or disagreed.
 */
import { PAIR_FEATURES, type PairEvidence } from './pair-features';

export type Verdict = 'same' | 'related';

export interface Decision {
  verdict: Verdict;
  /** One line for the reader: what decided. */
  summary: string;
  /** What was missing or disagreed (empty when nothing did). */
  doubts: string[];
}

/** Shared numbers count when they weigh this much and most of both sides' salient ones agree. */
const SHARED_NUMBERS = 0.2;
const NUMBERS_DISAGREE = 0.5;
/** Both reports' three main names are at least half in the other. */
const SHARED_PARTICIPANTS = 0.5;
/** Publication days this close are one news cycle. */
const SAME_CYCLE_DAYS = 2;
/** Event dates further apart than this are another event, or the background's chronology. */
const OTHER_DATE_DAYS = 7;

const at = (name: (typeof PAIR_FEATURES)[number]) => PAIR_FEATURES.indexOf(name);
const DATES_AGREE = at('datesAgree');
const QUANTITY = at('quantityCosine');
const QUANTITY_CONFLICT = at('quantityConflict');
const COVER_MIN = at('topNameCoverMin');
const WEEKDAY_CONFLICT = at('weekdayConflict');

/** What of the event itself two reports share: the reasons a "same story" may rest on. */
export function eventSupport(e: PairEvidence): string[] {
  const v = e.values;
  const out: string[] = [];
  if (v[DATES_AGREE]! > 0) out.push('the same date');
  if (v[QUANTITY]! >= SHARED_NUMBERS && v[QUANTITY_CONFLICT]! < NUMBERS_DISAGREE)
    out.push('the same numbers');
  if (v[COVER_MIN]! >= SHARED_PARTICIPANTS) out.push("both reports' main names");
  if (e.days !== null && e.days <= SAME_CYCLE_DAYS)
    out.push(e.days === 0 ? 'published the same day' : `published ${e.days} days apart`);
  return out;
}

/** What is missing from, or disagrees in, the pair's evidence. */
export function eventDoubts(e: PairEvidence): string[] {
  const v = e.values;
  const out: string[] = [];
  if (v[WEEKDAY_CONFLICT]! > 0) out.push('they name different weekdays');
  if (e.dateGap !== null && e.dateGap > OTHER_DATE_DAYS) out.push(`their dates are ${e.dateGap} days apart`);
  if (v[QUANTITY_CONFLICT]! >= NUMBERS_DISAGREE) out.push('their numbers differ');
  if (e.dateGap === null && v[WEEKDAY_CONFLICT]! === 0) out.push('no date of the event in both');
  if (e.days === null) out.push('no publication date on both');
  return out;
}

/**
 * The verdict on a candidate the clustering put in the query's story (`clustered`), given its own
 * same-story probability and the pair's evidence: with nothing of the event shared, it takes a
 * pair at `conclusive` or above (Models.conclusive) to say "same story". Candidates outside the
 * story are related at most.
 */
export function decide(
  clustered: boolean,
  probability: number,
  e: PairEvidence,
  conclusive: number,
): Decision {
  const support = eventSupport(e);
  const doubts = eventDoubts(e);
  if (!clustered) return { verdict: 'related', summary: 'Similar coverage, not the same event', doubts };
  if (support.length > 0) return { verdict: 'same', summary: `Same event: ${support.join(', ')}`, doubts };
  if (probability >= conclusive)
    return { verdict: 'same', summary: 'Same event: the reports tell it in the same words', doubts };
  return {
    verdict: 'related',
    summary: 'Related: same kind of event and the same names, but nothing of the event itself is shared',
    doubts: ['no date, number or main name of the event in common', ...doubts],
  };
}

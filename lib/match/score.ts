/**
 * Scoring of article pairs from their stored features: weights from IDF, pair evidence, and the
 * calibrated probabilities of "same story" and "related".
 */
import type { StoredFeatures } from './feature-row';
import { DEFAULT_MODELS, probability, sameStoryProbability, type Models } from './model';
import { pairFeatures, type PairEvidence, type PairSide } from './pair-features';
import { resolveDates, type DateMention } from './event-dates';
import { idfOf, weightVector } from './vector';

export { DEFAULT_MODELS, type Models } from './model';

export interface PairScore {
  /** Probability that the two report the same story. */
  sameStory: number;
  /** Probability that they are related coverage (same kind of event, or the same story). */
  related: number;
  evidence: PairEvidence;
}

/**
 * Scores two weighted articles. Two reports that both have confirmed names (lib/match/names.ts) but
 * share none are never the same story: on stories-dev none of the 1,606 same-story pairs the matcher
 * retrieves is such a pair, and 697 of its 1,968 other pairs are; templated reports (results,
 * earnings, flood warnings) differ in little but their names.
 */
export function scoreSides(a: PairSide, b: PairSide, models: Models = DEFAULT_MODELS): PairScore {
  const evidence = pairFeatures(a, b);
  return {
    sameStory: evidence.namesDisjoint ? 0 : sameStoryProbability(models, evidence.values),
    related: probability(models.related, evidence.values),
    evidence,
  };
}

/** Counts of an article's keys: query features, or a stored row once its vocabulary is unpacked. */
export interface Counts {
  vocab: readonly string[];
  hashes: ArrayLike<number>;
  kinds: ArrayLike<number>;
  tf: ArrayLike<number>;
  lead: ArrayLike<number>;
  day: number | null;
  length: number;
  /** Resolved event dates (datesOf). */
  dates: ArrayLike<number>;
}

/** A stored row weighted with its own IDF snapshot (its vocabulary is not even unpacked). */
export function storedSide(row: StoredFeatures): PairSide {
  return {
    vector: weightVector(row.hashes, row.kinds, row.tf, row.lead, row.idf),
    day: row.day,
    length: row.length,
    dates: row.dates ?? NO_DATES,
  };
}

/** Features weighted with live document frequencies. */
export function liveSide(f: Counts, df: (key: string) => number, docCount: number): PairSide {
  const idf = f.vocab.map((k) => idfOf(df(k), docCount));
  return {
    vector: weightVector(f.hashes, f.kinds, f.tf, f.lead, idf),
    day: f.day,
    length: f.length,
    dates: f.dates,
  };
}

const NO_DATES = new Int32Array(0);

/** The resolved event dates of query features: a stored row's own, or computed features' mentions resolved with `day`. */
export function datesOf(
  f: { dates?: ArrayLike<number>; dateMentions?: readonly DateMention[] },
  day: number | null,
): ArrayLike<number> {
  return f.dates ?? (f.dateMentions ? resolveDates(f.dateMentions, day) : NO_DATES);
}

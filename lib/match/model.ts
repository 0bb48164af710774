/**
 * Calibrated logistic models over the pair evidence of lib/match/pair-features.ts: the probability
 * that two articles report the same story, and that they are related coverage (the same kind of
 * event, or the same story); and the average probability at which a report joins the query's story.
 *
 * Fitted by `npm run -s eval:stories -- <articles.jsonl> --fit` on stories-dev (ECB+ topics 1–12);
 * README ("Same-story matching") has the fitting data and its leave-one-topic-out figures.
 */
import { PAIR_FEATURES } from './pair-features';

export interface LogisticModel {
  /** Coefficients in PAIR_FEATURES order. */
  weights: readonly number[];
  bias: number;
}

export interface Models {
  /** Same story given related coverage (sameStoryProbability multiplies the two). */
  sameStory: LogisticModel;
  related: LogisticModel;
  /** Mean pairwise same-story probability at which average-link clustering merges two groups. */
  storyThreshold: number;
  /**
   * The probability from which a clustered pair is the same story even though it shares no date,
   * number or main name of the event (lib/match/decide.ts); below it, such a pair is "related".
   */
  conclusive: number;
}

/**
 * Coefficient of `timeGap` (log of days beyond two), fixed rather than fitted: the fitting data has
 * no publication dates. −1 turns a pair at 0.95 into 0.75 a week apart and 0.4 a month apart:
 * follow-ups stay within reach, a same-kind event months later does not.
 */
export const TIME_GAP_WEIGHT = -1;

/**
 * The probability that a pair with evidence `x` reports the same story: related coverage (the same
 * kind of event) times the same event given that. The second model is fitted on related pairs only,
 * so its weights separate two events of one kind rather than a story from unrelated news.
 */
export function sameStoryProbability(models: Models, x: readonly number[]): number {
  return probability(models.related, x) * probability(models.sameStory, x);
}

/** Probability of the positive class for evidence `x`. */
export function probability(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < PAIR_FEATURES.length; i++) z += model.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

export const DEFAULT_MODELS: Models = {
  sameStory: {
    weights: [
      0.593,
      6.941,
      -0.252,
      2.291,
      3.535,
      0.092,
      1.68,
      TIME_GAP_WEIGHT,
      0.2,
      -1.635,
      0.122,
      1.114,
      4.883,
      -1.118,
    ],
    bias: -3.206,
  },
  related: {
    weights: [
      14.337,
      8.313,
      3.725,
      -0.843,
      6.112,
      0.943,
      0.697,
      TIME_GAP_WEIGHT,
      -0.187,
      -0.432,
      0.0,
      0.0,
      0.0,
      0.0,
    ],
    bias: -0.7,
  },
  storyThreshold: 0.5,
  conclusive: 0.9,
};

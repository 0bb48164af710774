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
  sameStory: LogisticModel;
  related: LogisticModel;
  /** Mean pairwise same-story probability at which average-link clustering merges two groups. */
  storyThreshold: number;
}

/**
 * Coefficient of `timeGap` (log of days beyond two), fixed rather than fitted: the fitting data has
 * no publication dates. −1 turns a pair at 0.95 into 0.75 a week apart and 0.4 a month apart:
 * follow-ups stay within reach, a same-kind event months later does not.
 */
export const TIME_GAP_WEIGHT = -1;

/** Probability of the positive class for evidence `x`. */
export function probability(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < PAIR_FEATURES.length; i++) z += model.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

export const DEFAULT_MODELS: Models = {
  sameStory: {
    weights: [1.278, 8.162, -0.456, 2.619, 3.8, 0.285, 1.752, TIME_GAP_WEIGHT, 0.109, -1.663],
    bias: -3.322,
  },
  related: {
    weights: [14.337, 8.313, 3.725, -0.843, 6.112, 0.943, 0.697, TIME_GAP_WEIGHT, -0.187, -0.432],
    bias: -0.7,
  },
  storyThreshold: 0.55,
};

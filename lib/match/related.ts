/**
 * Related coverage from a query's scored candidates (lib/corpus/find-related.ts retrieves them): the
 * query and its strongest candidates are clustered by average link (story.ts), so a report joins
 * the story when it is linked to the story's reports as a whole, and a similar event stays apart
 * when its reports are tighter among themselves than with this one.
 */
import { SYNDICATED_SIMILARITY, type Candidate, type QueryFeatures } from './candidates';
import { decide } from './decide';
import { explain, type MatchReason } from './explain';
import { keyLabels } from './features';
import { vocabOf } from './feature-row';
import { minhashSimilarity } from './fingerprint';
import { DEFAULT_MODELS, type Models } from './model';
import { storyMatrix, storyOf } from './story';

export interface RelatedMatch {
  id: string;
  /** Calibrated probability (0–1) that this article reports the same story as the query. */
  score: number;
  sameStory: boolean;
  /** Near-identical text: a syndicated or republished copy of the query itself. */
  syndicated: boolean;
  /** A copy of this better-ranked result (one wire story run by several outlets counts once), else null. */
  copyOf: string | null;
  why: MatchReason;
}

export interface MatchQuery {
  title: string;
  text: string;
  /** Days since the epoch of the publication date, or null. */
  day: number | null;
  /** Precomputed features (stored articles have them). */
  features?: QueryFeatures;
}

/** Probability of related coverage from which an article outside the story is listed: more likely than not. */
export const RELATED_PROBABILITY = 0.5;
/** The pairwise probability at which a pair alone makes the same story (the clustering's merge level). */
export const SAME_STORY_THRESHOLD = DEFAULT_MODELS.storyThreshold;

/** Same-story and related articles among `candidates` of `query`: the story first, then related coverage, best first. */
export function relatedMatches(
  query: MatchQuery,
  features: QueryFeatures,
  candidates: readonly Candidate[],
  options: { models?: Models; limit?: number } = {},
): RelatedMatch[] {
  const models = options.models ?? DEFAULT_MODELS;
  const story = storyOf(candidates, storyMatrix(candidates, models), models.storyThreshold);
  const vocab = vocabOf(features);
  let labels: Map<string, string> | undefined;
  const label = (key: string) => (labels ??= keyLabels(query.title, query.text)).get(key) ?? key.slice(2);
  const results: RelatedMatch[] = [];
  for (const c of candidates) {
    const clustered = story.members.has(c) || c.copy;
    if (!clustered && c.score.related < RELATED_PROBABILITY) continue;
    const decision = c.copy
      ? { verdict: 'same' as const, summary: 'Same text: a copy of this report', doubts: [] }
      : decide(clustered, c.score.sameStory, c.score.evidence, models.conclusive);
    const inStory = decision.verdict === 'same';
    const through = inStory && c.score.sameStory < models.storyThreshold ? story.linkedThrough(c) : [];
    results.push({
      id: c.row.id,
      score: round(c.score.sameStory),
      sameStory: inStory,
      syndicated: c.copy,
      copyOf: null,
      why: {
        ...explain(vocab, c.score.evidence.overlap, c.score.evidence.days, label, through),
        summary: decision.summary,
        doubts: decision.doubts,
      },
    });
  }
  results.sort(
    (a, b) => Number(b.sameStory) - Number(a.sameStory) || b.score - a.score || (a.id < b.id ? -1 : 1),
  );
  const shown = results.slice(0, options.limit ?? 20);
  markCopies(shown, new Map(candidates.map((c) => [c.row.id, c.row.minhash])));
  return shown;
}

/** Marks each same-story result that copies a better-ranked one (not the query: that is `syndicated`). */
function markCopies(results: RelatedMatch[], minhash: ReadonlyMap<string, readonly number[]>): void {
  results.forEach((r, i) => {
    if (!r.sameStory || r.syndicated) return;
    const original = results
      .slice(0, i)
      .find(
        (o) =>
          o.sameStory &&
          !o.syndicated &&
          !o.copyOf &&
          minhashSimilarity(minhash.get(o.id)!, minhash.get(r.id)!) >= SYNDICATED_SIMILARITY,
      );
    r.copyOf = original?.id ?? null;
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

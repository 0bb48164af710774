/**
 * The query's story among its candidates: the query and its strongest candidates clustered by
 * average link over their pairwise same-story probabilities (lib/match/cluster.ts).
 */
import type { Candidate } from './candidates';
import { averageLinkGroups } from './cluster';
import { scoreSides, type Models } from './score';

/**
 * Candidates clustered with the query: more than a story usually has reports in one corpus, so a
 * competing story's reports are there to hold their own together.
 */
const STORY_CANDIDATES = 30;
/** A candidate this unlikely cannot sway a cluster whose merges need a mean near one half. */
const STORY_FLOOR = 0.02;

/** Pairwise probabilities among the query (index 0) and its strongest candidates. */
export interface StoryMatrix {
  local: Candidate[];
  p: number[][];
}

/** Scores every pair of the query's strongest candidates (the costly step: up to 435 pairs). */
export function storyMatrix(candidates: readonly Candidate[], models: Models): StoryMatrix {
  const local = candidates.filter((c) => c.score.sameStory >= STORY_FLOOR).slice(0, STORY_CANDIDATES);
  const n = local.length + 1;
  const p: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      p[i]![j] = p[j]![i] =
        i === 0
          ? local[j - 1]!.score.sameStory
          : scoreSides(local[i - 1]!.side, local[j - 1]!.side, models).sameStory;
    }
  return { local, p };
}

export interface Story {
  members: Set<Candidate>;
  /** The story's reports most strongly tied to `c` (for a member the query alone does not decide). */
  linkedThrough(c: Candidate): string[];
}

/** The query's story: its average-link cluster at `threshold`, plus any further candidate conclusive by itself. */
export function storyOf(candidates: readonly Candidate[], matrix: StoryMatrix, threshold: number): Story {
  const { local, p } = matrix;
  const group = averageLinkGroups(local.length + 1, (i, j) => p[i]![j]!, threshold).find((g) => g[0] === 0)!;
  const members = new Set(group.filter((i) => i > 0).map((i) => local[i - 1]!));
  for (const c of candidates.slice(local.length)) if (c.score.sameStory >= threshold) members.add(c);
  const indexOf = new Map(local.map((c, i) => [c, i + 1]));
  return {
    members,
    linkedThrough(c) {
      const i = indexOf.get(c);
      if (i === undefined) return [];
      return group
        .filter((j) => j > 0 && j !== i && p[i]![j]! >= threshold)
        .sort((a, b) => p[i]![b]! - p[i]![a]!)
        .slice(0, 3)
        .map((j) => local[j - 1]!.row.id);
    },
  };
}

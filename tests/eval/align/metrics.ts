/** Link precision, recall and F1, micro-averaged over every predicted and gold sentence link. */

export interface LinkCounts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface LinkScores extends LinkCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Adds the counts of one article pair. */
export function countLinks(
  predicted: ReadonlySet<string>,
  gold: ReadonlySet<string>,
  into: LinkCounts,
): void {
  for (const link of predicted) if (gold.has(link)) into.truePositives++;
  into.predicted += predicted.size;
  into.gold += gold.size;
}

/** Scores from counts (no prediction at all has precision 1 and recall 0). */
export function scores(c: LinkCounts): LinkScores {
  const precision = c.predicted ? c.truePositives / c.predicted : 1;
  const recall = c.gold ? c.truePositives / c.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

export function emptyCounts(): LinkCounts {
  return { truePositives: 0, predicted: 0, gold: 0 };
}

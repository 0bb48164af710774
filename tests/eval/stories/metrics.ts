/**
 * Clustering quality of same-story links against gold clusters: pairwise precision/recall/F1 over
 * unordered article pairs, and BCubed over each article's own neighbourhood (itself plus the
 * articles it is linked to), which is what a reader of one article sees.
 */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface LinkQuality {
  pairwise: Scores & { truePositives: number; predicted: number; gold: number };
  bcubed: Scores;
}

/** Key of an unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Scores the undirected links `links` (pair keys) against `clusterOf`. A pair counts as linked when
 * either article lists the other: a wrong link shown in one direction is still shown to a reader.
 */
export function linkQuality(clusterOf: ReadonlyMap<string, string>, links: ReadonlySet<string>): LinkQuality {
  const ids = [...clusterOf.keys()];
  const members = new Map<string, string[]>();
  for (const id of ids) {
    const c = clusterOf.get(id)!;
    members.set(c, [...(members.get(c) ?? []), id]);
  }
  let gold = 0;
  for (const m of members.values()) gold += (m.length * (m.length - 1)) / 2;
  let tp = 0;
  const neighbours = new Map<string, Set<string>>(ids.map((id) => [id, new Set([id])]));
  for (const key of links) {
    const [a, b] = key.split('\u0000') as [string, string];
    if (!clusterOf.has(a) || !clusterOf.has(b)) continue;
    if (clusterOf.get(a) === clusterOf.get(b)) tp++;
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  let bp = 0;
  let br = 0;
  for (const id of ids) {
    const c = clusterOf.get(id)!;
    const mine = neighbours.get(id)!;
    const correct = [...mine].filter((n) => clusterOf.get(n) === c).length;
    bp += correct / mine.size;
    br += correct / members.get(c)!.length;
  }
  return {
    pairwise: { ...prf(tp, links.size, gold), truePositives: tp, predicted: links.size, gold },
    bcubed: prfFrom(bp / ids.length, br / ids.length),
  };
}

/** Precision, recall and F1 from counts (an empty prediction has precision 1). */
export function prf(truePositives: number, predicted: number, gold: number): Scores {
  return prfFrom(predicted ? truePositives / predicted : 1, gold ? truePositives / gold : 1);
}

function prfFrom(precision: number, recall: number): Scores {
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

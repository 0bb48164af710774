/**
 * Corroboration: how many sources carry each claim of an article, among the same-story articles it
 * was compared with. Copies count once: an article that is a syndicated copy of this one adds
 * nothing, and copies of each other (wire stories republished) form one source.
 */
import type { Claim, Passage } from './types';

export interface Corroboration extends Passage {
  /** This article plus every independent source that carries the claim. */
  sources: number;
  /** Ids of the articles that carry it (copies included). */
  carriedBy: string[];
}

export interface CorroboratingArticle {
  id: string;
  /** Indices of the analysed article's claims that this article carries (aligned with one of its own). */
  carried: ReadonlySet<number>;
  /** A syndicated copy of the article being analysed. */
  syndicated: boolean;
}

/**
 * Source counts for every statement of the article, in text order. `areCopies` says whether two of
 * the other articles (by id) are copies of one another (the matcher's near-duplicate test).
 */
export function corroborate(
  text: string,
  claims: readonly Claim[],
  others: readonly CorroboratingArticle[],
  areCopies: (a: string, b: string) => boolean = () => false,
): Corroboration[] {
  const origin = originsOf(others, areCopies);
  const carriers = claims.map(() => new Set<number>());
  others.forEach((other, k) => {
    for (const i of other.carried) carriers[i]?.add(k);
  });
  const out: Corroboration[] = [];
  claims.forEach((c, i) => {
    if (c.kind !== 'statement') return;
    const ks = [...carriers[i]!].sort((x, y) => x - y);
    const independent = new Set(ks.map((k) => origin[k]).filter((o) => o !== SELF));
    out.push({
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      sources: 1 + independent.size,
      carriedBy: ks.map((k) => others[k]!.id),
    });
  });
  return out;
}

const SELF = -1;

/** An origin per article: SELF for copies of the analysed article, else one number per group of copies. */
function originsOf(
  others: readonly CorroboratingArticle[],
  areCopies: (a: string, b: string) => boolean,
): number[] {
  const parent = others.map((o, i) => (o.syndicated ? SELF : i));
  const find = (i: number): number => {
    while (parent[i] !== SELF && parent[i] !== i) i = parent[i]!;
    return parent[i] === SELF ? SELF : i;
  };
  for (let i = 0; i < others.length; i++) {
    for (let j = 0; j < i; j++) {
      if (!areCopies(others[i]!.id, others[j]!.id)) continue;
      const ri = find(i);
      const rj = find(j);
      if (ri === rj) continue;
      // A copy of a copy of the analysed article is one too.
      if (ri === SELF) parent[rj] = SELF;
      else if (rj === SELF) parent[ri] = SELF;
      else parent[ri] = rj;
    }
  }
  return others.map((_, i) => find(i));
}

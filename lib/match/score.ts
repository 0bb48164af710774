/**
 * Similarity of two articles from their stored features: TF-IDF cosine over terms and over entities,
 * adjusted for the time between them. Pure; the corpus supplies document frequencies.
 */
import type { StoredFeatures } from '../corpus/db';

export interface PairScore {
  score: number;
  termCosine: number;
  entityCosine: number;
  /** Days between the two publication dates, when both are known. */
  days: number | null;
  sharedEntities: string[];
  sharedTerms: string[];
}

export interface Weighting {
  /** Document frequency of a "t:"/"e:" key in the corpus. */
  df: (key: string) => number;
  docCount: number;
}

const PRIOR_DOCS = 20;

type Feat = Pick<StoredFeatures, 'terms' | 'entities' | 'day'>;

/** Scores `a` against `b`; symmetric for a fixed weighting. */
export function scorePair(a: Feat, b: Feat, weighting: Weighting): PairScore {
  const terms = cosine(a.terms, b.terms, 't:', weighting);
  const entities = cosine(a.entities, b.entities, 'e:', weighting);
  const days = a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : null;
  // Same-story coverage clusters within days; a month apart it is at most follow-up coverage.
  const timeFactor = days === null || days <= 3 ? 1 : Math.max(0.5, 1 - (days - 3) / 60);
  return {
    score: (0.55 * terms.cosine + 0.45 * entities.cosine) * timeFactor,
    termCosine: terms.cosine,
    entityCosine: entities.cosine,
    days,
    sharedEntities: entities.shared,
    sharedTerms: terms.shared,
  };
}

function cosine(
  a: readonly [string, number][],
  b: readonly [string, number][],
  prefix: string,
  weighting: Weighting,
): { cosine: number; shared: string[] } {
  const weight = (key: string, tf: number): number => {
    const df = weighting.df(prefix + key);
    // IDF with a prior of PRIOR_DOCS pseudo-documents that hold none of the key: on a corpus of a
    // few articles plain IDF would punish exactly the terms two reports of one story share.
    return (1 + Math.log(tf)) * Math.log((weighting.docCount + PRIOR_DOCS) / (df + 1));
  };
  const bWeights = new Map<string, number>();
  let bNorm = 0;
  for (const [key, tf] of b) {
    const w = weight(key, tf);
    bWeights.set(key, w);
    bNorm += w * w;
  }
  let aNorm = 0;
  let dot = 0;
  const shared: [string, number][] = [];
  for (const [key, tf] of a) {
    const w = weight(key, tf);
    aNorm += w * w;
    const other = bWeights.get(key);
    if (other !== undefined) {
      dot += w * other;
      shared.push([key, w * other]);
    }
  }
  const norm = Math.sqrt(aNorm) * Math.sqrt(bNorm);
  shared.sort((x, y) => y[1] - x[1]);
  return { cosine: norm > 0 ? dot / norm : 0, shared: shared.slice(0, 8).map(([k]) => k) };
}

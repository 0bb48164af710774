/**
 * Why two articles matched, in words a reader recognises: the shared names, terms and numbers that
 * weigh most in the pair (labelled with the query's own spelling), and the time between them.
 */
import { sharedByWeight, type Overlap } from './vector';

export interface MatchReason {
  /** Shared names, heaviest first ("Zelenskyy", "Witkoff"); spelling variants count as one. */
  sharedEntities: string[];
  /** Shared content words that are not names. */
  sharedTerms: string[];
  /** Shared quantities ("26", "6.1"); optional so hand-made reasons (tests, fixtures) may leave it out. */
  sharedNumbers?: string[];
  /** Days between publication dates, null when either is unknown. */
  days: number | null;
  /**
   * Same-story reports that tie this one to the story when the pair alone is not conclusive (its own
   * probability is below one half); empty or absent when the pair decides by itself.
   */
  linkedThrough?: string[];
  /**
   * The verdict in one line ("Same event: the same date, …", "Related: … nothing of the event itself
   * is shared"); optional so hand-made reasons may leave it out (lib/match/decide.ts).
   */
  summary?: string;
  /** What was missing or disagreed ("no date of the event in both", "their numbers differ"). */
  doubts?: string[];
}

/** How many of each list are kept. */
const SHOWN = 8;

/** The reason for a match of `overlap` between the query (whose `vocab` it indexes) and another article. */
export function explain(
  vocab: readonly string[],
  o: Overlap,
  days: number | null,
  label: (key: string) => string,
  linkedThrough: string[] = [],
): MatchReason {
  const names: string[] = [];
  const terms: string[] = [];
  const numbers: string[] = [];
  for (const i of sharedByWeight(o)) {
    const key = vocab[i]!;
    const kind = key[0];
    if (kind === 'e' || kind === 'p') names.push(label(key));
    else if (kind === 't') terms.push(label(key));
    else numbers.push(key.slice(2));
  }
  const uniqueNames = dedupe(names);
  // A name word already shown inside a longer name ("Witkoff" in "Steve Witkoff") says nothing new.
  const shownWords = new Set(uniqueNames.flatMap((n) => n.toLowerCase().split(/\s+/)));
  const entities = uniqueNames.filter(
    (n, i) =>
      n.includes(' ') ||
      !uniqueNames.some(
        (m, j) => j !== i && m.includes(' ') && m.toLowerCase().split(/\s+/).includes(n.toLowerCase()),
      ),
  );
  return {
    sharedEntities: entities.slice(0, SHOWN),
    sharedTerms: dedupe(terms)
      .filter((t) => !shownWords.has(t.toLowerCase()))
      .slice(0, SHOWN),
    sharedNumbers: dedupe(numbers).slice(0, SHOWN),
    days,
    linkedThrough,
  };
}

function dedupe(xs: readonly string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

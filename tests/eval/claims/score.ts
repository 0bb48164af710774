/**
 * The claims-dev scoring rule: texts lower-cased, curly quotes folded, whitespace collapsed; a gold
 * difference is found when a reported difference's A passage contains `a_key` and its B passage
 * `b_key` (an `only_one` when an only-in passage of that side contains the key); a not_difference
 * is a false alarm when a reported difference contains both its keys.
 */
import type { GoldPair } from './dataset';

/** What a system reports for one pair, as passage texts. */
export interface Reported {
  differences: { a: string; b: string }[];
  onlyA: string[];
  onlyB: string[];
}

export interface PairScore {
  name: string;
  found: number;
  gold: number;
  falseAlarms: number;
  notDifferences: number;
  reported: number;
  /** Reported differences and onlys that contain some gold key of their side(s). */
  touching: number;
  missed: string[];
  alarms: string[];
}

const fold = (s: string): string =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

export function scorePair(pair: GoldPair, r: Reported): PairScore {
  const diffs = r.differences.map((d) => ({ a: fold(d.a), b: fold(d.b) }));
  const onlyA = r.onlyA.map(fold);
  const onlyB = r.onlyB.map(fold);
  const hit = (ka: string, kb: string): boolean =>
    diffs.some((d) => d.a.includes(fold(ka)) && d.b.includes(fold(kb)));
  let found = 0;
  const missed: string[] = [];
  for (const g of pair.differences) {
    const ok =
      g.a_key !== null && g.b_key !== null
        ? hit(g.a_key, g.b_key)
        : g.a_key !== null
          ? onlyA.some((p) => p.includes(fold(g.a_key!)))
          : onlyB.some((p) => p.includes(fold(g.b_key!)));
    if (ok) found++;
    else missed.push(`${g.kind}: ${g.a_key ?? '∅'} | ${g.b_key ?? '∅'}`);
  }
  const alarms = pair.not_differences
    .filter((n) => hit(n.a_key, n.b_key))
    .map((n) => `${n.a_key} | ${n.b_key}`);
  const keysA = pair.differences.flatMap((g) => (g.a_key ? [fold(g.a_key)] : []));
  const keysB = pair.differences.flatMap((g) => (g.b_key ? [fold(g.b_key)] : []));
  const touching =
    diffs.filter((d) => keysA.some((k) => d.a.includes(k)) || keysB.some((k) => d.b.includes(k))).length +
    onlyA.filter((p) => keysA.some((k) => p.includes(k))).length +
    onlyB.filter((p) => keysB.some((k) => p.includes(k))).length;
  return {
    name: pair.name,
    found,
    gold: pair.differences.length,
    falseAlarms: alarms.length,
    notDifferences: pair.not_differences.length,
    reported: diffs.length + onlyA.length + onlyB.length,
    touching,
    missed,
    alarms,
  };
}

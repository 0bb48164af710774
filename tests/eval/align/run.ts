/**
 * `npm run -s eval:align -- <dir>`: precision, recall and F1 of Parallax's claim alignment against
 * human sentence links (align-dev layout, see dataset.ts), next to the best-threshold word-overlap
 * baseline computed in the same run. Every sentence takes part, headlines included: the links
 * include them, while the product leaves headings out of its report (not out of this measurement).
 */
import { alignClaims } from '../../../lib/claims/align';
import { extractClaims } from '../../../lib/claims/extract-claims';
import type { ArticleClaims } from '../../../lib/claims/types';
import { bestThresholdBaseline } from './baseline';
import { articleOf, readAlignSet, type AlignSet } from './dataset';
import { countLinks, emptyCounts, scores, type LinkScores } from './metrics';

/** Predicted sentence links of one pair: every sentence of an aligned claim with every sentence of its partner. */
function predictLinks(a: ArticleClaims, b: ArticleClaims, threshold?: number): Set<string> {
  const links = new Set<string>();
  for (const p of alignClaims(a.claims, b.claims, { threshold })) {
    for (const i of a.claims[p.a]!.sentences)
      for (const j of b.claims[p.b]!.sentences) links.add(`${i}:${j}`);
  }
  return links;
}

export function evaluateAlignment(set: AlignSet, threshold?: number, claims = claimsOf(set)): LinkScores {
  const counts = emptyCounts();
  for (const p of set.pairs)
    countLinks(predictLinks(claims.get(p.doc1)!, claims.get(p.doc2)!, threshold), p.links, counts);
  return scores(counts);
}

/** Claims of every document once, as the product computes them once at save time. */
export function claimsOf(set: AlignSet): Map<string, ArticleClaims> {
  return new Map([...set.docs.values()].map((d) => [d.id, extractClaims(articleOf(d))]));
}

function line(name: string, s: LinkScores, extra = ''): string {
  const f = (x: number): string => x.toFixed(3);
  return `${name.padEnd(34)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  (${s.truePositives}/${s.predicted} predicted, ${s.gold} gold)${extra}`;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: npm run -s eval:align -- <dir with docs.json and pairs.jsonl>\n');
    process.exitCode = 2;
    return;
  }
  const set = readAlignSet(dir);
  const started = performance.now();
  const claims = claimsOf(set);
  const extractMs = performance.now() - started;
  const ours = evaluateAlignment(set, undefined, claims);
  const baseline = bestThresholdBaseline(set);
  process.stdout.write(`${set.docs.size} documents, ${set.pairs.length} pairs\n`);
  process.stdout.write(line('Parallax claim alignment', ours) + '\n');
  process.stdout.write(line('baseline: word overlap, best t', baseline, `  t=${baseline.threshold}`) + '\n');
  if (process.argv.includes('--sweep')) {
    // Sensitivity only: the shipped threshold is fixed in lib/claims/align.ts, not chosen here.
    for (const t of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5])
      process.stdout.write(line(`  threshold ${t}`, evaluateAlignment(set, t, claims)) + '\n');
  }
  process.stdout.write(`claim extraction: ${(extractMs / set.docs.size).toFixed(1)} ms per document\n`);
}

if (process.argv[1]?.endsWith('run.ts')) main();

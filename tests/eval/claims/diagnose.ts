/**
 * `npx tsx tests/eval/claims/diagnose.ts <gold.json>`: for each listed difference with both keys,
 * where the engine put the two claims that hold the keys (aligned with each other, with another
 * claim, or with nothing), to sort misses into alignment and classification failures.
 */
import { alignClaims } from '../../../lib/claims/align';
import { compareArticles } from '../../../lib/claims/compare';
import { extractClaims } from '../../../lib/claims/extract-claims';
import { splitSentences } from '../../../lib/text/sentences';
import { readGold } from './dataset';

const fold = (s: string): string =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

for (const pair of readGold(process.argv[2]!)) {
  const [a, b] = pair.docs.map((d) => {
    const sentences = splitSentences(d.text);
    return { text: d.text, sentences, claims: extractClaims({ text: d.text, sentences }) };
  });
  const aligned = alignClaims(a!.claims.claims, b!.claims.claims, {
    include: (c) => c.kind === 'statement',
    threshold: 0.05,
  });
  const diff = compareArticles(a!, b!);
  const at = (side: typeof a, key: string): number =>
    side!.claims.claims.findIndex((c) => fold(side!.text.slice(c.start, c.end)).includes(fold(key)));
  console.log(`== ${pair.name}`);
  for (const g of pair.differences) {
    if (!g.a_key || !g.b_key) continue;
    const found = diff.differences.some(
      (d) => fold(d.a.text).includes(fold(g.a_key!)) && fold(d.b.text).includes(fold(g.b_key!)),
    );
    if (found) continue;
    const i = at(a, g.a_key);
    const j = at(b, g.b_key);
    const direct = aligned.find((p) => p.a === i && p.b === j);
    const pa = aligned.find((p) => p.a === i && p.primary);
    const pb = aligned.find((p) => p.b === j && p.primary);
    console.log(`  ${g.kind}: ${g.a_key} | ${g.b_key}`);
    console.log(
      `    a#${i} b#${j} direct ${direct ? direct.score.toFixed(2) + (direct.primary ? ' primary' : '') : '-'}  a→b#${pa?.b ?? '-'} ${pa?.score.toFixed(2) ?? ''}  b←a#${pb?.a ?? '-'} ${pb?.score.toFixed(2) ?? ''}`,
    );
    if (i >= 0) console.log(`    A: ${a!.text.slice(a!.claims.claims[i]!.start, a!.claims.claims[i]!.end)}`);
    if (j >= 0) console.log(`    B: ${b!.text.slice(b!.claims.claims[j]!.start, b!.claims.claims[j]!.end)}`);
  }
}

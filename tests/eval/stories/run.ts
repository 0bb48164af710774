/**
 * Same-story evaluation: `npm run -s eval:stories -- <articles.jsonl> [--fit]`.
 *
 * Loads every article into a corpus through the CLI's own loader, asks the matcher for each
 * article's same-story reports, and prints pairwise and BCubed scores next to a TF-IDF cosine
 * baseline computed in the same run. The matcher is scored twice: with the shipped models
 * (in-sample when the file is the one they were fitted on) and leave-one-topic-out, where each
 * article is matched by models fitted without any pair from its topic. `--fit` prints models
 * fitted on the whole file, in lib/match/model.ts's form.
 */
import { loadCorpus } from '@/lib/cli/corpus';
import type { CorpusDb } from '@/lib/corpus/db';
import { findRelatedOfStored } from '@/lib/corpus/find-related';
import { DEFAULT_MODELS, type Models } from '@/lib/match/model';
import { PAIR_FEATURES, type PairEvidence } from '@/lib/match/pair-features';
import { bestThreshold, tfidfPairs } from './baseline';
import { readLabelledArticles, type LabelledArticle } from './dataset';
import { collectCandidates, fitModels } from './evidence';
import { linkQuality, pairKey, prf, type LinkQuality } from './metrics';

interface Links {
  same: Set<string>;
  /** Listed at all (same story or related). */
  listed: Set<string>;
  millis: number[];
}

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run -s eval:stories -- <articles.jsonl> [--fit]');
  const articles = readLabelledArticles(file);
  const clusterOf = new Map(articles.map((a) => [a.id, a.cluster]));
  const topicOf = new Map(articles.map((a) => [a.id, a.topic]));
  const topics = [...new Set(articles.map((a) => a.topic))];
  const quality = (links: Set<string>) => linkQuality(clusterOf, links);

  const pairs = tfidfPairs(articles);
  const best = bestThreshold(pairs, clusterOf);
  const strict = bestThreshold(pairs, clusterOf, 0.95);

  const started = performance.now();
  const db = await loadCorpus(file);
  const loadMillis = performance.now() - started;
  const byQuery = await collectCandidates(
    db,
    articles.map((a) => a.id),
  );
  const shipped = await matchAll(db, articles, () => DEFAULT_MODELS);
  const inSample = fitModels(byQuery, clusterOf, topicOf, () => true);
  const refit = await matchAll(db, articles, () => inSample);
  const folds = new Map(
    topics.map((t) => [t, fitModels(byQuery, clusterOf, topicOf, (id) => topicOf.get(id) !== t)]),
  );
  const heldOut = await matchAll(db, articles, (a) => folds.get(a.topic)!);

  const gold = goldPairs(articles);
  console.log(
    `${file}: ${articles.length} articles, ${new Set(clusterOf.values()).size} stories, ${topics.length} topics; ` +
      `${gold.same} same-story pairs, ${gold.related} same-topic pairs; ${[...byQuery.values()].reduce((n, c) => n + c.length, 0)} scored candidate pairs`,
  );
  console.log(
    'same story                                      pairwise P     R    F1 | BCubed P     R    F1',
  );
  row(`baseline TF-IDF cosine, best threshold ${best.threshold.toFixed(3)}`, best.quality);
  row(`baseline TF-IDF cosine, best F1 at P>=0.95 (${strict.threshold.toFixed(3)})`, strict.quality);
  row('Parallax, shipped models', quality(shipped.same));
  row('Parallax, refitted on this file (in-sample)', quality(refit.same));
  row('Parallax, leave-one-topic-out', quality(heldOut.same));
  console.log(`  leave-one-topic-out by topic (pairs within the topic): ${byTopic(heldOut.same, articles)}`);
  console.log('related tier (listed at all vs same topic)     pairwise P     R    F1');
  for (const [name, links] of [
    ['shipped models', shipped],
    ['leave-one-topic-out', heldOut],
  ] as const) {
    const s = relatedQuality(links.listed, topicOf, gold.related);
    console.log(`  ${name.padEnd(44)} ${fmt(s.precision)} ${fmt(s.recall)} ${fmt(s.f1)}`);
  }
  const ms = [...shipped.millis].sort((a, b) => a - b);
  console.log(
    `timing (Node, fake-indexeddb): load ${loadMillis.toFixed(0)} ms; lookup p50 ${pct(ms, 0.5)} ms, p95 ${pct(ms, 0.95)} ms`,
  );
  console.log(`retrieval recall of same-story pairs: ${retrievalRecall(byQuery, articles)}`);
  console.log(`pairs with no confirmed name in common (never same story): ${gateCounts(byQuery, clusterOf)}`);
  console.log(
    `pairs with no name at all in common (a stricter gate, not applied): ${gateCounts(byQuery, clusterOf, noSharedName)}`,
  );
  console.log(
    `story threshold/conclusive: in-sample ${inSample.storyThreshold}/${inSample.conclusive}; per held-out topic ${topics.map((t) => `${t}:${folds.get(t)!.storyThreshold}/${folds.get(t)!.conclusive}`).join(' ')}`,
  );
  if (process.argv.includes('--fit')) console.log(JSON.stringify(inSample, null, 2));
}

/** Same-story and listed links of every article, each matched with the models `modelsFor` gives it. */
async function matchAll(
  db: CorpusDb,
  articles: readonly LabelledArticle[],
  modelsFor: (a: LabelledArticle) => Models,
): Promise<Links> {
  const links: Links = { same: new Set(), listed: new Set(), millis: [] };
  for (const a of articles) {
    const t = performance.now();
    const matches = await findRelatedOfStored(db, a.id, { limit: 1_000, models: modelsFor(a) });
    links.millis.push(performance.now() - t);
    for (const m of matches) {
      links.listed.add(pairKey(a.id, m.id));
      if (m.sameStory) links.same.add(pairKey(a.id, m.id));
    }
  }
  return links;
}

/**
 * Share of same-story pairs the candidate retrieval brings to scoring: from the query's side (what a
 * reader of one article can be shown), and from either side (what the evaluation's links can reach).
 * A pair lost here is lost whatever the scoring does.
 */
function retrievalRecall(
  byQuery: Map<string, { row: { id: string } }[]>,
  articles: readonly LabelledArticle[],
): string {
  const retrieved = new Map([...byQuery].map(([q, cs]) => [q, new Set(cs.map((c) => c.row.id))]));
  let ordered = 0;
  let orderedHits = 0;
  let either = 0;
  let eitherHits = 0;
  for (const a of articles)
    for (const b of articles) {
      if (a.id >= b.id || a.cluster !== b.cluster) continue;
      const ab = retrieved.get(a.id)?.has(b.id) ?? false;
      const ba = retrieved.get(b.id)?.has(a.id) ?? false;
      ordered += 2;
      orderedHits += Number(ab) + Number(ba);
      either++;
      eitherHits += Number(ab || ba);
    }
  return `${fmt(orderedHits / Math.max(1, ordered))} from the query's side, ${fmt(eitherHits / Math.max(1, either))} from either side`;
}

const NAME_COSINES = [PAIR_FEATURES.indexOf('nameCosine'), PAIR_FEATURES.indexOf('fullNameCosine')];

/** The pair shares no name key, confirmed or not (so neither name cosine has anything to count). */
function noSharedName(e: PairEvidence): boolean {
  return NAME_COSINES.every((i) => e.values[i] === 0);
}

/** How many retrieved same-story and other pairs a shared-name rule excludes (unordered pairs). */
function gateCounts(
  byQuery: Map<string, { row: { id: string }; score: { evidence: PairEvidence } }[]>,
  clusterOf: ReadonlyMap<string, string>,
  gated: (e: PairEvidence) => boolean = (e) => e.namesDisjoint,
): string {
  const same = new Map<string, boolean>();
  const other = new Map<string, boolean>();
  for (const [q, candidates] of byQuery)
    for (const c of candidates) {
      const key = pairKey(q, c.row.id);
      (clusterOf.get(q) === clusterOf.get(c.row.id) ? same : other).set(key, gated(c.score.evidence));
    }
  const count = (m: Map<string, boolean>) => [...m.values()].filter(Boolean).length;
  return `${count(same)} of ${same.size} same-story pairs, ${count(other)} of ${other.size} others`;
}

/** Pairwise precision/recall within each topic, as "topic P/R". */
function byTopic(links: ReadonlySet<string>, articles: readonly LabelledArticle[]): string {
  const out: string[] = [];
  for (const topic of [...new Set(articles.map((a) => a.topic))]) {
    const members = articles.filter((a) => a.topic === topic);
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const same = members[i]!.cluster === members[j]!.cluster;
        const linked = links.has(pairKey(members[i]!.id, members[j]!.id));
        gold += Number(same);
        predicted += Number(linked);
        tp += Number(same && linked);
      }
    const s = prf(tp, predicted, gold);
    out.push(`${topic} ${s.precision.toFixed(2)}/${s.recall.toFixed(2)}`);
  }
  return out.join(', ');
}

function goldPairs(articles: readonly LabelledArticle[]): { same: number; related: number } {
  let same = 0;
  let related = 0;
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      if (articles[i]!.cluster === articles[j]!.cluster) same++;
      if (articles[i]!.topic === articles[j]!.topic) related++;
    }
  return { same, related };
}

function relatedQuality(listed: Set<string>, topicOf: ReadonlyMap<string, string>, gold: number) {
  let hits = 0;
  for (const key of listed) {
    const [a, b] = key.split('\u0000') as [string, string];
    if (topicOf.get(a) === topicOf.get(b)) hits++;
  }
  return prf(hits, listed.size, gold);
}

function row(name: string, q: LinkQuality): void {
  const p = q.pairwise;
  const b = q.bcubed;
  console.log(
    `  ${name.padEnd(52)} ${fmt(p.precision)} ${fmt(p.recall)} ${fmt(p.f1)} |    ${fmt(b.precision)} ${fmt(b.recall)} ${fmt(b.f1)}`,
  );
}

function fmt(x: number): string {
  return x.toFixed(3).padStart(5);
}

function pct(sorted: readonly number[], q: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
}

await main();

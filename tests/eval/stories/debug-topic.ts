import { loadCorpus } from '@/lib/cli/corpus';
import { PAIR_FEATURES } from '@/lib/match/pair-features';
import { storyMatrix, storyOf } from '@/lib/match/story';
import { readLabelledArticles } from './dataset';
import { collectCandidates, fitModels, rescore } from './evidence';

const [file, ...topicsArg] = process.argv.slice(2);
const articles = readLabelledArticles(file!);
const clusterOf = new Map(articles.map((a) => [a.id, a.cluster]));
const topicOf = new Map(articles.map((a) => [a.id, a.topic]));
const db = await loadCorpus(file!);
const byQuery = await collectCandidates(
  db,
  articles.map((a) => a.id),
);
for (const t of topicsArg) {
  const models = fitModels(byQuery, clusterOf, topicOf, (id) => topicOf.get(id) !== t);
  console.log(
    `topic ${t} threshold ${models.storyThreshold} weights ${models.sameStory.weights.map((w, i) => `${PAIR_FEATURES[i]}=${w.toFixed(2)}`).join(' ')} bias ${models.sameStory.bias.toFixed(2)}`,
  );
  for (const a of articles.filter((x) => x.topic === t)) {
    const cs = rescore(byQuery.get(a.id)!, models);
    const story = storyOf(cs, storyMatrix(cs, models), models.storyThreshold);
    const wrong = [...story.members].filter((c) => clusterOf.get(c.row.id) !== a.cluster);
    const missed = cs.filter((c) => !story.members.has(c) && clusterOf.get(c.row.id) === a.cluster).length;
    console.log(
      `  ${a.id} ${a.cluster} members ${story.members.size} wrong ${wrong.length} missed ${missed}`,
    );
    for (const c of wrong.slice(0, 3))
      console.log(
        `     x ${c.row.id} p=${c.score.sameStory.toFixed(2)} ${c.score.evidence.values.map((v, i) => `${PAIR_FEATURES[i]}=${v.toFixed(2)}`).join(' ')}`,
      );
  }
}

/** The corpus page's listing: search, then group the listed articles by story. */
import { countArticles } from '../corpus/articles';
import type { CorpusDb, StoredArticle } from '../corpus/db';
import { groupByStory } from './group-stories';
import { listOutlets, parseWords, searchArticles, snippetOf, type CorpusQuery } from './search';
import type { CorpusListing, CorpusRow } from './types';

/** Articles matching `query`, grouped by story, with the corpus size and its outlets. */
export async function listCorpus(db: CorpusDb, query: CorpusQuery): Promise<CorpusListing> {
  const { articles, complete } = await searchArticles(db, query);
  const needles = parseWords(query.words);
  const groups = await groupByStory(db, articles);
  return {
    groups: groups.map((group) => group.map((a) => rowOf(a, needles))),
    complete,
    corpusSize: await countArticles(db),
    outlets: await listOutlets(db),
  };
}

function rowOf(a: StoredArticle, needles: readonly string[]): CorpusRow {
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    siteName: a.siteName,
    byline: a.byline,
    publishedTime: a.publishedTime,
    savedAt: a.savedAt,
    origin: a.origin,
    tags: a.tags,
    snippet: snippetOf(a.text, needles),
  };
}

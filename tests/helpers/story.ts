/**
 * The invented flood story of tests/fixtures/story (our own text), as articles to save: a wire
 * report (Northwire), a copy of it run by the Valley Courier, and two outlets' own reports.
 */
import type { ArticleInput } from '@/lib/corpus/articles';
import { normalizeParagraphs, splitParagraphs } from '@/lib/text/normalize';
import { splitSentences } from '@/lib/text/sentences';
import { fixture } from './fixtures';

const OUTLETS = [
  ['northwire', 'Northwire', '2026-03-05T09:00:00Z'],
  ['valley-courier', 'Valley Courier', '2026-03-05T11:30:00Z'],
  ['harbour-ledger', 'The Harbour Ledger', '2026-03-05T10:15:00Z'],
  ['coast-daily', 'Coast Daily', null],
] as const;

/** The four reports as the corpus saves them. */
export function floodStory(): (ArticleInput & { id: string })[] {
  return OUTLETS.map(([name, siteName, publishedTime]) => {
    const text = normalizeParagraphs(splitParagraphs(fixture(`story/${name}.txt`)));
    return {
      id: `flood-${name}`,
      url: `https://${name}.example/news/arnsby-flood`,
      canonicalUrl: `https://${name}.example/news/arnsby-flood`,
      title: text.split('\n')[0]!.slice(0, 80),
      byline: null,
      siteName,
      publishedTime,
      lang: 'en',
      text,
      sentences: splitSentences(text),
    };
  });
}

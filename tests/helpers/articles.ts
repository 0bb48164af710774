import type { ArticleInput } from '@/lib/corpus/articles';
import { splitSentences } from '@/lib/text/sentences';

/** An article to save, made from a text: no URL, outlet or date unless `extra` gives them. */
export function articleInput(
  id: string,
  title: string,
  text: string,
  extra: Partial<ArticleInput> = {},
): ArticleInput & { id: string } {
  return {
    id,
    url: null,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    text,
    sentences: splitSentences(text),
    ...extra,
  };
}

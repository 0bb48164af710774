import { fixture } from '../../helpers/fixtures';
import { normalizeParagraphs, splitParagraphs } from '@/lib/text/normalize';
import { splitSentences } from '@/lib/text/sentences';

/** An article from plain text, normalised and split as extraction does. */
export function article(raw: string): {
  text: string;
  sentences: { text: string; start: number; end: number }[];
} {
  const text = normalizeParagraphs(splitParagraphs(raw));
  return { text, sentences: splitSentences(text) };
}

/** An article from a file under tests/fixtures/claims. */
export function fixtureArticle(name: string): ReturnType<typeof article> {
  return article(fixture(`claims/${name}`));
}

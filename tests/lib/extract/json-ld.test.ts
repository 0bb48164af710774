import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '@/lib/extract/json-ld';

function articleOf(script: string): Record<string, unknown> | null {
  const { document } = parseHTML(
    `<html><head><script type="application/ld+json">${script}</script></head></html>`,
  );
  return readJsonLd(document as unknown as Document).article;
}

describe('readJsonLd', () => {
  const body =
    '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-04-02T08:00:00Z"}';

  it.each([
    ['plain', body],
    ['in a commented-out CDATA section', `//<![CDATA[\n${body}\n//]]>`],
    ['in a bare CDATA section', `\n  <![CDATA[\n  ${body}\n  ]]>\n`],
  ])('reads the article %s', (_, script) => {
    expect(articleOf(script)?.datePublished).toBe('2021-04-02T08:00:00Z');
  });
});

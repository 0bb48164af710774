/**
 * Bad input: arbitrary and malformed HTML, empty documents, frames, deep nesting, enormous text
 * nodes, broken JSON-LD and odd encodings. Extraction never throws, and always returns either an
 * article (text, sentences that slice back out of it) or a reason; the result always passes the
 * message schema the background validates it with.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '@/lib/extract/decode-html';
import { extractArticle } from '@/lib/extract/extract-article';
import { repairParsedDocument } from '@/lib/extract/repair-document';
import type { ExtractedArticle } from '@/lib/extract/types';
import { ExtractedArticleSchema } from '@/lib/messages/protocol';
import { generateArticlePage } from '../../fixtures/extract/generate-page';

function extract(html: string, url = 'https://news.example/2024/05/01/story'): ExtractedArticle {
  const { document } = parseHTML(html);
  repairParsedDocument(document as unknown as Document);
  return extractArticle(document as unknown as Document, url);
}

function expectWellFormed(a: ExtractedArticle): void {
  if (a.readerable) {
    expect(a.text.length).toBeGreaterThan(0);
    // An article carries a reason only when it says it fell back to plain Readability's reading.
    if (a.reason !== undefined) expect(a.reason).toMatch(/^Read as plain Readability reads it: /);
  } else {
    expect(a.reason?.length ?? 0).toBeGreaterThan(0);
    expect(a.text).toBe('');
  }
  for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  expect(v.safeParse(ExtractedArticleSchema, a).success).toBe(true);
}

const prose = fc
  .array(
    fc.constantFrom(
      'harbour',
      'council',
      'said',
      'the',
      'vote',
      'on',
      'Monday',
      'Dr.',
      'U.S.',
      '“quoted',
      'words.”',
      '—',
      'é',
      '\u200b',
      '&amp;',
      '&#0;',
      '&#x110000;',
    ),
    {
      minLength: 1,
      maxLength: 60,
    },
  )
  .map((w) => w.join(' '));

const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    prose,
    fc.string({ maxLength: 40, unit: 'binary' }),
    fc.constantFrom(
      '<br>',
      '<hr>',
      '<img src=x onerror=1>',
      '<p',
      '</div>',
      '<<',
      '<!--',
      '-->',
      '<![CDATA[x]]>',
      '<frame src=a>',
      '<input type=password>',
    ),
    fc
      .tuple(
        fc.constantFrom(
          'p',
          'div',
          'article',
          'main',
          'section',
          'span',
          'a',
          'h1',
          'h2',
          'ul',
          'li',
          'table',
          'td',
          'figure',
          'figcaption',
          'aside',
          'nav',
          'script',
          'style',
          'svg',
          'iframe',
          'noscript',
          'template',
          'frameset',
          'time',
          'form',
        ),
        fc.constantFrom(
          '',
          ' class="share-bar"',
          ' class="article-body"',
          ' hidden',
          ' aria-hidden="true"',
          ' style="display:none"',
          ' itemprop="articleBody"',
          ' datetime="2024-13-45"',
          ' class="byline"',
          ' id="comments"',
          ' role="main"',
          ' href="javascript:alert(1)"',
        ),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, attrs, children, close]) => `<${tag}${attrs}>${children.join('')}${close ? `</${tag}>` : ''}`,
      ),
  ),
})).node;

const head = fc.constantFrom(
  '',
  '<title></title>',
  '<title>A | B | C</title><meta property="og:type" content="article">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":null,"author":[1,{"name":{}}],"datePublished":"soon"}</script>',
  '<script type="application/ld+json">{not json</script><meta name="author" content="By   , and ,">',
  '<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"articleBody":"x"}]}</script>',
  '<meta charset="utf-16"><link rel="canonical" href="http://[::1">',
);

describe('extractArticle on bad input', () => {
  it('never throws on tag soup and always returns an article or a reason', () => {
    fc.assert(
      fc.property(
        head,
        fc.array(fragment, { maxLength: 12 }),
        fc.constantFrom('https://news.example/a/b', '/', 'about:blank', 'not a url', 'file:///x.html'),
        (h, body, url) => {
          expectWellFormed(extract(`<html><head>${h}</head><body>${body.join('')}</body></html>`, url));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a page it would decline as Readability does, and says so (a case the property found)', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'harbour').join(' ');
    const html =
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":null,' +
      '"author":[1,{"name":{}}],"datePublished":"soon"}</script></head>' +
      `<body><p><frameset>${words(15)}${words(2)}${words(9)}</body></html>`;
    const a = extract(html, 'https://news.example/a/b');
    expect(a.readerable).toBe(true);
    expect(a.reason).toMatch(/^Read as plain Readability reads it: no article body was found/);
    expectWellFormed(a);
  });

  it('never throws on arbitrary text fed as HTML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (html) => {
        expectWellFormed(extract(html));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary bytes in any declared encoding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '',
          '<meta charset="iso-8859-1">',
          '<meta charset="shift_jis">',
          '<meta charset="utf-16le">',
          '<meta charset="bogus">',
        ),
        fc.uint8Array({ maxLength: 3000 }),
        (declaration, bytes) => {
          const html = decodeHtml(
            Uint8Array.from([
              ...new TextEncoder().encode(`<html><head>${declaration}</head><body><p>`),
              ...bytes,
            ]),
          );
          expectWellFormed(extract(html));
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ['an empty string', ''],
    ['an empty html element', '<html></html>'],
    ['a doctype only', '<!doctype html>'],
    ['a frameset', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>'],
    [
      'frames and iframes only',
      '<html><body><iframe src="a"></iframe><iframe srcdoc="<p>x</p>"></iframe></body></html>',
    ],
    ['only whitespace and comments', '<html><body> \n\t <!-- nothing --> </body></html>'],
  ])('declines %s with a reason', (_name, html) => {
    const a = extract(html);
    expectWellFormed(a);
    expect(a.readerable).toBe(false);
  });

  const nested = (depth: number): string =>
    `<html><body>${'<div>'.repeat(depth)}<p>${'The council met again on Monday to vote on the barrier. '.repeat(20)}</p>${'</div>'.repeat(depth)}</body></html>`;

  it('declines a page nested thousands of levels deep with a reason', () => {
    const a = extract(nested(5000));
    expectWellFormed(a);
    expect(a.reason).toMatch(/nested too deeply/);
  });

  it('still reads an article nested a hundred levels deep', () => {
    const a = extract(nested(100));
    expectWellFormed(a);
    expect(a.readerable).toBe(true);
  });

  it('handles an enormous text node', () => {
    const words = 'The harbour council said the vote would take place on Monday after a long debate. ';
    expectWellFormed(
      extract(`<html><body><article><h1>Vote</h1><p>${words.repeat(15_000)}</p></article></body></html>`),
    );
  });

  it('declines a 5 MB page of 50,000 elements with a reason', () => {
    const a = extract(generateArticlePage({ bytes: 5_000_000, elements: 50_000 }));
    expectWellFormed(a);
    expect(a.readerable).toBe(false);
    expect(a.reason).toMatch(/too large/);
  });

  it('extracts a generated 200 KB article', () => {
    const a = extract(generateArticlePage({ bytes: 200_000 }), 'https://harbour.example/news/winter-budget');
    expectWellFormed(a);
    expect(a.readerable).toBe(true);
    expect(a.authors).toEqual(['Ada Brennan', 'Tomas Ilves']);
    expect(a.publishedTime).toBe('2025-03-04T09:30:00+01:00');
    expect(a.text).not.toMatch(/Section \d|Related stories/);
  });
});

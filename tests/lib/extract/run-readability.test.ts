import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runReadability } from '@/lib/extract/run-readability';

const PROSE =
  '<p>The harbour board voted on Tuesday to rebuild the north pier before winter, after two seasons of storm damage closed it to ferries, fishing boats and the weekend market that used to fill its length.</p>'.repeat(
    4,
  );

function documentOf(body: string): Document {
  return parseHTML(`<html><head><title>Pier</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
}

function plainReadability(body: string) {
  return new Readability<Node>(documentOf(body), { serializer: (node) => node, keepClasses: true }).parse();
}

/** The content's tree as nested [tag, class, children] and text, for comparing two results. */
function shape(node: Node): unknown {
  if (node.nodeType !== 1) return node.textContent;
  const el = node as Element;
  return [el.tagName, el.getAttribute('class'), Array.from(el.childNodes, shape)];
}

function comparable(parsed: ReturnType<typeof runReadability>) {
  return parsed && { ...parsed, content: parsed.content && shape(parsed.content) };
}

describe('runReadability', () => {
  it.each([
    ['a byline named by class', `<div class="byline">By Ola Berg</div><article>${PROSE}</article>`],
    ['a byline by rel', `<article><a rel="author" href="/ola">Ola Berg</a>${PROSE}</article>`],
    ['a byline by itemprop', `<article><span itemprop="author">Ola Berg</span>${PROSE}</article>`],
    [
      'a byline too long to be one',
      `<article><p class="author">${'Ola Berg '.repeat(20)}</p>${PROSE}</article>`,
    ],
    ['an empty byline', `<article><span class="author"> </span>${PROSE}</article>`],
    ['hidden by style', `<article>${PROSE}<div style="display: none"><p>Hidden text.</p></div></article>`],
    ['invisible by style', `<article>${PROSE}<p style="visibility:hidden">Hidden text.</p></article>`],
    ['visible with a style', `<article>${PROSE}<p style="color: red">Shown text in red.</p></article>`],
    ['the hidden attribute', `<article>${PROSE}<p hidden>Hidden text.</p></article>`],
    ['aria-hidden', `<article>${PROSE}<p aria-hidden="true">Hidden text.</p></article>`],
    [
      'aria-hidden on a fallback image',
      `<article>${PROSE}<span class="fallback-image" aria-hidden="true">E = mc²</span></article>`,
    ],
  ])('answers as Readability does: %s', (_, body) => {
    expect(comparable(runReadability(documentOf(body)))).toEqual(comparable(plainReadability(body)));
  });
});

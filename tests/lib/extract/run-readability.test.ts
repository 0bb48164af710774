import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readabilityOverrides, runReadability } from '@/lib/extract/run-readability';
import { fnv1a } from '@/lib/util/hash';
import readabilityPackage from '@mozilla/readability/package.json';

const PROSE =
  '<p>The harbour board voted on Tuesday to rebuild the north pier before winter, after two seasons of storm damage closed it to ferries, fishing boats and the weekend market that used to fill its length.</p>'.repeat(
    4,
  );

const page = (body: string): string => `<html><head><title>Pier</title></head><body>${body}</body></html>`;

/** linkedom (a JavaScript selector engine: the tag searches are replaced too) and happy-dom (answers them natively). */
const DOMS: [string, (html: string) => Document][] = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  [
    'happy-dom',
    (html) => {
      const { document } = new Window({ url: 'https://harbour.example/news/pier' });
      document.write(html);
      return document as unknown as Document;
    },
  ],
];

function plainReadability(doc: Document) {
  return new Readability<Node>(doc, { serializer: (node) => node, keepClasses: true }).parse();
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
    [
      'several elements of each tag Readability converts or removes',
      `<article>${PROSE}<h1>Part one</h1>${PROSE}<h1>Part two</h1><p><font>Old</font> and <font>older</font> markup, in a sentence long enough to be kept as part of the story.</p><div>A div of plain text that Readability turns into a paragraph, as it does with the next one.</div><div>The second div of plain text.</div><aside>Aside one</aside><aside>Aside two</aside>${PROSE}</article>`,
    ],
    [
      'lists, tables and embeds that the cleaning weighs',
      `<article>${PROSE}<ul><li>One</li><li>Two</li></ul><table><tr><td>Cell</td></tr></table><div><iframe src="https://video.example/1"></iframe><p>Video.</p></div><h2>More</h2>${PROSE}</article>`,
    ],
  ])('answers as Readability does: %s', (_, body) => {
    for (const [, documentOf] of DOMS)
      expect(comparable(runReadability(documentOf(page(body))))).toEqual(
        comparable(plainReadability(documentOf(page(body)))),
      );
  });
});

/**
 * The source of each Readability method run-readability.ts overrides, as @mozilla/readability
 * 0.6.0 ships it (FNV-1a of `toString()`). These are Readability's private methods: an upgrade
 * that changes one must be read against our override before the recorded hash is updated.
 */
const OVERRIDDEN_SOURCE: Record<string, string> = {
  _getAllNodesWithTag: '8fe673f6',
  _isElementWithoutContent: '11b79837',
  _isProbablyVisible: 'afb682d1',
  _isValidByline: 'a5a089ac',
};

describe('the Readability methods we override', () => {
  it('run against the pinned version', () => {
    expect(readabilityPackage.version).toBe('0.6.0');
  });

  it('have the source they had when the overrides were written, and each override is recorded', () => {
    expect(readabilityOverrides()).toEqual(Object.keys(OVERRIDDEN_SOURCE).sort());
    const prototype = Readability.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const actual = Object.fromEntries(
      readabilityOverrides().map((name) => [name, fnv1a(String(prototype[name]))]),
    );
    expect(actual).toEqual(OVERRIDDEN_SOURCE);
  });
});

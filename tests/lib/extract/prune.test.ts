import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readabilityInput } from '@/lib/extract/prune';

function prunedText(body: string): string {
  const { document } = parseHTML(`<html><head><title>T</title></head><body>${body}</body></html>`);
  const copy = readabilityInput(document as unknown as Document, false).document.body!;
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('readabilityInput', () => {
  it('keeps glossary links inside a sentence, whatever their class says', () => {
    expect(
      prunedText(`<p>He held that <a href="javascript:void(0)" class="popup">the easy road is best</a>, and
        kept to it.</p><div class="popup">Sign in to continue</div>`),
    ).toBe('He held that the easy road is best, and kept to it.');
  });

  it('copies a caption for Readability, without the credit part of it', () => {
    expect(
      prunedText(`<p>The pier reopened.</p><div class="image-caption">Crowds on the pier on Sunday.
        <span class="image-credit">Ola Berg</span></div>`),
    ).toBe('The pier reopened.Crowds on the pier on Sunday.');
  });

  it('still leaves out screen-reader-only text inside a sentence', () => {
    expect(prunedText(`<p>Read the <span class="sr-only">full</span> report today.</p>`)).toBe(
      'Read the report today.',
    );
  });
});

describe('readabilityInput, focused on the article container', () => {
  const sentence = 'The council met on Tuesday and agreed the budget after a long debate about the harbour. ';
  const page = `<header><nav><a href="/">Home</a></nav></header>
    <article class="story"><div class="part"><p>${sentence.repeat(4)}</p></div>
    <div class="part"><p>${sentence.repeat(4)}</p></div></article>
    <footer><p>Short footer line.</p></footer>`;

  it('copies the container itself, so Readability can take its blocks together (it never climbs to <body>)', () => {
    const { document } = parseHTML(`<html><head><title>T</title></head><body>${page}</body></html>`);
    const input = readabilityInput(document as unknown as Document, true);
    expect(input.region.tagName).toBe('ARTICLE');
    const body = input.document.body!;
    expect(body.children.length).toBe(1);
    expect(body.firstElementChild!.tagName).toBe('ARTICLE');
    expect(body.firstElementChild!.getAttribute('class')).toBe('story');
    expect(body.querySelectorAll('div.part').length).toBe(2);
  });
});

describe('readabilityInput, attributes', () => {
  it('keeps the names and links Readability reads and drops the rest', () => {
    const { document } = parseHTML(
      `<html><head><title>T</title></head><body><p class="lede intro" id="p1" style="color:red" data-track="x">
        Words <a href="/a" onclick="go()" class="ref">here</a> and more.</p></body></html>`,
    );
    const body = readabilityInput(document as unknown as Document, false).document.body!;
    const p = body.querySelector('p')!;
    expect([...p.getAttributeNames()].sort()).toEqual(['class', 'id']);
    expect(p.getAttribute('class')).toBe('lede intro');
    const a = body.querySelector('a')!;
    expect([...a.getAttributeNames()].sort()).toEqual(['class', 'href']);
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/extract/metadata';

function byline(html: string): { authors: string[]; byline: string | null } {
  const { document } = parseHTML(`<html>${html}</html>`);
  const { authors, byline } = readMetadata(
    document as unknown as Document,
    'https://harbour.example/2024/05/01/x',
  );
  return { authors, byline };
}

const BODY = `<p>The ferry company raised its fares for the second time this year, blaming the price of fuel.</p>`;

describe('the byline when the page credits no person', () => {
  it('is the organisation the JSON-LD names as author', () => {
    expect(
      byline(`<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Fares rise",
        "author":{"@type":"Organization","name":"Harbour Wire"}}</script></head><body><h1>Fares rise</h1>${BODY}</body>`),
    ).toEqual({ authors: [], byline: 'Harbour Wire' });
  });

  it('is the desk a byline element credits, without its lead-in and date', () => {
    expect(
      byline(`<body><article><h1>Fares rise</h1><div class="byline">Von <a href="/author/desk/">Redaktion</a>
        <time datetime="2024-05-01">1. Mai 2024</time></div>${BODY}</article></body>`),
    ).toEqual({ authors: [], byline: 'Redaktion' });
  });

  it('is initials or a team the author meta tag gives', () => {
    expect(
      byline(`<head><meta name="author" content="kl"></head><body><h1>Fares rise</h1>${BODY}</body>`).byline,
    ).toBe('kl');
    expect(
      byline(`<head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Web Team North">
        </head><body><h1>Fares rise</h1>${BODY}</body>`).byline,
    ).toBe('Web Team North');
  });

  it.each([
    [
      'a dateline',
      `<p>Kiel (dpa/lno) – Die Fähre fährt ab Montag seltener, teilte die Reederei mit.</p>`,
      'dpa/lno',
    ],
    [
      'a closing mark',
      `<p>Die Fähre fährt ab Montag seltener, teilte die Reederei mit. (HZ mit AFP)</p>`,
      'HZ mit AFP',
    ],
    [
      'a line of its own',
      `<p>Por Agencia EFE</p><p>El transbordador saldrá con menos frecuencia desde el lunes.</p>`,
      'Agencia EFE',
    ],
  ])('prefers an agency mark in %s to a desk label', (_, text, credit) => {
    expect(
      byline(
        `<body><article><h1>Fähre fährt seltener</h1><span class="author">Redaktion</span>${text}</article></body>`,
      ).byline,
    ).toBe(credit);
  });

  it('is the publisher an author tag names, which is not a person', () => {
    expect(
      byline(`<head><meta name="author" content="Angler Rundblick"><meta name="DC.publisher" content="Angler Rundblick">
        </head><body><h1>Pike in winter</h1>${BODY}</body>`),
    ).toEqual({ authors: [], byline: 'Angler Rundblick' });
  });

  it('names people, not the credit, when the page has both', () => {
    expect(
      byline(`<body><article><h1>Fares rise</h1><div class="byline">By Jane Doe</div>
        <p>Kiel (dpa) – The ferry runs less often from Monday.</p></article></body>`),
    ).toEqual({ authors: ['Jane Doe'], byline: 'Jane Doe' });
  });

  it.each([
    [
      'the web agency a meta tag names',
      `<head><meta name="author" content="Pixelwerk GmbH"></head><body><h1>Fares rise</h1>${BODY}</body>`,
    ],
    [
      'a placeholder',
      `<head><meta name="author" content="admin"></head><body><h1>Fares rise</h1>${BODY}</body>`,
    ],
    [
      'an authority-control box',
      `<body><h1>Fares rise</h1>${BODY}<div class="authority-control">Authority control</div></body>`,
    ],
    [
      'a phrase in an author box',
      `<body><h1>Fares rise</h1>${BODY}<div class="author-box">Read more about the people who write for us here</div></body>`,
    ],
    [
      '"(AP)" inside a sentence',
      `<body><h1>Fares rise</h1><p>The agency (AP) said the ferry runs less often.</p></body>`,
    ],
  ])('is nothing for %s', (_, html) => {
    expect(byline(html)).toEqual({ authors: [], byline: null });
  });
});

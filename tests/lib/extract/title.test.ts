import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/extract/metadata';
import { stripSiteSuffix } from '@/lib/extract/title';

function titleOf(head: string, body: string, url = 'https://www.harbourtimes.example/news/x'): string | null {
  const { document } = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`);
  return readMetadata(document as unknown as Document, url).title;
}

describe('stripSiteSuffix', () => {
  const site = { siteName: 'The Harbour Times', names: [] };
  it.each([
    ['Ferry fares rise | The Harbour Times', 'Ferry fares rise'],
    ['The Harbour Times - Ferry fares rise', 'Ferry fares rise'],
    ['Ferry fares rise – harbourtimes.com', 'Ferry fares rise'],
    ['Ferry fares rise: what it means for you', 'Ferry fares rise: what it means for you'],
    [
      'Harbour Times reporters win award for flood coverage',
      'Harbour Times reporters win award for flood coverage',
    ],
  ])('%s → %s', (title, stripped) => {
    expect(stripSiteSuffix(title, site)).toBe(stripped);
  });
});

describe('title resolution', () => {
  it('takes the heading the JSON-LD name confirms over a JSON-LD headline that describes', () => {
    expect(
      titleOf(
        `<title>Harbour Island - Open Atlas</title><script type="application/ld+json">{"@type":"Article",
          "name":"Harbour Island","headline":"island in the northern sea"}</script>`,
        '<div class="two"><h1>Harbour Island</h1></div><p>Harbour Island lies off the coast.</p>',
      ),
    ).toBe('Harbour Island');
  });

  it('prefers the visible headline over an SEO title when the words agree', () => {
    expect(
      titleOf(
        '<title>Storm closes coast road – what drivers need to know | Harbour Times</title><meta property="og:title" content="Storm closes coast road – what drivers need to know">',
        '<article><h1>Storm closes coast road</h1></article>',
      ),
    ).toBe('Storm closes coast road');
  });

  it("passes over a blog's name in its h1", () => {
    expect(
      titleOf(
        '<title>Planting garlic in autumn | Green Plot</title>',
        '<h1>Green Plot</h1><h2 class="entry-title">Planting garlic in autumn</h2>',
      ),
    ).toBe('Planting garlic in autumn');
  });

  it('drops a kicker inside the headline', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Ferry fares rise for the third time">',
        '<h1><span class="kicker">Transport</span> Ferry fares rise for the third time</h1>',
      ),
    ).toBe('Ferry fares rise for the third time');
  });

  it('drops a title header and hidden dash inside the headline', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Harbour works – Ferry fares rise again">',
        '<article><h1><span class="Head_titleheader">Harbour works</span><span aria-hidden="true"> – </span><span>Ferry fares rise again</span></h1></article>',
      ),
    ).toBe('Ferry fares rise again');
  });

  it('decodes entities escaped twice in meta tags', () => {
    expect(titleOf('<meta property="og:title" content="Rates &amp;#8211; up again">', '')).toBe(
      'Rates – up again',
    );
  });
});

describe('the title part a heading spells out', () => {
  it('keeps the part of the document title that a page heading repeats, with no site name known', () => {
    expect(
      titleOf(
        '<title>Lantern Makers Guild » Winter fair moves indoors</title>',
        '<h1>The society of lantern makers since 1890</h1><h2>Winter fair moves indoors</h2><p>The fair will be held in the hall.</p>',
      ),
    ).toBe('Winter fair moves indoors');
  });

  it('leaves the title whole when no heading repeats one of its parts', () => {
    expect(
      titleOf(
        '<title>Winter fair moves indoors - what visitors need to know</title>',
        '<h2>Opening hours</h2><p>The fair will be held in the hall.</p>',
      ),
    ).toBe('Winter fair moves indoors - what visitors need to know');
  });
});

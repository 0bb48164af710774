import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/extract/metadata';

function metadata(
  html: string,
  url = 'https://news.example/2024/05/01/story',
): ReturnType<typeof readMetadata> {
  const { document } = parseHTML(html.startsWith('<html') ? html : `<html>${html}</html>`);
  return readMetadata(document as unknown as Document, url);
}

describe('readMetadata', () => {
  it('prefers the article JSON-LD over meta tags, and keeps people only', () => {
    const m = metadata(`<html lang="de-AT"><head>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Ferry fares rise",
        "datePublished":"2024-05-01T00:30:00+02:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Harbour Times"}],
        "publisher":{"@type":"Organization","name":"Harbour Times"},"articleSection":["Transport"]}]}</script>
      <meta name="author" content="Somebody Else"><meta property="article:published_time" content="2023-01-01">
      </head><body><h1>Ferry fares rise</h1></body></html>`);
    expect(m).toMatchObject({
      title: 'Ferry fares rise',
      authors: ['Jane Doe'],
      siteName: 'Harbour Times',
      publishedTime: '2024-05-01T00:30:00+02:00',
      lang: 'de',
      section: 'Transport',
    });
  });

  it('reads JSON-LD with raw newlines in strings', () => {
    const m = metadata(`<script type="application/ld+json">{"@type":"Article","headline":"Line one
      line two","datePublished":"2024-02-03"}</script>`);
    expect(m.publishedTime).toBe('2024-02-03');
  });

  it('finds a visible byline and a labelled date when the page has no metadata', () => {
    const m = metadata(`<body><article><h1>Storm closes the coast road</h1>
      <div class="post-meta"><span class="author-name">Von Lena Hartmann</span></div>
      <p>The road was closed on Monday after waves threw stones onto it, and it will stay closed until engineers have checked the sea wall.</p>
      <p class="footer-line">Veröffentlicht am 3. Mai 2023</p></article></body>`);
    expect(m.authors).toEqual(['Lena Hartmann']);
    expect(m.publishedTime).toBe('2023-05-03');
  });

  it('reads a blog’s "Written by" link-preview label', () => {
    const m = metadata(
      '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Karl Weber">',
    );
    expect(m.authors).toEqual(['Karl Weber']);
  });

  it('ignores commenters and form labels', () => {
    const m = metadata(`<body><article><h1>Title here</h1><p>Some text.</p></article>
      <div class="comments"><div class="comment-author">Peter Brandt sagt:</div></div>
      <form><label class="author">Name</label></form></body>`);
    expect(m.authors).toEqual([]);
  });

  it('reads the cXense author tag before teaser bylines', () => {
    const m = metadata(`<head><meta property="cXenseParse:author" content="Mara Lind"></head>
      <body><h1>Rooms are scarce</h1><div class="teaser__autor">Von Otto Brenner</div></body>`);
    expect(m.authors).toEqual(['Mara Lind']);
  });

  it('falls back to the person in a copyright notice, never a company or the outlet', () => {
    const person = metadata(`<body><h1>Filming in the old town</h1><p>Two episodes were shot here.</p>
      <footer><p>© 2019 Tilo Brandt</p></footer></body>`);
    expect(person.authors).toEqual(['Tilo Brandt']);
    const company = metadata(`<body><h1>Filming in the old town</h1><p>Two episodes were shot here.</p>
      <footer><p>Copyright © 2019 Harbour Media GmbH. All rights reserved.</p></footer></body>`);
    expect(company.authors).toEqual([]);
  });

  it('settles disagreeing machine dates by the dates the page shows', () => {
    const machine = metadata(`<head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2023-11-03T10:00:00+01:00"}</script>
      <meta property="article:published_time" content="2023-11-06T14:00:00+01:00"></head>
      <body><h1>Bridge reopens</h1><p>Veröffentlicht am 06.11.2023</p><p>Traffic flows again.</p></body>`);
    expect(machine.publishedTime).toBe('2023-11-06T14:00:00+01:00');
  });

  it('dates a page by its WebPage JSON-LD, then by a "last updated" line, when nothing else dates it', () => {
    const page = metadata(`<head><script type="application/ld+json">{"@graph":[{"@type":"WebPage",
      "datePublished":"2018-06-07T10:13:17+00:00"}]}</script></head><body><h1>About us</h1></body>`);
    expect(page.publishedTime).toBe('2018-06-07T10:13:17+00:00');
    const updated = metadata(
      `<body><h1>Children and work</h1><p>Long text.</p><p class="info">Aktualisiert: 30.12.2016</p></body>`,
      'https://charity.example/info/work',
    );
    expect(updated.publishedTime).toBe('2016-12-30');
  });

  it('dates a URL when nothing else does', () => {
    expect(metadata('<p>x</p>', 'https://news.example/2019/10/16/story').publishedTime).toBe('2019-10-16');
  });
});

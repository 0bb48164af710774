import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/extract/metadata';

function authors(html: string): string[] {
  const { document } = parseHTML(`<html>${html}</html>`);
  return readMetadata(document as unknown as Document, 'https://harbour.example/2024/05/01/x').authors;
}

describe('authors', () => {
  it('reads the names of a byline whose parts the markup glues together', () => {
    expect(
      authors(`<body><article><h1>Fares rise</h1><div class="byline"><a href="/autor/ana-ruiz"><small>Ana Ruiz</small></a><span>, </span><a href="/autor/jose-soto"><small>José Miguel Soto</small></a><time datetime="2024-05-01">Hace 3 horas</time><div>Tiempo de lectura: 4 minutos</div></div>
        <p>Fares rise again.</p></article></body>`),
    ).toEqual(['Ana Ruiz', 'José Miguel Soto']);
  });

  it('stops at a label of topics inside a byline element', () => {
    expect(
      authors(`<body><article><h1>Fares rise</h1><nav class="documentByLine"><span>Abgelegt unter:</span> <a>Hafen</a> <a>Katholische Kirche</a></nav>
        <p>Fares rise again.</p></article></body>`),
    ).toEqual([]);
  });
});

describe('the byline line below the headline', () => {
  const page = (head: string, body: string): string =>
    `<head><title>Harbour ferries run late again | Harbour Times</title>${head}</head><body><header><nav><a href="/">Harbour News</a> <a href="/sport">Sport Desk</a></nav></header>
      <article><h1>Harbour ferries run late again</h1>${body}
      <p>The morning ferries left the harbour forty minutes late for the third day running, the operator said.</p></article></body>`;

  it('reads a line of names under the headline when nothing marks the author', () => {
    expect(authors(page('', '<div>12.03.2024</div><div>Mara Lindqvist</div>'))).toEqual(['Mara Lindqvist']);
    expect(authors(page('', '<div>12.03.2024 - Mara Lindqvist</div>'))).toEqual(['Mara Lindqvist']);
    expect(authors(page('', '<div><span>By</span></div><div>Mara Lindqvist</div>'))).toEqual([
      'Mara Lindqvist',
    ]);
  });

  it('passes over lines that are more than names, desks and lone words', () => {
    expect(authors(page('', '<div>Mara Lindqvist, ferries, delays</div>'))).toEqual([]);
    expect(authors(page('', '<div>Harbour Redaktion</div>'))).toEqual([]);
    expect(authors(page('', '<div>Kommentar</div><div>Verkehr</div>'))).toEqual([]);
    expect(authors(page('', '<div>Foto: Mara Lindqvist</div>'))).toEqual([]);
  });

  it('does not read under a heading that is not the article’s', () => {
    const { document } = parseHTML(`<html><head><title>Harbour ferries run late again</title></head><body>
      <h1>Sections</h1><ul><li>Ivo Brandt</li></ul><p>The morning ferries left the harbour forty minutes late again.</p></body></html>`);
    expect(readMetadata(document as unknown as Document, 'https://harbour.example/a').authors).toEqual([]);
  });

  it('completes the machine-given author with the co-authors and surname the line shows', () => {
    const ld = (author: string): string =>
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferries run late again","author":{"@type":"Person","name":"${author}"}}</script>`;
    expect(authors(page(ld('Mara Lindqvist'), '<div>von Mara Lindqvist, Ivo Brandt</div>'))).toEqual([
      'Mara Lindqvist',
      'Ivo Brandt',
    ]);
    expect(authors(page(ld('Mara'), '<div>By</div><div>Mara Lindqvist</div>'))).toEqual(['Mara Lindqvist']);
    // A line naming someone else leaves the machine-given author alone.
    expect(authors(page(ld('Mara Lindqvist'), '<div>Ivo Brandt</div>'))).toEqual(['Mara Lindqvist']);
  });
});

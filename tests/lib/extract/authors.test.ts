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

  it.each([
    [
      'the title',
      '<head><title>On slow travel | Wolfgang Beispiel</title></head><body>',
      'https://www.wolfgangbeispiel.example/slow',
      ['Wolfgang Beispiel'],
    ],
    [
      'the header',
      '<body><header>Sprachpunkt Jana Muster-Beispiel</header>',
      'https://janamusterbeispiel.blog.example/x',
      ['Jana Muster-Beispiel'],
    ],
    [
      'an outlet named like a person',
      '<head><title>Fares rise | Harbour Times</title></head><body>',
      'https://harbourtimes.example/x',
      [],
    ],
    [
      'a name that is not the address',
      '<head><title>Fares rise | Wolfgang Beispiel</title></head><body>',
      'https://ferries.example/x',
      [],
    ],
  ])('credits a personal site to the owner its address spells (%s)', (_, html, url, names) => {
    const { document } = parseHTML(`<html>${html}<p>Fares rise again.</p></body></html>`);
    expect(readMetadata(document as unknown as Document, url).authors).toEqual(names);
  });
});

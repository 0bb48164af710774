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

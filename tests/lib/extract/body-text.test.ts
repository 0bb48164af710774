import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockParagraphs } from '@/lib/extract/body-text';

function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<html><body><div id="a">${html}</div></body></html>`);
  return blockParagraphs(document.getElementById('a')!).map((p) => p.trim());
}

describe('blockParagraphs', () => {
  it('gives a caption a paragraph of its own, apart from the image it sits with', () => {
    expect(
      paragraphsOf(`<p>The lock gates were replaced in spring.</p>
        <figure><img src="gate.jpg"><span>Old gate</span><figcaption>The old gate, removed in March.</figcaption></figure>
        <p>Boats pass again.</p>`),
    ).toEqual([
      'The lock gates were replaced in spring.',
      'Old gate',
      'The old gate, removed in March.',
      'Boats pass again.',
    ]);
  });

  it('still skips what is never prose', () => {
    expect(paragraphsOf(`<p>Boats pass again.<button>Share</button></p><script>var x = 1;</script>`)).toEqual(
      ['Boats pass again.'],
    );
  });
});

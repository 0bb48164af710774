import { describe, expect, it } from 'vitest';
import { encodeDirective, textFragmentUrl } from '@/lib/anchor/text-fragment';

const TEXT =
  'The county will pay for housing. Rubio said the talks marked progress but warned a final settlement was not close, he told CNN. ' +
  'Officials said the county will pay. Later, officials said the county will pay again.';

describe('textFragmentUrl', () => {
  it('names a short passage whole, percent-encoding the directive syntax', () => {
    const start = TEXT.indexOf('The county will pay for housing.');
    expect(textFragmentUrl('https://news.example/a?x=1#top', TEXT, start, start + 32)).toBe(
      'https://news.example/a?x=1#:~:text=The%20county%20will%20pay%20for%20housing.',
    );
  });

  it('names a long passage by its first and last words', () => {
    const start = TEXT.indexOf('Rubio said');
    const end = TEXT.indexOf('CNN.') + 4;
    expect(textFragmentUrl('https://news.example/a', TEXT, start, end)).toBe(
      'https://news.example/a#:~:text=Rubio%20said%20the%20talks%20marked,not%20close%2C%20he%20told%20CNN.',
    );
  });

  it('adds the words around an ambiguous passage as prefix and suffix', () => {
    const start = TEXT.indexOf('the county will pay again');
    const url = textFragmentUrl('https://news.example/a', TEXT, start, start + 'the county will pay'.length);
    expect(url).toBe(
      'https://news.example/a#:~:text=Later%2C%20officials%20said-,the%20county%20will%20pay,-again.',
    );
  });

  it('encodes dashes, commas and ampersands so they are not read as syntax', () => {
    expect(encodeDirective('Article 5-style, A & B')).toBe('Article%205%2Dstyle%2C%20A%20%26%20B');
    expect(decodeURIComponent(encodeDirective('deal—it’s “surrender”'))).toBe('deal—it’s “surrender”');
  });

  it('gives no link without a web address or without words', () => {
    expect(textFragmentUrl('file:///tmp/a.html', TEXT, 0, 10)).toBeNull();
    expect(textFragmentUrl('https://news.example/a', 'a   b', 1, 3)).toBeNull();
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findCanonicalUrl } from '@/lib/extract/canonical-url';

function canonical(head: string, url: string): string | null {
  const { document } = parseHTML(`<html><head>${head}</head><body></body></html>`);
  return findCanonicalUrl(document as unknown as Document, url);
}

describe('findCanonicalUrl', () => {
  it('uses rel=canonical, resolved and without tracking parameters or fragment', () => {
    expect(
      canonical(
        '<link rel="canonical" href="/news/x?utm_source=a&id=7#top">',
        'https://site.example/amp/news/x?fbclid=1',
      ),
    ).toBe('https://site.example/news/x?id=7');
  });

  it('falls back to og:url when the canonical is not http(s)', () => {
    expect(
      canonical(
        '<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="https://site.example/news/y">',
        'https://site.example/news/y?ref=home',
      ),
    ).toBe('https://site.example/news/y');
  });

  it('ignores a canonical that points every page at the home page', () => {
    expect(
      canonical('<link rel="canonical" href="https://site.example/">', 'https://site.example/news/z?gclid=5'),
    ).toBe('https://site.example/news/z');
  });

  it('has none for a page without an http(s) address', () => {
    expect(canonical('', 'about:blank')).toBeNull();
  });
});

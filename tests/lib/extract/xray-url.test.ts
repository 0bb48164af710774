/**
 * Extraction with the `URL` that Firefox's content script has: the page's, through an Xray. Its
 * searchParams iterate directly and with forEach, but the iterators of keys(), values() and
 * entries() are not iterable (measured in Firefox ESR 153: tests/e2e/firefox/xray.e2e.test.ts).
 * Spreading one made metadata extraction throw, and every article in Firefox "Untitled article".
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findCanonicalUrl } from '@/lib/extract/canonical-url';
import { extractArticle } from '@/lib/extract/extract-article';
import { fixture } from '../../helpers/fixtures';

const NativeURL = URL;

/** Iterators as an Xray shows them: `next()` works, but they have no [Symbol.iterator]. */
function xrayParams(params: URLSearchParams): URLSearchParams {
  return new Proxy(params, {
    get(target, key) {
      if (key === 'keys' || key === 'values' || key === 'entries') {
        return () => {
          const iterator = target[key]();
          return { next: () => iterator.next() };
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

class XrayURL extends NativeURL {
  override get searchParams(): URLSearchParams {
    return xrayParams(super.searchParams);
  }
}

const SEED_STORY_URL = 'http://127.0.0.1:8080/seed-story.html?utm_medium=email';

describe('extraction with an Xray-wrapped URL (Firefox content script)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('the stand-in fails as Firefox does', () => {
    const params = new XrayURL('https://site.example/?a=1&b=2').searchParams;
    expect(() => [...params.keys()]).toThrow(/is not iterable/);
    expect(Array.from(params.values())).toEqual([]);
    expect([...params]).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('strips tracking parameters', () => {
    vi.stubGlobal('URL', XrayURL);
    const { document } = parseHTML(
      '<html><head><link rel="canonical" href="/news/x?utm_source=a&id=7&fbclid=2#top"></head><body></body></html>',
    );
    expect(findCanonicalUrl(document as unknown as Document, 'https://site.example/amp/news/x')).toBe(
      'https://site.example/news/x?id=7',
    );
  });

  it('reads the seed-story page exactly as with the native URL', () => {
    const read = () => {
      const { document } = parseHTML(fixture('pages/seed-story.html'));
      return extractArticle(document as unknown as Document, SEED_STORY_URL);
    };
    const native = read();
    vi.stubGlobal('URL', XrayURL);
    const wrapped = read();
    expect(wrapped.title).toBe('Envoy says Washington could back Ukraine with Article 5-style pledge');
    expect(wrapped.siteName).toBe('The Harbour Ledger');
    expect(wrapped.canonicalUrl).toBe(
      'https://harbour-ledger.example/world/2025/08/17/envoy-article-5-ukraine',
    );
    expect(wrapped).toEqual(native);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fromHtml } from '@/lib/cli/inputs';
import { fixture } from '../../helpers/fixtures';

// One metadata step throws, as the canonical-URL step did in Firefox's content script (a page-realm
// iterator that is not iterable there). The article must still be read, and the failure reported.
vi.mock('@/lib/extract/canonical-url', () => ({
  findCanonicalUrl: () => {
    throw new TypeError('out.searchParams.keys(...) is not iterable');
  },
}));

describe('a failing extraction step', () => {
  it('is reported with the article, which keeps its other fields', () => {
    const article = fromHtml(fixture('pages/seed-story.html'), 'https://harbour-ledger.example/world/envoy');
    expect(article.readerable).toBe(true);
    expect(article.title).toBe('Envoy says Washington could back Ukraine with Article 5-style pledge');
    expect(article.siteName).not.toBeNull();
    expect(article.text.length).toBeGreaterThan(1000);
    expect(article.canonicalUrl).toBeNull();
    expect(article.problems).toEqual([
      { step: 'canonical URL', message: 'TypeError: out.searchParams.keys(...) is not iterable' },
    ]);
  });
});

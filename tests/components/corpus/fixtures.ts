import type { CorpusListing, CorpusRow } from '@/lib/corpus-manager/types';

export function row(id: string, overrides: Partial<CorpusRow> = {}): CorpusRow {
  return {
    id,
    title: `Title ${id}`,
    url: `https://news.example/${id}`,
    siteName: 'Reuters',
    byline: null,
    publishedTime: '2025-08-17',
    savedAt: Date.UTC(2026, 0, 2),
    origin: 'saved',
    tags: [],
    snippet: null,
    ...overrides,
  };
}

export function listing(groups: CorpusRow[][], overrides: Partial<CorpusListing> = {}): CorpusListing {
  return {
    groups,
    complete: true,
    corpusSize: groups.flat().length,
    outlets: ['Reuters', 'The Harbour Ledger'],
    ...overrides,
  };
}

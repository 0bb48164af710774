import type { Analysis } from '@/lib/analysis/analyze';

/** A small analysis with two same-story reports and one quote and one certainty difference (our own words). */
export function sampleAnalysis(): Analysis {
  const a1 = { text: '“If one side gets everything, that’s surrender,” he said.', start: 100, end: 157 };
  const a2 = { text: 'Moscow had signalled readiness to pass such a law.', start: 300, end: 350 };
  return {
    article: {
      id: null,
      url: 'https://example.test/a',
      canonicalUrl: null,
      title: 'Talks edge forward',
      byline: null,
      siteName: 'The Ledger',
      publishedTime: '2025-08-17',
    },
    related: [
      {
        id: 'r1',
        title: 'Envoy upbeat on guarantees',
        siteName: 'Wire One',
        url: null,
        publishedTime: '2025-08-17',
        score: 0.6,
        sameStory: true,
        syndicated: false,
        origin: 'seed',
        why: { sharedEntities: ['Rubio'], sharedTerms: [], days: 0 },
      },
      {
        id: 'r2',
        title: 'Summit aftermath',
        siteName: null,
        url: null,
        publishedTime: null,
        score: 0.4,
        sameStory: true,
        syndicated: false,
        origin: 'seed',
        why: { sharedEntities: [], sharedTerms: ['summit'], days: null },
      },
      {
        id: 'r3',
        title: 'Copy of this article',
        siteName: 'Mirror Daily',
        url: null,
        publishedTime: null,
        score: 0.99,
        sameStory: true,
        syndicated: true,
        origin: 'seed',
        why: { sharedEntities: [], sharedTerms: [], days: 0 },
      },
    ],
    comparisons: [
      {
        with: 'r1',
        differences: [
          {
            kind: 'quote',
            a: a1,
            b: {
              text: '“If one side gets everything, that’s not a peace deal—it’s surrender,” he said.',
              start: 10,
              end: 90,
            },
            detail: 'The quote is worded differently.',
          },
        ],
        onlyA: [{ text: 'The talks lasted three hours.', start: 20, end: 49 }],
        onlyB: [],
        agreements: [],
      },
      {
        with: 'r2',
        differences: [
          {
            kind: 'certainty',
            a: a2,
            b: { text: 'Moscow even agreed to pass such a law.', start: 5, end: 43 },
            detail: 'signalled readiness vs agreed',
          },
        ],
        onlyA: [{ text: 'The talks lasted three hours.', start: 20, end: 49 }],
        onlyB: [],
        agreements: [],
      },
    ],
  };
}

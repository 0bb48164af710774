import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { computeFeatures } from '@/lib/match/features';
import { findRelated } from '@/lib/corpus/find-related';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';

/** Text that news pages really carry, and text they should never carry. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        'Zelenskyy',
        'U.S.',
        '“',
        '”',
        '—',
        '\u202e',
        '\u0000',
        '__proto__',
        'constructor',
        '<script>',
        '  ',
        '\n\n',
        '3.5%',
        'NATO',
      ),
      { maxLength: 80 },
    )
    .map((a) => a.join(' ')),
);

describe('the matcher on arbitrary input', () => {
  it('computes features without throwing, and the same features for the same input', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (title, text) => {
        const a = computeFeatures(title, text);
        expect(computeFeatures(title, text)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a query against the seeded corpus without throwing, the same way twice', async () => {
    const db = freshCorpus();
    await importSeeds(db, repositorySeeds(), 1);
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        hostileText,
        fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null }),
        async (title, text, day) => {
          const first = await findRelated(db, { title, text, day });
          expect(await findRelated(db, { title, text, day })).toEqual(first);
          for (const m of first) expect(Number.isFinite(m.score)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { countArticles, deleteArticle, saveArticle } from '@/lib/corpus/articles';
import { importArticles } from '@/lib/corpus/import-articles';
import { maintainCorpus } from '@/lib/corpus/maintenance';
import { articleInput } from '../../helpers/articles';
import { freshCorpus } from '../../helpers/corpus';
import { recount } from './recount';

/** Words and names from which random articles are drawn: few enough that articles share many. */
const WORDS = 'harbour council bridge storm vote budget school river market strike court tunnel'.split(' ');
const NAMES = ['Orla Venn', 'Bram Kettle', 'Sule Amari', 'Petra Lund', 'Kessavik', 'Drevik', 'Tallor'];

const articleArb: fc.Arbitrary<ArticleSpec> = fc.record({
  slot: fc.integer({ min: 0, max: 5 }),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }),
  names: fc.array(fc.constantFrom(...NAMES), { minLength: 0, maxLength: 3 }),
  count: fc.integer({ min: 1, max: 400 }),
});

interface ArticleSpec {
  slot: number;
  words: string[];
  names: string[];
  count: number;
}

type Op =
  | { kind: 'save'; article: ArticleSpec }
  | { kind: 'delete'; slot: number }
  | { kind: 'import'; articles: ArticleSpec[] }
  | { kind: 'maintain'; foldAll: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: articleArb.map((article) => ({ kind: 'save' as const, article })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }).map((slot) => ({ kind: 'delete' as const, slot })) },
  {
    weight: 1,
    arbitrary: fc
      .array(articleArb, { minLength: 1, maxLength: 3 })
      .map((articles) => ({ kind: 'import' as const, articles })),
  },
  { weight: 1, arbitrary: fc.boolean().map((foldAll) => ({ kind: 'maintain' as const, foldAll })) },
);

function input(a: ArticleSpec) {
  const text = `${a.names.join(' and ')} ${a.words.join(' ')} with ${a.count} people.`;
  return articleInput(`slot-${a.slot}`, a.words.slice(0, 3).join(' '), text);
}

describe('document-frequency statistics', () => {
  it('equal a recount after any sequence of saves, deletes, imports and upkeep', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = freshCorpus();
        for (const op of ops) {
          if (op.kind === 'save') await saveArticle(db, input(op.article), 'saved', 1);
          else if (op.kind === 'delete') await deleteArticle(db, `slot-${op.slot}`);
          else if (op.kind === 'import')
            await importArticles(db, op.articles.map(input), 'imported', 1, {
              identity: 'id',
              claims: false,
            });
          else await maintainCorpus(db, { foldAll: op.foldAll });
          // Journal and stats together are the statistics at every step.
          expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
        }
        expect(await countArticles(db)).toBe(await db.articles.count());
        expect(await db.features.count()).toBe(await db.articles.count());
        // Folded, the stats table alone holds them.
        await maintainCorpus(db, { foldAll: true });
        expect(await db.statDeltas.count()).toBe(0);
        expect(new Map((await db.stats.toArray()).map((r) => [r.key, r.df]))).toEqual(await recount(db));
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('equal a recount after bulk imports in small batches (ids repeated within and across batches)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleArb, { minLength: 1, maxLength: 14 }), async (articles) => {
        const db = freshCorpus();
        await importArticles(db, articles.map(input), 'imported', 1, {
          identity: 'id',
          batchSize: 4,
          claims: false,
        });
        const stored = await allDocumentFrequencies(db);
        expect(stored).toEqual(await recount(db));
        expect(await countArticles(db)).toBe(new Set(articles.map((a) => a.slot)).size);
        db.close();
      }),
      { numRuns: 30 },
    );
  });
});

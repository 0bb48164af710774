import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deleteArticle, saveArticle } from '@/lib/corpus/articles';
import { wordsOf } from '@/lib/corpus/db';
import { importArticles } from '@/lib/corpus/import-articles';
import { expireRead } from '@/lib/corpus/retention';
import { searchArticles } from '@/lib/corpus/search';
import { freshCorpus } from '../../helpers/corpus';
import { articleInput } from '../../helpers/articles';

const DAY = 86_400_000;
const NOW = 1_760_000_000_000;
const VOCAB = ['harbour', 'ferry', 'quay', 'storm', 'mayor', 'budget', 'tram', 'bridge'];

const text = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const op = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    id: fc.nat(5),
    text,
    read: fc.boolean(),
    age: fc.nat(200),
  }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.nat(5) }),
  fc.record({ kind: fc.constant('expire' as const), days: fc.nat(120) }),
  fc.record({ kind: fc.constant('import' as const), id: fc.nat(5), text }),
);

describe('word search by index', () => {
  it('finds what a scan of the stored articles finds, after saves, deletes, expiries and imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), fc.constantFrom(...VOCAB), async (ops, word) => {
        const db = freshCorpus();
        for (const o of ops) {
          if (o.kind === 'save')
            await saveArticle(
              db,
              articleInput(`a${o.id}`, 'Council notes', o.text),
              o.read ? 'read' : 'saved',
              NOW - o.age * DAY,
            );
          else if (o.kind === 'delete') await deleteArticle(db, `a${o.id}`);
          else if (o.kind === 'expire') while ((await expireRead(db, NOW, o.days)) > 0);
          else
            await importArticles(db, [articleInput(`a${o.id}`, 'Council notes', o.text)], 'imported', NOW, {
              identity: 'id',
              claims: false,
            });
        }
        const scan = (await db.articles.toArray())
          .filter((a) => wordsOf(`${a.title}\n${a.byline ?? ''}\n${a.text}`).includes(word))
          .map((a) => a.id)
          .sort();
        const found = await searchArticles(db, {
          words: word,
          outlet: null,
          from: null,
          to: null,
          limit: 100,
        });
        expect(found.articles.map((a) => a.id).sort()).toEqual(scan);
        expect(await db.words.count()).toBe(await db.articles.count());
        db.close();
      }),
      { numRuns: 25 },
    );
  });
});

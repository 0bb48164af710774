import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deleteArticle, saveArticle } from '@/lib/corpus/articles';
import { importArticles } from '@/lib/corpus/import-articles';
import { expireRead } from '@/lib/corpus/retention';
import { searchArticles, type CorpusQuery } from '@/lib/corpus/search';
import { foldWords } from '@/lib/text/fold';
import type { StoredArticle } from '@/lib/corpus/db';
import { freshCorpus } from '../../helpers/corpus';
import { articleInput } from '../../helpers/articles';
import { transferFor } from '../transfer/helpers';

const DAY = 86_400_000;
const NOW = 1_760_000_000_000;
/** Written words, some accented or capitalised: the index and the query both fold them. */
const VOCAB = ['harbour', 'Ferry', 'quay', 'storm', 'mayor', 'budget', 'tram', 'bridge', 'café', 'Zürich'];
/** What a reader types: folded and unfolded spellings. */
const QUERY_WORDS = [...VOCAB, 'cafe', 'zurich', 'FERRY', 'nowhere'];
const OUTLETS = ['North Star', 'Daily Quay'];

const text = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const op = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    id: fc.nat(7),
    text,
    read: fc.boolean(),
    age: fc.nat(200),
    outlet: fc.constantFrom(...OUTLETS),
  }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.nat(7) }),
  fc.record({ kind: fc.constant('expire' as const), days: fc.nat(120) }),
  fc.record({ kind: fc.constant('import' as const), id: fc.nat(7), text }),
  // The corpus page's import: staged, then merged in one transaction.
  fc.record({
    kind: fc.constant('pageImport' as const),
    lines: fc.array(fc.record({ id: fc.nat(7), text, age: fc.nat(200) }), { minLength: 1, maxLength: 3 }),
  }),
);
const query = fc.record({
  words: fc
    .array(
      fc.oneof(
        fc.constantFrom(...QUERY_WORDS),
        fc
          .tuple(fc.constantFrom(...QUERY_WORDS), fc.constantFrom(...QUERY_WORDS))
          .map(([a, b]) => `"${a} ${b}"`),
      ),
      { maxLength: 2 },
    )
    .map((w) => w.join(' ')),
  outlet: fc.option(fc.constantFrom(...OUTLETS), { nil: null }),
  limit: fc.integer({ min: 1, max: 6 }),
});

/** The search as a scan of every stored article, written independently of the index. */
function scan(articles: StoredArticle[], q: Pick<CorpusQuery, 'words' | 'outlet'>): string[] {
  const needles = [...q.words.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => foldWords(m[1] ?? m[2] ?? ''));
  return articles
    .filter((a) => {
      const haystack = ` ${foldWords(`${a.title} ${a.byline ?? ''} ${a.text}`)} `;
      return (
        (q.outlet === null || a.siteName === q.outlet) && needles.every((n) => haystack.includes(` ${n} `))
      );
    })
    .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1))
    .map((a) => a.id);
}

describe('word search by index', () => {
  it('finds what a scan of the stored articles finds, in its order, after saves, deletes, expiries and imports', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 12 }),
        query,
        fc.record({
          readDirectly: fc.nat(4),
          walkPage: fc.integer({ min: 1, max: 3 }),
          setAtMost: fc.nat(3),
        }),
        async (ops, q, tuning) => {
          const db = freshCorpus();
          const transfer = transferFor(db);
          for (const o of ops) {
            if (o.kind === 'save')
              await saveArticle(
                db,
                articleInput(`a${o.id}`, 'Council notes', o.text, { siteName: o.outlet }),
                o.read ? 'read' : 'saved',
                NOW - o.age * DAY,
              );
            else if (o.kind === 'delete') await deleteArticle(db, `a${o.id}`);
            else if (o.kind === 'expire') while ((await expireRead(db, NOW, o.days)) > 0);
            else if (o.kind === 'import')
              await importArticles(db, [articleInput(`a${o.id}`, 'Council notes', o.text)], 'imported', NOW, {
                identity: 'id',
                claims: false,
              });
            else {
              const lines = [...new Map(o.lines.map((l) => [l.id, l])).values()].map((l) => ({
                id: `a${l.id}`,
                url: null,
                canonicalUrl: null,
                title: 'Minutes',
                byline: null,
                siteName: OUTLETS[l.id % 2]!,
                publishedTime: null,
                savedAt: new Date(NOW - l.age * DAY).toISOString(),
                origin: 'imported' as const,
                readAt: null,
                lang: null,
                text: l.text,
                tags: [],
              }));
              const { importId } = await transfer.begin(lines.length);
              await transfer.chunk(importId, 0, lines);
              await transfer.commit(importId);
            }
          }
          const expected = scan(await db.articles.toArray(), q);
          const found = await searchArticles(db, { ...q, from: null, to: null }, tuning);
          expect(found.articles.map((a) => a.id)).toEqual(expected.slice(0, q.limit));
          expect(found.complete).toBe(expected.length <= q.limit);
          expect((await db.words.toCollection().primaryKeys()).sort()).toEqual(
            (await db.articles.toCollection().primaryKeys()).sort(),
          );
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('folds accents and case in the index and in the query', async () => {
    const db = freshCorpus();
    await saveArticle(db, articleInput('a', 'Le Café du Port', 'Rencontre à Zürich.'), 'saved', NOW);
    const ids = async (words: string) =>
      (await searchArticles(db, { words, outlet: null, from: null, to: null, limit: 10 })).articles.map(
        (a) => a.id,
      );
    expect(await ids('cafe')).toEqual(['a']);
    expect(await ids('CAFÉ zurich')).toEqual(['a']);
    expect(await ids('"cafe du port"')).toEqual(['a']);
    expect(await ids('"port du cafe"')).toEqual([]);
    db.close();
  });
});

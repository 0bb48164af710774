import { describe, expect, it } from 'vitest';
import { saveArticle } from '@/lib/corpus/articles';
import { expireRead } from '@/lib/corpus/retention';
import { exportChunk } from '@/lib/transfer/export';
import type { ImportArticle } from '@/lib/transfer/format';
import { parseCorpusFile } from '@/lib/transfer/parse-file';
import { freshCorpus } from '../../helpers/corpus';
import { articleInput } from '../../helpers/articles';
import { transferFor } from './helpers';

const DAY = 86_400_000;
const READ = Date.UTC(2025, 5, 1);

async function importInto(db: ReturnType<typeof freshCorpus>, articles: ImportArticle[]) {
  const transfer = transferFor(db);
  const { importId } = await transfer.begin(articles.length);
  await transfer.chunk(importId, 0, articles);
  return transfer.commit(importId);
}

describe('reading dates through export and import', () => {
  it('exports readAt and imports it back, so a read article still expires', async () => {
    const source = freshCorpus();
    await saveArticle(
      source,
      articleInput('r', 'Ferry strike', 'The ferry crews walked out at dawn.'),
      'read',
      READ,
    );
    await saveArticle(
      source,
      articleInput('s', 'Tram budget', 'The council cut the tram budget.'),
      'saved',
      READ,
    );
    const { articles } = await exportChunk(source, { after: null, limit: 10 });
    expect(articles.find((a) => a.id === 'r')?.readAt).toBe(new Date(READ).toISOString());
    expect(articles.find((a) => a.id === 's')?.readAt).toBeNull();

    const parsed = parseCorpusFile(JSON.stringify({ format: 'parallax-corpus', version: 2, articles }));
    if (!parsed.ok) throw new Error(parsed.error);
    const target = freshCorpus();
    await importInto(target, parsed.value.articles);
    expect((await target.articles.get('r'))?.readAt).toBe(READ);
    expect((await target.articles.get('s'))?.readAt).toBeUndefined();
    // 90 days of retention, 100 days after reading: the imported read article expires, the saved one stays.
    expect(await expireRead(target, READ + 100 * DAY, 90)).toBe(1);
    expect((await target.articles.toCollection().primaryKeys()).sort()).toEqual(['s']);
    source.close();
    target.close();
  });

  it('a version 1 file (no reading dates) counts a read article as read when it was saved', async () => {
    const parsed = parseCorpusFile(
      JSON.stringify({
        format: 'parallax-corpus',
        version: 1,
        articles: [
          {
            id: 'r',
            title: 'Ferry',
            text: 'The ferry left.',
            origin: 'read',
            savedAt: new Date(READ).toISOString(),
          },
        ],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const db = freshCorpus();
    await importInto(db, parsed.value.articles);
    expect((await db.articles.get('r'))?.readAt).toBe(READ);
    db.close();
  });

  it('importing a stored read article again never moves its reading date back', async () => {
    const db = freshCorpus();
    const later = READ + 30 * DAY;
    await saveArticle(
      db,
      articleInput('r', 'Ferry strike', 'The ferry crews walked out at dawn.'),
      'read',
      later,
    );
    const record = (text: string): ImportArticle => ({
      id: 'r',
      url: null,
      canonicalUrl: null,
      title: 'Ferry strike',
      byline: null,
      siteName: null,
      publishedTime: null,
      savedAt: new Date(READ).toISOString(),
      readAt: new Date(READ).toISOString(),
      origin: 'read',
      lang: 'en',
      text,
      tags: [],
    });
    // The same text (unchanged) and an edited one (updated): the reading date stays the later one.
    await importInto(db, [record('The ferry crews walked out at dawn.')]);
    expect((await db.articles.get('r'))?.readAt).toBe(later);
    const report = await importInto(db, [record('The ferry crews walked out at dawn on Monday.')]);
    expect(report.updated).toBe(1);
    expect((await db.articles.get('r'))?.readAt).toBe(later);
    db.close();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CorpusDb } from '@/lib/corpus/db';
import { importSeeds } from '@/lib/corpus/import-seeds';
import {
  exportCorpus,
  importCorpus,
  ImportFileError,
  type TransferProgress,
} from '@/lib/messages/transfer-client';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';
import { freshStaging, snapshot, transferFor } from '../transfer/helpers';
import { connectPage } from '../transfer/page-background';
import { syntheticArticles } from '../transfer/synthetic-corpus';

let db: CorpusDb;
let page: ReturnType<typeof connectPage>;
const noWait = () => Promise.resolve();

beforeEach(async () => {
  fakeBrowser.reset();
  db = freshCorpus();
  await importSeeds(db, repositorySeeds(), Date.UTC(2026, 0, 1));
  page = connectPage(db, transferFor(db, freshStaging()));
});
afterEach(() => {
  page.stop();
  db.close();
});

async function exportText(): Promise<string> {
  const { parts } = await exportCorpus(page.request, new Date(Date.UTC(2026, 0, 3)), () => undefined);
  return parts.join('');
}

describe('export and import from the page, through the message transport', () => {
  it('exports a documented, versioned file that imports back into an emptied corpus unchanged', async () => {
    const progress: TransferProgress[] = [];
    await importCorpus(
      JSON.stringify({ format: 'parallax-corpus', version: 1, articles: syntheticArticles(3) }),
      page.request,
      () => undefined,
      noWait,
    );
    const before = await snapshot(db);
    const { parts, count } = await exportCorpus(page.request, new Date(Date.UTC(2026, 0, 3)), (p) =>
      progress.push(p),
    );
    const text = parts.join('');
    const file = JSON.parse(text);
    expect(count).toBe(5);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'articles']);
    expect(file).toMatchObject({
      format: 'parallax-corpus',
      version: 2,
      exportedAt: '2026-01-03T00:00:00.000Z',
    });
    expect(Object.keys(file.articles[0]).sort()).toEqual(
      [
        'byline',
        'canonicalUrl',
        'id',
        'lang',
        'origin',
        'publishedTime',
        'readAt',
        'savedAt',
        'siteName',
        'tags',
        'text',
        'title',
        'url',
      ].sort(),
    );
    expect(progress.at(-1)).toEqual({ phase: 'exporting', done: 5, total: 5 });

    await db.articles.clear();
    await Promise.all([
      db.features.clear(),
      db.stats.clear(),
      db.statDeltas.clear(),
      db.meta.clear(),
      db.claims.clear(),
    ]);
    const phases: string[] = [];
    const report = await importCorpus(text, page.request, (p) => phases.push(p.phase), noWait);
    expect(report).toMatchObject({ total: 5, added: 5 });
    expect([...new Set(phases)]).toEqual(['checking', 'sending', 'saving']);
    const after = await snapshot(db);
    // Seeds come back as imported articles: only the bundle makes seeds.
    expect(after).toEqual(before.map((a) => (a.origin === 'seed' ? { ...a, origin: 'imported' } : a)));
  });

  it('sends a bad file nowhere: the error names the article and field', async () => {
    const text = await exportText();
    const file = JSON.parse(text);
    file.articles[1].publishedTime = 'x'.repeat(101);
    const sent: string[] = [];
    const request: typeof page.request = (name, data) => {
      sent.push(name);
      return page.request(name, data);
    };
    await expect(importCorpus(JSON.stringify(file), request, () => undefined, noWait)).rejects.toThrow(
      new ImportFileError(
        'This file has 1 problem; nothing was imported. articles[1].publishedTime: at most 100 characters (this one has 101).',
      ),
    );
    expect(sent).toEqual([]);
  });

  it('the background rejects a hostile chunk the page did not check, and stages nothing', async () => {
    const { importId } = await page.request('importBegin', { total: 1 });
    const hostile = { id: 'h', title: 'x', text: 'y', url: 'javascript:alert(1)' };
    await expect(
      page.request('importChunk', { importId, offset: 0, articles: [hostile as never] }),
    ).rejects.toThrow('Invalid "importChunk" message at articles.0.url: expected an http(s) URL');
    await expect(page.request('importCommit', { importId })).rejects.toThrow('Only 0 of 1 articles arrived');
  });

  it('deletes with undo: the reply restores the article exactly', async () => {
    const before = await snapshot(db);
    await page.request('setArticleTags', { id: '001_dffb23fcff858348', tags: ['ukraine', 'summit'] });
    const tagged = await snapshot(db);
    expect(tagged.find((a) => a.id === '001_dffb23fcff858348')!.tags).toEqual(['summit', 'ukraine']);
    const { deleted } = await page.request('deleteArticleForUndo', { id: '001_dffb23fcff858348' });
    expect(deleted).toMatchObject({
      id: '001_dffb23fcff858348',
      origin: 'seed',
      tags: ['ukraine', 'summit'],
    });
    expect(await db.articles.count()).toBe(1);
    await expect(page.request('restoreArticle', { article: deleted! })).resolves.toEqual({
      id: '001_dffb23fcff858348',
    });
    expect(await snapshot(db)).toEqual(tagged);
    expect(before).not.toEqual(tagged);
    await expect(page.request('deleteArticleForUndo', { id: 'nope' })).resolves.toEqual({ deleted: null });
    await expect(page.request('setArticleTags', { id: 'nope', tags: [] })).rejects.toThrow(
      'This article is no longer in your corpus.',
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CorpusDb } from '@/lib/corpus/db';
import { searchArticles } from '@/lib/corpus/search';
import { importCorpus, ImportFileError } from '@/lib/messages/transfer-client';
import { isCorpusLines, readCorpusLines } from '@/lib/transfer/parse-file';
import { freshCorpus } from '../../helpers/corpus';
import { everyRow, freshStaging, transferFor } from '../transfer/helpers';
import { connectPage } from '../transfer/page-background';

let db: CorpusDb;
let page: ReturnType<typeof connectPage>;
const noWait = () => Promise.resolve();

beforeEach(() => {
  fakeBrowser.reset();
  db = freshCorpus();
  page = connectPage(db, transferFor(db, freshStaging()));
});
afterEach(() => {
  page.stop();
  db.close();
});

const good = [
  {
    id: 1,
    title: 'Ferry fares rise',
    text: 'The ferry company raised its fares on Monday.',
    source: 'Quay Post',
  },
  {
    id: 'b',
    title: 'Tram line opens',
    text: 'The new tram line opened on Sunday.',
    url: 'https://quay.example/tram',
    date: '2026-03-01',
  },
]
  .map((l) => JSON.stringify(l))
  .join('\n');

describe("the CLI's corpus format on the corpus page", () => {
  it('is told apart from an export', () => {
    expect(isCorpusLines(good)).toBe(true);
    expect(isCorpusLines('{\n"format": "parallax-corpus",\n"version": 2,\n"articles": []\n}')).toBe(false);
    expect(isCorpusLines('{"format": "parallax-corpus", "version": 2, "articles": []}')).toBe(false);
  });

  it('imports every line as its own article, found by its words', async () => {
    const report = await importCorpus(good, page.request, () => undefined, noWait);
    expect(report).toMatchObject({ total: 2, added: 2 });
    const a = await db.articles.get('1');
    expect(a).toMatchObject({ title: 'Ferry fares rise', siteName: 'Quay Post', origin: 'imported' });
    expect((await db.articles.get('b'))?.publishedTime).toBe('2026-03-01');
    const found = await searchArticles(db, { words: 'tram', outlet: null, from: null, to: null, limit: 10 });
    expect(found.articles.map((x) => x.id)).toEqual(['b']);
  });

  it('names each broken line by its number and imports nothing', async () => {
    const text = [
      good,
      '{"id": 3, "title": "No text"}',
      '{"id": 4, "title": "Cut off", "text": "half',
      '{"id": 1, "title": "Again", "text": "Same id."}',
      '{"id": 5, "title": "Bad link", "text": "Text.", "url": "javascript:alert(1)"}',
    ].join('\n');
    const before = await everyRow(db);
    const error = await importCorpus(text, page.request, () => undefined, noWait).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    const message = (error as Error).message;
    expect(message).toMatch(/^This file has 4 problems; nothing was imported\./);
    expect(message).toContain('line 3.text: missing');
    expect(message).toContain('line 4: not valid JSON');
    expect(message).toContain('line 5: repeats id "1"');
    expect(message).toContain('line 6.url: expected an http(s) URL');
    expect(await everyRow(db)).toEqual(before);
  });

  it('says so when a file has no lines', () => {
    expect(readCorpusLines('\n\n')).toEqual({ ok: false, error: 'This file has no articles.' });
  });
});

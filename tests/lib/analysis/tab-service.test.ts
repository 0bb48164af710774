import { beforeEach, describe, expect, it } from 'vitest';
import { allDocumentFrequencies, FOLD_AT } from '@/lib/corpus/stats';
import { saveArticle } from '@/lib/corpus/articles';
import { splitSentences } from '@/lib/text/sentences';
import { recount } from '../corpus/recount';
import { TabService } from '@/lib/analysis/tab-service';
import { importSeeds } from '@/lib/corpus/import-seeds';
import type { CorpusDb } from '@/lib/corpus/db';
import { fromHtml } from '@/lib/cli/inputs';
import { freshCorpus } from '../../helpers/corpus';
import { fixture } from '../../helpers/fixtures';
import { repositorySeeds } from '../../helpers/seeds';

const seedStory = fromHtml(fixture('pages/seed-story.html'), 'https://harbour-ledger.example/world/envoy');
const unrelated = fromHtml(fixture('pages/unrelated.html'), 'https://valley-courier.example/library');
const linkList = fromHtml(fixture('pages/link-list.html'), 'https://valley-courier.example/');

describe('TabService', () => {
  let db: CorpusDb;
  let badges: Map<number, string>;
  let asked: number[];
  let service: TabService;

  beforeEach(async () => {
    db = freshCorpus();
    badges = new Map();
    asked = [];
    const ready = importSeeds(db, repositorySeeds(), 1000);
    service = new TabService({
      db,
      ready,
      now: () => 5000,
      setBadge: (tabId, text) => void badges.set(tabId, text),
      requestExtraction: async (tabId) => void asked.push(tabId),
    });
    await ready;
  });

  it('reports the seed story as two same-story articles and sets the badge to 2', async () => {
    await service.pageExtracted(1, seedStory);
    const state = service.getTabState(1);
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(
      state.analysis.related
        .filter((r) => r.sameStory)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['000_aff521f138871a15', '001_dffb23fcff858348']);
    expect(state.savedId).toBeNull();
    expect(badges.get(1)).toBe('2');
  });

  it('finds nothing related for an unrelated article and clears the badge', async () => {
    await service.pageExtracted(2, unrelated);
    const state = service.getTabState(2);
    expect(state.status === 'ready' && state.analysis.related).toEqual([]);
    expect(badges.get(2)).toBe('');
  });

  it('reports a non-article with its reason', async () => {
    await service.pageExtracted(3, linkList);
    expect(service.getTabState(3)).toEqual({
      status: 'not-article',
      reason: expect.stringMatching(/\w{3,}/),
    });
  });

  it('saves the tab article once, marks it saved, and excludes it from its own related list', async () => {
    await service.pageExtracted(1, seedStory);
    const first = await service.saveTab(1, ['ukraine']);
    const again = await service.saveTab(1, ['talks']);
    expect(again).toEqual({ id: first.id, replaced: true });
    expect(await db.articles.count()).toBe(3);
    expect((await db.articles.get(first.id))?.tags.sort()).toEqual(['talks', 'ukraine']);
    const state = service.getTabState(1);
    expect(state.status === 'ready' && state.savedId).toBe(first.id);
    expect(state.status === 'ready' && state.analysis.related.map((r) => r.id)).not.toContain(first.id);
    await service.removeArticle(first.id);
    const after = service.getTabState(1);
    expect(after.status === 'ready' && after.savedId).toBeNull();
    expect(await db.articles.count()).toBe(2);
  });

  it('keeps a seed the reader removed out of the corpus when the seeds are imported again (a worker start)', async () => {
    const seedId = '000_aff521f138871a15';
    expect(await service.removeArticle(seedId)).toBe(true);
    const report = await importSeeds(db, repositorySeeds(), 6000);
    expect(report.deletedByReader).toEqual([seedId]);
    expect(await db.articles.get(seedId)).toBeUndefined();
    await service.pageExtracted(1, seedStory);
    const state = service.getTabState(1);
    expect(state.status === 'ready' && state.analysis.related.map((r) => r.id)).not.toContain(seedId);
  });

  it('runs the corpus upkeep after a save without making the save wait for it', async () => {
    // Seeds wrote their journal rows; enough saves elsewhere to pass the folding threshold.
    for (let i = 0; i < FOLD_AT; i++) {
      const text = `Councillor Vell${i} opened the harbour market on day ${i}.`;
      await saveArticle(
        db,
        { ...seedStory, id: `n${i}`, canonicalUrl: null, text, sentences: splitSentences(text) },
        'saved',
        1,
      );
    }
    expect(await db.statDeltas.count()).toBeGreaterThanOrEqual(FOLD_AT);
    await service.pageExtracted(1, seedStory);
    await service.saveTab(1, []);
    await service.upkeepDone();
    expect(await db.statDeltas.count()).toBe(0);
    expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
  });

  it('refuses to save a tab without an article', async () => {
    await service.pageExtracted(3, linkList);
    await expect(service.saveTab(3, [])).rejects.toThrow('no article');
    await expect(service.saveTab(99, [])).rejects.toThrow('no article');
  });

  it('asks the page again when it has no state for a tab (the worker restarted)', () => {
    expect(service.getTabState(42)).toEqual({ status: 'idle' });
    expect(asked).toEqual([42]);
  });

  it('keeps the newest page of a tab when analyses finish out of order', async () => {
    const older = service.pageExtracted(1, seedStory);
    const newer = service.pageExtracted(1, unrelated);
    await Promise.all([older, newer]);
    const state = service.getTabState(1);
    expect(state.status === 'ready' && state.article.title).toContain('Millbrook');
  });

  it('shows an error state when the analysis fails', async () => {
    db.close();
    await service.pageExtracted(5, seedStory);
    const state = service.getTabState(5);
    expect(state.status).toBe('error');
    expect(badges.get(5)).toBe('!');
  });
});

describe('TabService diagnostics', () => {
  it('logs the failed steps of an extraction and keeps them in the tab state, the article still analysed', async () => {
    const db = freshCorpus();
    const ready = importSeeds(db, repositorySeeds(), 1000);
    const logged: [string, unknown][] = [];
    const service = new TabService({
      db,
      ready,
      now: () => 5000,
      setBadge: () => undefined,
      requestExtraction: async () => undefined,
      log: (message, detail) => void logged.push([message, detail]),
    });
    const problems = [{ step: 'canonical URL', message: 'TypeError: not iterable' }];
    await service.pageExtracted(1, { ...seedStory, problems });
    const state = service.getTabState(1);
    expect(state.status).toBe('ready');
    expect(state.diagnostics).toEqual(['canonical URL: TypeError: not iterable']);
    expect(logged).toEqual([[`Parallax: part of the extraction failed on ${seedStory.url}`, problems]]);
  });

  it('logs a failed analysis and names it in the error state', async () => {
    const db = freshCorpus();
    const logged: string[] = [];
    const service = new TabService({
      db,
      now: () => 5000,
      setBadge: () => undefined,
      requestExtraction: async () => undefined,
      log: (message) => void logged.push(message),
    });
    db.close();
    await service.pageExtracted(2, seedStory);
    const state = service.getTabState(2);
    expect(state.status).toBe('error');
    expect(state.diagnostics?.[0]).toMatch(/^analysis: \w+Error: /);
    expect(logged).toEqual([`Parallax: the analysis of ${seedStory.url} failed`]);
  });
});

describe('TabService when the disk is full', () => {
  it('says so clearly and leaves the corpus exactly as it was', async () => {
    const db = freshCorpus();
    await importSeeds(db, repositorySeeds(), 1000);
    const service = new TabService({
      db,
      now: () => 5000,
      setBadge: () => undefined,
      requestExtraction: async () => undefined,
    });
    await service.pageExtracted(1, seedStory);
    const before = {
      articles: await db.articles.toArray(),
      features: await db.features.toArray(),
      stats: await allDocumentFrequencies(db),
      journal: await db.statDeltas.count(),
      meta: await db.meta.toArray(),
      claims: await db.claims.count(),
    };
    // The last write of the save transaction fails as a full disk makes IndexedDB fail.
    const put = db.meta.put.bind(db.meta);
    db.meta.put = (() =>
      Promise.reject(
        Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
      )) as unknown as typeof db.meta.put;
    await expect(service.saveTab(1, ['x'])).rejects.toThrow(
      /storage is full, so saving this article did not happen and nothing was changed/,
    );
    db.meta.put = put;
    expect({
      articles: await db.articles.toArray(),
      features: await db.features.toArray(),
      stats: await allDocumentFrequencies(db),
      journal: await db.statDeltas.count(),
      meta: await db.meta.toArray(),
      claims: await db.claims.count(),
    }).toEqual(before);
  });
});

describe('TabService.corpusChanged', () => {
  it('re-analyses open articles after the corpus changed elsewhere (an import)', async () => {
    const db = freshCorpus();
    const service = new TabService({
      db,
      now: () => 1,
      setBadge: () => undefined,
      requestExtraction: async () => undefined,
    });
    await service.pageExtracted(1, seedStory);
    const before = service.getTabState(1);
    expect(before.status === 'ready' && before.analysis.related).toEqual([]);
    await importSeeds(db, repositorySeeds(), 2);
    await service.corpusChanged();
    const after = service.getTabState(1);
    expect(after.status === 'ready' && after.analysis.related.filter((r) => r.sameStory)).toHaveLength(2);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { TabService } from '@/lib/analysis/tab-service';
import { fromHtml } from '@/lib/cli/inputs';
import type { CorpusDb } from '@/lib/corpus/db';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { recount } from '../corpus/recount';
import { freshCorpus } from '../../helpers/corpus';
import { fixture } from '../../helpers/fixtures';
import { repositorySeeds } from '../../helpers/seeds';

const reportA = fromHtml(fixture('pages/ferry-strike-a.html'), 'https://northgate-herald.example/ferry');
const reportB = fromHtml(fixture('pages/ferry-strike-b.html'), 'https://coastline-gazette.example/ferry');
const DAY = 86_400_000;

describe('TabService: keeping what the reader reads', () => {
  let db: CorpusDb;
  let now: number;
  let kept: number;
  let asked: number[];
  let logged: string[];
  let service: TabService;

  beforeEach(async () => {
    db = freshCorpus();
    now = 40 * DAY;
    kept = 0;
    asked = [];
    logged = [];
    const ready = importSeeds(db, repositorySeeds(), 1000);
    service = new TabService({
      db,
      ready,
      now: () => now,
      setBadge: () => undefined,
      requestExtraction: async (tabId) => void asked.push(tabId),
      onKept: () => void kept++,
      log: (message) => void logged.push(message),
    });
    await ready;
  });

  it('keeps a read article as read, and a later report of the story finds it like a saved one', async () => {
    await service.pageExtracted(1, reportA);
    expect(await service.pageRead(1, reportA.url, 'keep')).toBe('kept');
    const [stored] = await db.articles.where('origin').equals('read').toArray();
    expect(stored).toMatchObject({ title: reportA.title, origin: 'read', readAt: now });
    expect(kept).toBe(1);
    const own = service.getTabState(1);
    expect(own).toMatchObject({ status: 'ready', reading: 'kept', savedId: stored!.id });
    expect(own.status === 'ready' && own.article).toMatchObject({ origin: 'read', readAt: now });

    now += DAY;
    await service.pageExtracted(2, reportB);
    const state = service.getTabState(2);
    if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
    const related = state.analysis.related.find((r) => r.id === stored!.id);
    expect(related).toMatchObject({ sameStory: true, origin: 'read', readAt: now - DAY });
    // Compared claim by claim, as with a saved article.
    const comparison = state.analysis.comparisons.find((c) => c.with === stored!.id);
    expect(comparison?.differences.map((d) => d.kind)).toEqual(expect.arrayContaining(['quote']));
    expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
  });

  it.each(['paused', 'excluded', 'private'] as const)(
    'keeps nothing when %s, and says so in the tab state',
    async (verdict) => {
      await service.pageExtracted(1, reportA);
      expect(await service.pageRead(1, reportA.url, verdict)).toBe(verdict);
      expect(await db.articles.count()).toBe(2); // the seeds only
      expect(service.getTabState(1)).toMatchObject({ status: 'ready', reading: verdict });
      expect(kept).toBe(0);
    },
  );

  it('ignores a report from a page the tab has left', async () => {
    await service.pageExtracted(1, reportB);
    expect(await service.pageRead(1, reportA.url, 'keep')).toBeNull();
    expect(await db.articles.count()).toBe(2);
  });

  it('keeps a page read before the restarted worker had its extraction, once the page sends it', async () => {
    expect(await service.pageRead(7, reportA.url, 'keep')).toBeNull();
    expect(asked).toEqual([7]);
    await service.pageExtracted(7, reportA);
    expect(service.getTabState(7)).toMatchObject({ status: 'ready', reading: 'kept' });
    expect(await db.articles.where('origin').equals('read').count()).toBe(1);
  });

  it('stays read when the same page is extracted again, and starts unread on another page', async () => {
    await service.pageExtracted(1, reportA);
    await service.pageRead(1, reportA.url, 'keep');
    await service.pageExtracted(1, reportA);
    expect(service.getTabState(1)).toMatchObject({ reading: 'kept' });
    await service.pageExtracted(1, reportB);
    expect(service.getTabState(1).reading).toBeUndefined();
  });

  it('reports a failed keep in the diagnostics and the log, never silently', async () => {
    await service.pageExtracted(1, reportA);
    db.close();
    expect(await service.pageRead(1, reportA.url, 'keep')).toBe('failed');
    const state = service.getTabState(1);
    expect(state.reading).toBe('failed');
    expect(state.diagnostics?.at(-1)).toMatch(/^keeping: /);
    expect(logged).toContain(`Parallax: keeping ${reportA.url} as read failed`);
  });

  it('turns a read article into a saved one, and forgets read articles but not saved ones', async () => {
    await service.pageExtracted(1, reportA);
    await service.pageRead(1, reportA.url, 'keep');
    await service.pageExtracted(2, reportB);
    await service.pageRead(2, reportB.url, 'keep');
    const stateA = service.getTabState(1);
    const idA = stateA.status === 'ready' ? stateA.savedId! : '';
    expect(await service.keepAsSaved(idA)).toBe(true);
    expect(await service.keepAsSaved(idA)).toBe(false); // no longer a read article
    expect(service.getTabState(1)).toMatchObject({ article: { origin: 'saved' } });
    expect(await service.forgetRead(null)).toBe(1);
    expect((await db.articles.toArray()).map((a) => a.origin).sort()).toEqual(['saved', 'seed', 'seed']);
    await service.upkeepDone();
    expect(await allDocumentFrequencies(db)).toEqual(await recount(db));
  });

  it('forgets only what was read since the given time', async () => {
    await service.pageExtracted(1, reportA);
    await service.pageRead(1, reportA.url, 'keep');
    now += 2 * DAY;
    await service.pageExtracted(2, reportB);
    await service.pageRead(2, reportB.url, 'keep');
    expect(await service.forgetRead(now - DAY)).toBe(1);
    expect((await db.articles.where('origin').equals('read').toArray()).map((a) => a.title)).toEqual([
      reportA.title,
    ]);
  });
});

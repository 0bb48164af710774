import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { requestSchemas } from '@/lib/messages/protocol';
import { storyPageHandlers } from '@/lib/messages/story-page';
import { storyPagePath, storyQueryOf, type StoryQuery } from '@/lib/messages/story-url';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';

describe('the story page address', () => {
  it.each<StoryQuery>([
    { by: 'tab', tabId: 12 },
    // Chromium's tab ids often have ten digits (the story e2e failed whenever one did).
    { by: 'tab', tabId: 1_427_905_288 },
    { by: 'article', id: 'u1a2b&c=d' },
    { by: 'ids', ids: ['a', 'b-c', 'd'] },
  ])('reads back what it writes: %o', (query) => {
    const path = storyPagePath(query);
    expect(path.startsWith('/story.html?')).toBe(true);
    expect(storyQueryOf(path.slice(path.indexOf('?')))).toEqual(query);
    expect(v.safeParse(requestSchemas.getStory, query).success).toBe(true);
  });

  it('names no story without a usable parameter, and the schema refuses bad requests', () => {
    expect(storyQueryOf('')).toBeNull();
    expect(storyQueryOf('?tab=-1')).toBeNull();
    expect(storyQueryOf('?tab=99999999999999999999')).toBeNull();
    expect(storyQueryOf('?ids=,,')).toBeNull();
    expect(v.safeParse(requestSchemas.getStory, { by: 'ids', ids: [] }).success).toBe(false);
    expect(v.safeParse(requestSchemas.getStory, { by: 'tab', tabId: -3 }).success).toBe(false);
    expect(v.safeParse(requestSchemas.getStory, { by: 'url', url: 'x' }).success).toBe(false);
  });
});

describe('storyPageHandlers', () => {
  it('loads a story by ids or article, asks the tab service for a tab, and opens the page for the sender', async () => {
    const db = freshCorpus();
    await importSeeds(db, repositorySeeds(), 0);
    const openPage = vi.fn(async () => undefined);
    const handlers = storyPageHandlers({
      db,
      storyOfTab: () => {
        throw new Error('Parallax is still analysing that article. Try again in a moment.');
      },
      openPage,
    });
    const story = await handlers.getStory(
      { by: 'ids', ids: ['000_aff521f138871a15', '001_dffb23fcff858348'] },
      { id: 'x' },
    );
    expect(story.reports.map((r) => r.key).sort()).toEqual(['000_aff521f138871a15', '001_dffb23fcff858348']);
    const byArticle = await handlers.getStory({ by: 'article', id: '000_aff521f138871a15' }, { id: 'x' });
    expect(byArticle.reports).toHaveLength(2);
    await expect(handlers.getStory({ by: 'tab', tabId: 4 }, { id: 'x' })).rejects.toThrow(/still analysing/);
    expect(await handlers.openStory({}, { id: 'x', tab: { id: 7 } })).toEqual({ opened: true });
    expect(openPage).toHaveBeenCalledWith('/story.html?tab=7');
    await expect(handlers.openStory({}, { id: 'x' })).rejects.toThrow(/from a tab/);
  });
});

/** The story page's side of the message protocol: the handlers the background registers. */
import type { StorySource } from '../analysis/story';
import { loadStory } from '../analysis/story';
import type { CorpusDb } from '../corpus/db';
import type { Handlers } from './transport';
import { storyPagePath } from './story-url';

export interface StoryPageEnv {
  db: CorpusDb;
  /** Resolves when the corpus is ready (seeds imported). */
  ready?: Promise<unknown>;
  /** The story of an open tab's article, as its analysis found it (throws when there is none yet). */
  storyOfTab: (tabId: number) => StorySource;
  /** Opens the story page at `path` in a new tab. */
  openPage: (path: string) => Promise<void>;
}

/** Handlers for the story page's messages. */
export function storyPageHandlers(env: StoryPageEnv): Required<Pick<Handlers, 'getStory' | 'openStory'>> {
  return {
    getStory: async (query) => {
      await env.ready;
      const source: StorySource =
        query.by === 'tab'
          ? env.storyOfTab(query.tabId)
          : query.by === 'article'
            ? { kind: 'article', id: query.id }
            : { kind: 'ids', ids: query.ids };
      return loadStory(env.db, source);
    },
    openStory: async (_, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('openStory must come from a tab.');
      await env.openPage(storyPagePath({ by: 'tab', tabId }));
      return { opened: true };
    },
  };
}

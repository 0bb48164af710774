/**
 * The story page's address (`story.html?tab=…`, `?article=…` or `?ids=…,…`) and the getStory
 * request it stands for. Apart from the handlers so the popup and corpus page import only this.
 */
import type { RequestOf } from './protocol';

export type StoryQuery = RequestOf<'getStory'>;

/** The story page's path (relative to the extension's root) for `query`. */
export function storyPagePath(query: StoryQuery): string {
  const params = new URLSearchParams();
  if (query.by === 'tab') params.set('tab', String(query.tabId));
  else if (query.by === 'article') params.set('article', query.id);
  else params.set('ids', query.ids.join(','));
  return `/story.html?${params.toString()}`;
}

/** The request a story page address asks for, or null when it names no story. */
export function storyQueryOf(search: string): StoryQuery | null {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  // Tab ids are any non-negative integer: Chromium's often have ten digits.
  if (tab !== null && /^\d+$/.test(tab) && Number.isSafeInteger(Number(tab)))
    return { by: 'tab', tabId: Number(tab) };
  const article = params.get('article');
  if (article) return { by: 'article', id: article };
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  return ids.length ? { by: 'ids', ids } : null;
}

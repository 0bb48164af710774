import type { CorpusRow } from '@/lib/corpus-manager/types';
import { storyPagePath } from '@/lib/messages/story-url';
import { ArticleItem } from './ArticleItem';
import { plural } from './format';

export interface StoryListProps {
  groups: CorpusRow[][];
  busyIds: ReadonlySet<string>;
  maxTagChars: number;
  onSaveTags: (id: string, tags: string[]) => void;
  onDelete: (row: CorpusRow) => void;
  onKeepAsSaved?: (id: string) => void;
}

/** The listed articles grouped by story: a group of several is one story covered by several reports. */
export function StoryList({
  groups,
  busyIds,
  maxTagChars,
  onSaveTags,
  onDelete,
  onKeepAsSaved,
}: StoryListProps) {
  return (
    <ol class="stories">
      {groups.map((group) => {
        const label =
          group.length > 1 ? `Same story · ${plural(group.length, 'report')}` : 'Story with one report';
        return (
          <li
            key={group[0]!.id}
            class={group.length > 1 ? 'story story-multi' : 'story'}
            data-story-size={group.length}
            aria-label={label}
          >
            {group.length > 1 ? (
              <p class="story-label">
                {label} ·{' '}
                <a href={storyPagePath({ by: 'ids', ids: group.map((row) => row.id) })} class="story-link">
                  See the whole story
                </a>
              </p>
            ) : null}
            <ul class="story-articles">
              {group.map((row) => (
                <li key={row.id}>
                  <ArticleItem
                    row={row}
                    busy={busyIds.has(row.id)}
                    maxTagChars={maxTagChars}
                    onSaveTags={onSaveTags}
                    onDelete={onDelete}
                    onKeepAsSaved={onKeepAsSaved}
                  />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

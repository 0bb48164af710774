import type { CorpusRow } from '@/lib/corpus-manager/types';
import { formatDate } from '../format';
import { TagEditor } from './TagEditor';

export interface ArticleItemProps {
  row: CorpusRow;
  busy: boolean;
  maxTagChars: number;
  onSaveTags: (id: string, tags: string[]) => void;
  onDelete: (row: CorpusRow) => void;
  /** Make a read article saved (it then never expires). */
  onKeepAsSaved?: (id: string) => void;
}

const ORIGIN_LABEL = { seed: 'Seed', saved: 'Saved', imported: 'Imported', read: 'Read' } as const;

/** One article of the corpus: title (a link to the original when there is one), source, tags, delete. */
export function ArticleItem({
  row,
  busy,
  maxTagChars,
  onSaveTags,
  onDelete,
  onKeepAsSaved,
}: ArticleItemProps) {
  const read = row.origin === 'read';
  const meta = [
    row.siteName ?? 'Outlet unknown',
    row.publishedTime ? formatDate(row.publishedTime) : 'date unknown',
    row.byline,
  ].filter(Boolean);
  return (
    <article class="corpus-article" data-id={row.id} aria-label={row.title || 'Untitled article'}>
      <h3 class="corpus-title">
        {row.url ? (
          <a href={row.url} target="_blank" rel="noopener noreferrer">
            {row.title || 'Untitled article'}
            <span class="visually-hidden"> (opens the original in a new tab)</span>
          </a>
        ) : (
          row.title || 'Untitled article'
        )}
      </h3>
      <p class="meta">
        {meta.join(' · ')}
        <span class={`origin origin-${row.origin}`}>{ORIGIN_LABEL[row.origin]}</span>
        <span class="saved-at">
          {read && row.readAt !== undefined
            ? `read ${formatDate(new Date(row.readAt).toISOString())}`
            : `saved ${formatDate(new Date(row.savedAt).toISOString())}`}
        </span>
      </p>
      {row.snippet ? <p class="snippet">{row.snippet}</p> : null}
      <div class="article-actions">
        <TagEditor
          tags={row.tags}
          articleTitle={row.title}
          busy={busy}
          maxTagChars={maxTagChars}
          onSave={(tags) => onSaveTags(row.id, tags)}
        />
        {read && onKeepAsSaved ? (
          <button
            type="button"
            class="secondary"
            disabled={busy}
            aria-label={`Keep “${row.title || 'Untitled article'}” as saved`}
            onClick={() => onKeepAsSaved(row.id)}
          >
            Keep as saved
          </button>
        ) : null}
        <button
          type="button"
          class="secondary danger"
          disabled={busy}
          aria-label={`${read ? 'Forget' : 'Delete'} “${row.title || 'Untitled article'}”`}
          onClick={() => onDelete(row)}
        >
          {read ? 'Forget' : 'Delete'}
        </button>
      </div>
    </article>
  );
}

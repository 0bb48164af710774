import type { CorpusListing, CorpusRow } from '@/lib/corpus-manager/types';
import { formatBytes, plural } from './format';
import { SearchForm, type SearchFields } from './SearchForm';
import { StoryList } from './StoryList';
import { TransferPanel, type TransferStatus } from './TransferPanel';
import { UndoNotice } from './UndoNotice';

export interface CorpusPageProps {
  listing: CorpusListing | null;
  loading: boolean;
  /** Why the list could not be loaded or changed. */
  error: string | null;
  /** Bytes the extension stores (navigator.storage.estimate), null while unknown. */
  storageBytes: number | null;
  transfer: TransferStatus;
  /** The last deleted article while its undo is offered. */
  undo: { id: string; title: string } | null;
  undoTimeoutMs: number;
  busyIds: ReadonlySet<string>;
  maxTagChars: number;
  onSearch: (fields: SearchFields) => void;
  onShowMore: () => void;
  onSaveTags: (id: string, tags: string[]) => void;
  onDelete: (row: CorpusRow) => void;
  /** Make a read article saved (it then never expires). */
  onKeepAsSaved?: (id: string) => void;
  onUndo: () => void;
  onDismissUndo: (hadFocus: boolean) => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** The corpus manager: search, the articles grouped by story, export and import, storage used. */
export function CorpusPage(props: CorpusPageProps) {
  const { listing, loading, error } = props;
  const listed = listing?.groups.reduce((n, g) => n + g.length, 0) ?? 0;
  return (
    <>
      <header class="page-header">
        <h1>Your Parallax corpus</h1>
        <p class="meta" data-testid="corpus-summary">
          {listing ? plural(listing.corpusSize, 'article') : 'Loading…'}
          {' · '}
          Storage used: {props.storageBytes === null ? 'unknown' : formatBytes(props.storageBytes)}
        </p>
      </header>
      <SearchForm outlets={listing?.outlets ?? []} busy={loading} onSearch={props.onSearch} />
      <TransferPanel status={props.transfer} onExport={props.onExport} onImport={props.onImport} />
      {props.undo ? (
        <UndoNotice
          key={props.undo.id}
          title={props.undo.title}
          timeoutMs={props.undoTimeoutMs}
          busy={props.busyIds.size > 0}
          onUndo={props.onUndo}
          onDismiss={props.onDismissUndo}
        />
      ) : null}
      <section class="results" aria-labelledby="results-heading" aria-busy={loading ? 'true' : 'false'}>
        <h2 id="results-heading" tabIndex={-1}>
          {listing ? resultsTitle(listing, listed) : 'Articles'}
        </h2>
        {error ? (
          <p class="page-error" role="alert">
            {error}
          </p>
        ) : null}
        {listing && listed === 0 && !loading ? (
          <p class="empty">
            {listing.corpusSize === 0
              ? 'Your corpus is empty. Save articles from the Parallax popup, or import a corpus file.'
              : 'No article matches this search.'}
          </p>
        ) : null}
        {listing ? (
          <StoryList
            groups={listing.groups}
            busyIds={props.busyIds}
            maxTagChars={props.maxTagChars}
            onSaveTags={props.onSaveTags}
            onDelete={props.onDelete}
            onKeepAsSaved={props.onKeepAsSaved}
          />
        ) : null}
        {listing && !listing.complete ? (
          <button type="button" class="secondary show-more" disabled={loading} onClick={props.onShowMore}>
            Show more
          </button>
        ) : null}
      </section>
    </>
  );
}

function resultsTitle(listing: CorpusListing, listed: number): string {
  const stories = plural(listing.groups.length, 'story', 'stories');
  return `${plural(listed, 'article')}${listing.complete ? '' : ' shown (more match)'} in ${stories}`;
}

import type { RelatedItem } from '@/lib/analysis/analyze';
import { formatDay, sourceLine } from './format';

export interface RelatedListProps {
  items: RelatedItem[];
  busy?: boolean;
  /** Make a read article saved (it then never expires). */
  onKeepAsSaved?: (id: string) => void;
  /** Forget a read article. */
  onForget?: (id: string) => void;
}

type ItemActions = Omit<RelatedListProps, 'items'>;

/**
 * Related coverage, same story first, each with its score, why it matched and whether the reader
 * read or saved it; copies of this article last, grouped.
 */
export function RelatedList({ items, ...actions }: RelatedListProps) {
  const copies = items.filter((i) => i.syndicated);
  const others = items.filter((i) => !i.syndicated);
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related coverage</h2>
      <RelatedItems items={others} {...actions} />
      {copies.length ? (
        <>
          <h3 class="copies-heading">Copies of this article elsewhere (syndicated, counted once)</h3>
          <RelatedItems items={copies} {...actions} />
        </>
      ) : null}
    </section>
  );
}

function RelatedItems({ items, busy, onKeepAsSaved, onForget }: { items: RelatedItem[] } & ItemActions) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id} class="related-item" data-id={item.id} data-same-story={String(item.sameStory)}>
          <div class="related-top">
            <span class={item.sameStory ? 'tier tier-same' : 'tier tier-related'}>
              {item.sameStory ? 'Same story' : 'Related'}
            </span>
            {item.syndicated ? <span class="tier tier-syndicated">Syndicated copy</span> : null}
            <span class="score" title="Similarity score (0–1)">
              {item.score.toFixed(2)}
            </span>
          </div>
          <p class="related-title">
            {item.url ? (
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                {item.title}
              </a>
            ) : (
              item.title
            )}
          </p>
          <p class="meta">{sourceLine(item.siteName, item.publishedTime) || 'Outlet unknown'}</p>
          {item.why.summary ? <p class="verdict">{item.why.summary}</p> : null}
          <p class="why">{whyLine(item)}</p>
          {item.why.doubts?.length ? (
            <p class="doubts">Missing or different: {item.why.doubts.join('; ')}</p>
          ) : null}
          <Provenance item={item} busy={busy} onKeepAsSaved={onKeepAsSaved} onForget={onForget} />
        </li>
      ))}
    </ul>
  );
}

function whyLine(item: RelatedItem): string {
  const parts: string[] = [];
  if (item.why.sharedEntities.length) parts.push(`names: ${item.why.sharedEntities.slice(0, 4).join(', ')}`);
  if (item.why.sharedTerms.length) parts.push(`terms: ${item.why.sharedTerms.slice(0, 4).join(', ')}`);
  if (item.why.days !== null) parts.push(item.why.days === 0 ? 'same day' : `${item.why.days} days apart`);
  return parts.length ? `Shared ${parts.join('; ')}` : '';
}

/** "You read this on 12 March" (with Keep as saved and Forget) or "You saved this"; nothing for seeds and imports. */
function Provenance({ item, busy, onKeepAsSaved, onForget }: { item: RelatedItem } & ItemActions) {
  if (item.origin === 'saved') return <p class="provenance provenance-saved">You saved this</p>;
  if (item.origin !== 'read') return null;
  const title = item.title || 'Untitled article';
  return (
    <div class="provenance provenance-read">
      <span>
        {item.readAt !== undefined ? `You read this on ${formatDay(item.readAt)}` : 'You read this'}
      </span>
      {onKeepAsSaved ? (
        <button
          type="button"
          class="link"
          disabled={busy}
          aria-label={`Keep “${title}” as saved`}
          onClick={() => onKeepAsSaved(item.id)}
        >
          Keep as saved
        </button>
      ) : null}
      {onForget ? (
        <button
          type="button"
          class="link"
          disabled={busy}
          aria-label={`Forget “${title}”`}
          onClick={() => onForget(item.id)}
        >
          Forget
        </button>
      ) : null}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { ArticleSummary } from '@/lib/analysis/analyze';
import { formatDay } from './format';

export interface SaveControlProps {
  savedId: string | null;
  /** How the stored copy came in: a `read` one was kept because the reader read it. */
  origin?: ArticleSummary['origin'];
  /** When the reader last read it (epoch ms). */
  readAt?: number;
  busy: boolean;
  onSave: (tags: string[]) => void;
  onRemove: (id: string) => void;
  /** Make a read article saved (it then never expires). */
  onKeepAsSaved?: (id: string) => void;
}

/**
 * Save to corpus (with optional tags); once saved, the saved state and Remove; for an article kept
 * because the reader read it, when, with "Keep as saved" and "Forget".
 */
export function SaveControl({
  savedId,
  origin,
  readAt,
  busy,
  onSave,
  onRemove,
  onKeepAsSaved,
}: SaveControlProps) {
  const [tags, setTags] = useState('');
  if (savedId && origin === 'read') {
    return (
      <div class="save kept-read" data-origin="read">
        <span class="saved-label read-label" role="status">
          Read{readAt !== undefined ? ` on ${formatDay(readAt)}` : ''} · kept in your corpus for a while
        </span>
        {onKeepAsSaved ? (
          <button type="button" disabled={busy} onClick={() => onKeepAsSaved(savedId)}>
            Keep as saved
          </button>
        ) : null}
        <button type="button" class="secondary" disabled={busy} onClick={() => onRemove(savedId)}>
          Forget
        </button>
      </div>
    );
  }
  if (savedId) {
    return (
      <div class="save saved" data-origin={origin ?? 'saved'}>
        <span class="saved-label" role="status">
          ✓ Saved to your corpus
        </span>
        <button type="button" class="secondary" disabled={busy} onClick={() => onRemove(savedId)}>
          Remove
        </button>
      </div>
    );
  }
  return (
    <form
      class="save"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(parseTags(tags));
      }}
    >
      <label class="visually-hidden" for="tags">
        Tags (comma separated)
      </label>
      <input
        id="tags"
        type="text"
        placeholder="tags, comma separated"
        value={tags}
        onInput={(e) => setTags(e.currentTarget.value)}
      />
      <button type="submit" disabled={busy}>
        Save to corpus
      </button>
    </form>
  );
}

/** "ukraine, Talks ,ukraine" → ["ukraine", "talks"]. */
export function parseTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ].slice(0, 32);
}

import { useState } from 'preact/hooks';

export interface SaveControlProps {
  savedId: string | null;
  busy: boolean;
  onSave: (tags: string[]) => void;
  onRemove: (id: string) => void;
}

/** Save to corpus (with optional tags) or, once saved, the saved state and Remove. */
export function SaveControl({ savedId, busy, onSave, onRemove }: SaveControlProps) {
  const [tags, setTags] = useState('');
  if (savedId) {
    return (
      <div class="save saved">
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

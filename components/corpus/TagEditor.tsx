import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { splitTags } from './format';

export interface TagEditorProps {
  tags: string[];
  /** The article's title, for the controls' accessible names. */
  articleTitle: string;
  busy: boolean;
  /** Longest tag the corpus accepts. */
  maxTagChars: number;
  onSave: (tags: string[]) => void;
}

/** An article's tags, and an inline editor for them (Enter saves, Escape cancels). */
export function TagEditor({ tags, articleTitle, busy, maxTagChars, onSave }: TagEditorProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const inputId = useId();

  // Focus follows the mode: into the input when editing starts, back to the button when it ends.
  useEffect(() => {
    if (editing) input.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const start = () => {
    setDraft(tags.join(', '));
    setProblem(null);
    setEditing(true);
  };
  const save = () => {
    const next = splitTags(draft);
    const tooLong = next.find((t) => t.length > maxTagChars);
    if (tooLong) {
      setProblem(`A tag has at most ${maxTagChars} characters.`);
      return;
    }
    onSave(next);
    setEditing(false);
  };

  if (!editing) {
    return (
      <div class="tags">
        {tags.length ? (
          <ul class="tag-list" aria-label="Tags">
            {tags.map((tag) => (
              <li key={tag} class="tag">
                {tag}
              </li>
            ))}
          </ul>
        ) : (
          <span class="no-tags">No tags</span>
        )}
        <button
          ref={editButton}
          type="button"
          class="link-button"
          // Not `disabled`: the focus comes back here right after a save, while it is busy.
          aria-disabled={busy ? 'true' : undefined}
          aria-label={`Edit tags of “${articleTitle}”`}
          onClick={() => busy || start()}
        >
          Edit tags
        </button>
      </div>
    );
  }
  return (
    <form
      class="tag-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          setEditing(false);
        }
      }}
    >
      <label for={inputId} class="visually-hidden">
        Tags of “{articleTitle}”, comma separated
      </label>
      <input
        ref={input}
        id={inputId}
        type="text"
        value={draft}
        placeholder="tags, comma separated"
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <button type="submit">Save tags</button>
      <button type="button" class="secondary" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {problem ? (
        <p id={`${inputId}-problem`} class="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

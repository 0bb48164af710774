export interface WelcomePageProps {
  /** Null while the setting loads. */
  enabled: boolean | null;
  busy: boolean;
  error: string | null;
  onToggle: (enabled: boolean) => void;
  onOpenSettings: () => void;
}

/**
 * The page Parallax opens once, on install: what it keeps and where, and keeping off before
 * anything is kept.
 */
export function WelcomePage({ enabled, busy, error, onToggle, onOpenSettings }: WelcomePageProps) {
  return (
    <>
      <header class="page-header">
        <h1>Welcome to Parallax</h1>
        <p class="meta">Parallax compares the news you read with other coverage of the same story.</p>
      </header>
      <section class="options-section" aria-labelledby="kept-heading">
        <h2 id="kept-heading">What Parallax keeps, and where</h2>
        <ul class="welcome-list">
          <li>
            The articles you read: a page Parallax recognises as an article, once you have had it in view for
            about ten seconds or scrolled into it. They are kept for 90 days (you can change this), so that a
            later report of the same story can be compared with them.
          </li>
          <li>The articles you save from the popup, for as long as you keep them.</li>
          <li>
            Everything stays in this browser&#8217;s own storage. Nothing is sent anywhere, and nothing is
            kept from private windows.
          </li>
        </ul>
      </section>
      <section class="options-section" aria-labelledby="choice-heading">
        <h2 id="choice-heading">Your choice</h2>
        {error ? (
          <p class="page-error" role="alert">
            {error}
          </p>
        ) : null}
        <p role="status" aria-live="polite" data-testid="welcome-keeping">
          {enabled === null
            ? 'Loading…'
            : enabled
              ? 'Keeping what you read is on.'
              : 'Keeping is off: Parallax keeps only the articles you save.'}
        </p>
        <div class="welcome-actions">
          {enabled === null ? null : enabled ? (
            <button type="button" class="secondary" disabled={busy} onClick={() => onToggle(false)}>
              Turn keeping off
            </button>
          ) : (
            <button type="button" disabled={busy} onClick={() => onToggle(true)}>
              Keep what I read
            </button>
          )}
          <button type="button" class="secondary" onClick={onOpenSettings}>
            More settings
          </button>
        </div>
      </section>
    </>
  );
}

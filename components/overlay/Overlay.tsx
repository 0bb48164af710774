import { DifferenceList, type ShownDifference } from '../DifferenceList';

export interface OverlayProps {
  reports: number;
  /** Number of sentences of this article that another report words or states differently. */
  differing: number;
  differences: ShownDifference[];
  expanded: boolean;
  scheme: 'light' | 'dark';
  onToggle: () => void;
  onDismiss: () => void;
  onNeverOnSite: () => void;
  onSelect: (difference: ShownDifference) => void;
  /** Open the story page for this article. */
  onOpenStory?: () => void;
}

/** The in-page pill ("2 reports · 4 differ") and, expanded, the panel of differences. */
export function Overlay({
  reports,
  differing,
  differences,
  expanded,
  scheme,
  onToggle,
  onDismiss,
  onNeverOnSite,
  onSelect,
  onOpenStory,
}: OverlayProps) {
  const label = `${reports} ${reports === 1 ? 'report' : 'reports'} · ${differing} differ`;
  return (
    <div
      class="overlay"
      data-scheme={scheme}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && expanded) onToggle();
      }}
    >
      {expanded ? (
        <section
          class="panel"
          id="parallax-panel"
          role="dialog"
          aria-label="Parallax: how other reports differ"
          aria-modal="false"
        >
          <header class="panel-header">
            <h2>Other reports of this story</h2>
            <button type="button" class="icon" onClick={onToggle} aria-label="Collapse">
              ▾
            </button>
          </header>
          {differences.length ? (
            <DifferenceList differences={differences} onSelect={onSelect} headingLevel={3} />
          ) : (
            <p class="empty">The other reports agree with this one on every claim Parallax compared.</p>
          )}
          <footer class="panel-footer">
            {onOpenStory ? (
              <button type="button" class="link" onClick={onOpenStory}>
                See the whole story
              </button>
            ) : null}
            <button type="button" class="link" onClick={onDismiss}>
              Hide on this page
            </button>
            <button type="button" class="link" onClick={onNeverOnSite}>
              Never on this site
            </button>
          </footer>
        </section>
      ) : null}
      <div class="pill-row">
        <button
          type="button"
          class="pill"
          aria-expanded={expanded}
          aria-controls="parallax-panel"
          onClick={onToggle}
          title="Parallax (Alt+Shift+P)"
        >
          <span class="pill-logo" aria-hidden="true">
            ◧
          </span>
          {label}
        </button>
        {!expanded ? (
          <button
            type="button"
            class="pill-close"
            onClick={onDismiss}
            aria-label="Hide Parallax on this page"
          >
            ×
          </button>
        ) : null}
      </div>
    </div>
  );
}

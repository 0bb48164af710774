import { showDifferences, type ShownDifference } from '@/lib/analysis/shown-differences';
import type { TabState } from '@/lib/messages/protocol';
import { ArticleHeader } from './ArticleHeader';
import { DifferenceList } from './DifferenceList';
import { RelatedList } from './RelatedList';
import { SaveControl } from './SaveControl';
import { StateMessage } from './StateMessage';

export interface PopupProps {
  state: TabState;
  busy: boolean;
  /** An error from the last action (save, remove), shown without losing the analysis. */
  actionError: string | null;
  onSave: (tags: string[]) => void;
  onRemove: (id: string) => void;
  /** Scroll the page to this article's passage of a difference and flash it. */
  onShowPassage?: (difference: ShownDifference) => void;
  onOpenCorpus?: () => void;
  /** Open the story page: every report of this story, statement by statement. */
  onOpenStory?: () => void;
}

/** The popup for one tab: the article, its related coverage and the save control, or a state message. */
export function Popup({
  state,
  busy,
  actionError,
  onSave,
  onRemove,
  onShowPassage,
  onOpenCorpus,
  onOpenStory,
}: PopupProps) {
  const footer = onOpenCorpus ? (
    <footer class="popup-footer">
      <button type="button" class="link" onClick={onOpenCorpus}>
        Open your corpus
      </button>
    </footer>
  ) : null;
  return (
    <>
      <PopupBody {...{ state, busy, actionError, onSave, onRemove, onShowPassage, onOpenStory }} />
      {state.diagnostics?.length ? <Diagnostics lines={state.diagnostics} /> : null}
      {footer}
    </>
  );
}

/** The steps that failed for this page, for whoever reports a problem: the article is still shown. */
function Diagnostics({ lines }: { lines: string[] }) {
  return (
    <p class="diagnostics" data-testid="diagnostics">
      <span class="diagnostics-label">Diagnostics:</span> {lines.join(' · ')}
    </p>
  );
}

function PopupBody({
  state,
  busy,
  actionError,
  onSave,
  onRemove,
  onShowPassage,
  onOpenStory,
}: Omit<PopupProps, 'onOpenCorpus'>) {
  switch (state.status) {
    case 'idle':
      return (
        <StateMessage
          kind="idle"
          title="No article here yet"
          detail="Parallax has not read this tab. It reads web pages (http and https) as they load."
          advice="Open a news article, or reload this page if it is one."
        />
      );
    case 'not-article':
      return (
        <StateMessage
          kind="not-article"
          title="This page is not an article"
          detail={state.reason}
          advice="Open a single news story (not a front page, list or video page) to see related coverage."
        />
      );
    case 'analysing':
      return (
        <>
          <ArticleHeader article={state.article} />
          <StateMessage
            kind="analysing"
            title="Analysing…"
            detail="Looking for coverage of this story in your corpus."
          />
        </>
      );
    case 'error':
      return (
        <>
          {state.article ? <ArticleHeader article={state.article} /> : null}
          <StateMessage
            kind="error"
            title="Something went wrong"
            detail={state.message}
            advice="Reload the page to try again."
          />
        </>
      );
    case 'ready': {
      const { analysis, savedId } = state;
      const shown = showDifferences(analysis);
      return (
        <>
          <ArticleHeader article={state.article} />
          <SaveControl savedId={savedId} busy={busy} onSave={onSave} onRemove={onRemove} />
          {actionError ? (
            <p class="action-error" role="alert">
              {actionError}
            </p>
          ) : null}
          {shown.reports > 0 ? (
            <p class="summary" data-testid="summary">
              {shown.reports} other {shown.reports === 1 ? 'report' : 'reports'} of this story ·{' '}
              {shown.differing
                ? `${shown.differing} ${shown.differing === 1 ? 'sentence differs' : 'sentences differ'}`
                : 'no differing claims found'}
            </p>
          ) : null}
          {analysis.claimsUnavailable ? (
            <p class="summary" data-testid="claims-unavailable">
              {analysis.claimsUnavailable}
            </p>
          ) : null}
          {shown.reports > 0 && onOpenStory ? (
            <p class="story-link">
              <button type="button" class="secondary" onClick={onOpenStory}>
                See the whole story
              </button>
            </p>
          ) : null}
          {shown.differences.length || shown.onlyHere.length ? (
            <DifferenceList
              differences={shown.differences}
              onlyHere={shown.onlyHere}
              onSelect={onShowPassage}
            />
          ) : null}
          {analysis.related.length ? (
            <RelatedList items={analysis.related} />
          ) : (
            <StateMessage
              kind="nothing-related"
              title="Nothing related in your corpus"
              detail="No article you have saved covers this story or its topic."
              advice="Save this article: later coverage of the story will be compared with it."
            />
          )}
        </>
      );
    }
  }
}

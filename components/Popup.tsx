import { showDifferences, type ShownDifference } from '@/lib/analysis/shown-differences';
import type { TabState } from '@/lib/messages/protocol';
import { ArticleHeader } from './ArticleHeader';
import { DifferenceList } from './DifferenceList';
import { KeepingNotice } from './KeepingNotice';
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
  /** Make a read article (this page's or a related one) saved. */
  onKeepAsSaved?: (id: string) => void;
  /** The one-time notice after the first article kept: null when not shown. */
  notice?: { paused: boolean } | null;
  onPauseKeeping?: () => void;
  onOpenSettings?: () => void;
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
  onKeepAsSaved,
  notice,
  onPauseKeeping,
  onOpenSettings,
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
      {notice ? (
        <KeepingNotice
          paused={notice.paused}
          onPause={() => onPauseKeeping?.()}
          onSettings={() => onOpenSettings?.()}
        />
      ) : null}
      <PopupBody
        {...{ state, busy, actionError, onSave, onRemove, onShowPassage, onKeepAsSaved, onOpenStory }}
      />
      <ReadingLine reading={state.reading} />
      {state.diagnostics?.length ? <Diagnostics lines={state.diagnostics} /> : null}
      {footer}
    </>
  );
}

const NOT_KEPT = {
  paused: 'Not kept: keeping what you read is paused.',
  excluded: 'Not kept: this site is on your never-keep list.',
  private: 'Not kept: nothing is kept from a private window.',
  failed: 'Parallax could not keep this article (see Diagnostics).',
} as const;

/** Why the page the reader read was not kept; nothing while unread or once kept (SaveControl says so). */
function ReadingLine({ reading }: { reading: TabState['reading'] }) {
  if (!reading || reading === 'kept') return null;
  return (
    <p class="reading-line" data-testid="reading" data-reading={reading}>
      {NOT_KEPT[reading]}
    </p>
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
  onKeepAsSaved,
  onOpenStory,
}: Pick<
  PopupProps,
  'state' | 'busy' | 'actionError' | 'onSave' | 'onRemove' | 'onShowPassage' | 'onKeepAsSaved' | 'onOpenStory'
>) {
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
          <SaveControl
            savedId={savedId}
            origin={state.article.origin}
            readAt={state.article.readAt}
            busy={busy}
            onSave={onSave}
            onRemove={onRemove}
            onKeepAsSaved={onKeepAsSaved}
          />
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
            <RelatedList
              items={analysis.related}
              busy={busy}
              onKeepAsSaved={onKeepAsSaved}
              onForget={onRemove}
            />
          ) : (
            <StateMessage
              kind="nothing-related"
              title="Nothing related in your corpus"
              detail="No article you have read or saved covers this story or its topic."
              advice="Save this article: later coverage of the story will be compared with it."
            />
          )}
        </>
      );
    }
  }
}

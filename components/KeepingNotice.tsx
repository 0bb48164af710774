/** The one-time line the popup shows after Parallax first kept an article the reader read. */
export interface KeepingNoticeProps {
  /** True once the reader chose Pause here. */
  paused: boolean;
  onPause: () => void;
  onSettings: () => void;
}

export const KEEPING_NOTICE =
  'Parallax keeps the articles you read, in this browser only, so it can compare later coverage with them.';

export function KeepingNotice({ paused, onPause, onSettings }: KeepingNoticeProps) {
  return (
    <aside class="keeping-notice" aria-label="About keeping what you read" data-testid="keeping-notice">
      <p role="status">{paused ? 'Paused: Parallax keeps nothing you read from now on.' : KEEPING_NOTICE}</p>
      <div class="keeping-actions">
        {paused ? null : (
          <button type="button" class="secondary" onClick={onPause}>
            Pause
          </button>
        )}
        <button type="button" class="secondary" onClick={onSettings}>
          Settings
        </button>
      </div>
    </aside>
  );
}

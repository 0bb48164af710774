import { useEffect, useRef } from 'preact/hooks';

export interface UndoNoticeProps {
  /** The deleted article's title; a new title restarts the offer. */
  title: string;
  /** How long undo is offered, in milliseconds; paused while the notice has focus or the pointer. */
  timeoutMs: number;
  /** While true, Undo does nothing (it stays enabled so it can hold the focus). */
  busy: boolean;
  onUndo: () => void;
  /** `hadFocus`: the notice held the focus, so the page should put it somewhere sensible. */
  onDismiss: (hadFocus: boolean) => void;
}

/** "Deleted “…”. Undo": takes the focus when it appears (the deleted row's button is gone). */
export function UndoNotice({ title, timeoutMs, busy, onUndo, onDismiss }: UndoNoticeProps) {
  const root = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  const hasFocus = () => Boolean(root.current?.contains(document.activeElement));

  const pause = () => clearTimeout(timer.current);
  const resume = () => {
    pause();
    timer.current = setTimeout(() => dismiss.current(hasFocus()), timeoutMs);
  };
  useEffect(() => {
    resume();
    undo.current?.focus(); // pauses the offer until the focus leaves
    return pause;
  }, [title, timeoutMs]);

  return (
    <div
      ref={root}
      class="undo-notice"
      role="status"
      onFocusIn={pause}
      onFocusOut={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) resume();
      }}
      onMouseEnter={pause}
      onMouseLeave={() => {
        if (!hasFocus()) resume();
      }}
    >
      <span>
        Deleted “<span class="undo-title">{title}</span>”.
      </span>
      <button
        ref={undo}
        type="button"
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => busy || onUndo()}
      >
        Undo
      </button>
      <button type="button" class="secondary" onClick={() => onDismiss(hasFocus())}>
        Dismiss
      </button>
    </div>
  );
}

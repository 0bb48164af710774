// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoNotice } from '@/components/corpus/UndoNotice';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function notice() {
  const onUndo = vi.fn();
  const onDismiss = vi.fn();
  render(
    <UndoNotice title="Envoy speaks" timeoutMs={10_000} busy={false} onUndo={onUndo} onDismiss={onDismiss} />,
  );
  return { onUndo, onDismiss };
}

describe('UndoNotice', () => {
  it('announces the deletion and puts the focus on Undo', () => {
    const { onUndo } = notice();
    expect(screen.getByRole('status').textContent).toContain('Deleted “Envoy speaks”.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('waits while it has the focus, then lets go ten seconds after the focus leaves', () => {
    const { onDismiss } = notice();
    vi.advanceTimersByTime(60_000);
    expect(onDismiss).not.toHaveBeenCalled();
    screen.getByRole('button', { name: 'Undo' }).blur();
    expect(document.activeElement).toBe(document.body);
    vi.advanceTimersByTime(9_999);
    expect(onDismiss).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDismiss).toHaveBeenCalledWith(false);
  });

  it('Dismiss lets go at once', () => {
    const { onDismiss } = notice();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith(true);
  });
});

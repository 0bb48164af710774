import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DWELL_MS, trackEngagement, type EngagementOptions } from '@/lib/engagement/engagement';

/** A page whose visibility and scroll the test sets, on Vitest's fake clock. */
function fakePage(visible: boolean, options?: EngagementOptions) {
  const page = { visible, top: 0, viewport: 800 };
  const onEngaged = vi.fn();
  const tracker = trackEngagement(
    {
      now: () => Date.now(),
      setTimer: (task, ms) => {
        const id = setTimeout(task, ms);
        return () => clearTimeout(id);
      },
      isVisible: () => page.visible,
      scroll: () => ({ top: page.top, viewport: page.viewport }),
      onEngaged,
    },
    options,
  );
  return {
    onEngaged,
    tracker,
    show() {
      page.visible = true;
      tracker.visibilityChanged();
    },
    hide() {
      page.visible = false;
      tracker.visibilityChanged();
    },
    scrollTo(top: number) {
      page.top = top;
      tracker.scrolled();
    },
  };
}

const dwell = DEFAULT_DWELL_MS;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('engagement', () => {
  it('counts a page in view for the whole dwell as read, once', () => {
    const page = fakePage(true);
    vi.advanceTimersByTime(dwell - 1);
    expect(page.onEngaged).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(page.onEngaged).toHaveBeenCalledTimes(1);
    page.hide();
    page.show();
    page.scrollTo(5_000);
    vi.advanceTimersByTime(dwell * 3);
    expect(page.onEngaged).toHaveBeenCalledTimes(1);
    expect(page.tracker.engaged).toBe(true);
  });

  it('never counts a background tab closed unseen, however long it stayed open', () => {
    const page = fakePage(false);
    vi.advanceTimersByTime(dwell * 100);
    // A page script scrolling a hidden tab is not the reader.
    page.scrollTo(10_000);
    page.tracker.stop();
    expect(page.onEngaged).not.toHaveBeenCalled();
    expect(page.tracker.engaged).toBe(false);
  });

  it('adds up visible stretches and leaves hidden time out', () => {
    const page = fakePage(true);
    vi.advanceTimersByTime(dwell * 0.6);
    page.hide();
    vi.advanceTimersByTime(dwell * 50);
    expect(page.onEngaged).not.toHaveBeenCalled();
    page.show();
    vi.advanceTimersByTime(dwell * 0.3);
    expect(page.onEngaged).not.toHaveBeenCalled();
    vi.advanceTimersByTime(dwell * 0.1);
    expect(page.onEngaged).toHaveBeenCalledTimes(1);
  });

  it('counts a background tab from the moment it is shown', () => {
    const page = fakePage(false);
    vi.advanceTimersByTime(dwell * 2);
    page.show();
    vi.advanceTimersByTime(dwell - 1);
    expect(page.onEngaged).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(page.onEngaged).toHaveBeenCalledTimes(1);
  });

  it('counts a scroll down into the article at once, a small one not', () => {
    const page = fakePage(true);
    page.scrollTo(200);
    expect(page.onEngaged).not.toHaveBeenCalled();
    page.scrollTo(400); // half of the 800 px viewport below where the page started
    expect(page.onEngaged).toHaveBeenCalledTimes(1);
  });

  it('measures the scroll from where the page was when tracking began (a restored position is not a scroll)', () => {
    const onEngaged = vi.fn();
    const state = { top: 3_000 };
    const tracker = trackEngagement({
      now: () => Date.now(),
      setTimer: (task, ms) => {
        const id = setTimeout(task, ms);
        return () => clearTimeout(id);
      },
      isVisible: () => true,
      scroll: () => ({ top: state.top, viewport: 800 }),
      onEngaged,
    });
    tracker.scrolled();
    state.top = 3_100;
    tracker.scrolled();
    expect(onEngaged).not.toHaveBeenCalled();
    state.top = 3_400;
    tracker.scrolled();
    expect(onEngaged).toHaveBeenCalledTimes(1);
  });

  it('takes the dwell and scroll distance as options', () => {
    const page = fakePage(true, { dwellMs: 1_000, scrollFraction: 2 });
    page.scrollTo(1_000);
    expect(page.onEngaged).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(page.onEngaged).toHaveBeenCalledTimes(1);
  });

  it('reports nothing after it is stopped (the page went away)', () => {
    const page = fakePage(true);
    vi.advanceTimersByTime(dwell / 2);
    page.tracker.stop();
    vi.advanceTimersByTime(dwell * 2);
    page.scrollTo(5_000);
    page.show();
    vi.advanceTimersByTime(dwell * 2);
    expect(page.onEngaged).not.toHaveBeenCalled();
  });
});

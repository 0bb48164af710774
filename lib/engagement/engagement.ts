/**
 * Whether the reader actually looked at a page: about ten seconds in view in total, or a scroll
 * down into the article. A page in a tab never shown (opened in the background and closed
 * unseen) never counts: time only runs while the page is visible, and a scroll counts only then.
 *
 * Pure: the clock, the page's visibility and scroll position come in through `EngagementEnv`, and
 * the content script feeds it the page's events, so tests drive it with fake timers.
 */

export interface EngagementEnv {
  /** Epoch ms (or any monotonic ms). */
  now: () => number;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  setTimer: (task: () => void, ms: number) => () => void;
  /** `document.visibilityState === 'visible'`: shown in a window, focused or not. */
  isVisible: () => boolean;
  /** How far the page is scrolled down (px) and how tall the viewport is (px). */
  scroll: () => { top: number; viewport: number };
  /** Called once, when the reader has looked at the page. */
  onEngaged: () => void;
}

export interface EngagementOptions {
  /** Visible time, in total, after which the page counts as read (ms). Default 10 s. */
  dwellMs?: number;
  /**
   * How far down the reader must scroll from where the page was when tracking began, as a
   * fraction of the viewport's height. Default 0.5: past the headline and into the article's text.
   */
  scrollFraction?: number;
}

export const DEFAULT_DWELL_MS = 10_000;
const DEFAULT_SCROLL_FRACTION = 0.5;

export interface Engagement {
  /** The page's visibility changed (visibilitychange, pagehide, pageshow). */
  visibilityChanged(): void;
  /** The page scrolled. */
  scrolled(): void;
  /** Whether the reader has looked at the page. */
  readonly engaged: boolean;
  /** Stops counting (the page went away); onEngaged is not called after this. */
  stop(): void;
}

/** Starts tracking from now: the page's current visibility and scroll position are the start. */
export function trackEngagement(env: EngagementEnv, options: EngagementOptions = {}): Engagement {
  const dwellMs = options.dwellMs ?? DEFAULT_DWELL_MS;
  const scrollFraction = options.scrollFraction ?? DEFAULT_SCROLL_FRACTION;
  const startTop = env.scroll().top;
  let visibleMs = 0;
  /** When the current visible stretch began; null while hidden. */
  let visibleSince: number | null = null;
  let cancelTimer: (() => void) | null = null;
  let engaged = false;
  let stopped = false;

  const engage = (): void => {
    if (engaged || stopped) return;
    engaged = true;
    pause();
    env.onEngaged();
  };
  const pause = (): void => {
    cancelTimer?.();
    cancelTimer = null;
    if (visibleSince !== null) visibleMs += Math.max(0, env.now() - visibleSince);
    visibleSince = null;
  };
  const resume = (): void => {
    if (visibleSince !== null || engaged || stopped) return;
    visibleSince = env.now();
    cancelTimer = env.setTimer(check, Math.max(0, dwellMs - visibleMs));
  };
  const check = (): void => {
    cancelTimer = null;
    const total = visibleMs + (visibleSince === null ? 0 : env.now() - visibleSince);
    if (total >= dwellMs) engage();
    else if (visibleSince !== null) cancelTimer = env.setTimer(check, dwellMs - total);
  };

  if (env.isVisible()) resume();
  return {
    visibilityChanged() {
      if (engaged || stopped) return;
      if (env.isVisible()) resume();
      else pause();
    },
    scrolled() {
      if (engaged || stopped || !env.isVisible()) return;
      const { top, viewport } = env.scroll();
      if (top - startTop >= viewport * scrollFraction) engage();
    },
    get engaged() {
      return engaged;
    },
    stop() {
      pause();
      stopped = true;
    },
  };
}

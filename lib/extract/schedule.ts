/**
 * When the content script extracts: once when the page is idle, again after a single-page-app
 * navigation once the new page has settled, and again when an article body arrives late (client
 * rendering, lazy paywalls). Late bodies are watched for a bounded time and a bounded number of
 * extractions, each run when the browser is idle, and only a changed result is sent. The
 * environment (observer, timers, idle callback) is passed in, so the schedule is tested in Node.
 */
import type { ExtractedArticle } from './types';

export interface ScheduleEnvironment {
  extract(): ExtractedArticle;
  send(article: ExtractedArticle): void;
  /** Calls `onChange` after DOM mutations under the page's body; returns a function that stops observing. */
  observe(onChange: () => void): () => void;
  /** Runs `task` when the browser is idle (requestIdleCallback, or a timer where there is none); returns a cancel function. */
  idle(task: () => void): () => void;
  setTimer(task: () => void, ms: number): () => void;
}

export interface ScheduleOptions {
  /** Milliseconds without mutations before a changed page is read again. */
  quietMs?: number;
  /** Milliseconds after load or navigation during which a late body is waited for. */
  watchMs?: number;
  /** Extractions at most per watch, besides the first. */
  maxRetries?: number;
  /** Characters: a body shorter than this may still be loading, so the page is watched. */
  completeChars?: number;
}

const DEFAULTS: Required<ScheduleOptions> = {
  quietMs: 600,
  watchMs: 15_000,
  maxRetries: 6,
  completeChars: 1500,
};

export interface ExtractionSchedule {
  /** The first extraction, at document idle. */
  start(): void;
  /** A single-page-app navigation: the old article is gone, the new one may still be rendering. */
  navigated(): void;
  /** The background asks again (it lost its cache): extract and send now, even if unchanged. */
  extractNow(): void;
  stop(): void;
}

export function createExtractionSchedule(
  env: ScheduleEnvironment,
  options: ScheduleOptions = {},
): ExtractionSchedule {
  const o = { ...DEFAULTS, ...options };
  let lastSent: string | null = null;
  let cancelWatch: (() => void) | null = null;

  const run = (force: boolean): ExtractedArticle => {
    const article = env.extract();
    const key = fingerprint(article);
    if (force || key !== lastSent) {
      lastSent = key;
      env.send(article);
    }
    return article;
  };

  const complete = (a: ExtractedArticle): boolean => a.readerable && a.text.length >= o.completeChars;

  /**
   * Watches for a late body: after each quiet spell (and, with `firstAfter`, once after that many
   * milliseconds even without mutations), one idle extraction; ends when the article is complete,
   * out of tries, or out of time.
   */
  const watch = (firstAfter?: number): void => {
    cancelWatch?.();
    let tries = 0;
    let cancelQuiet: (() => void) | null = null;
    let cancelIdle: (() => void) | null = null;
    const check = (): void => {
      cancelQuiet = null;
      if (cancelIdle) return;
      cancelIdle = env.idle(() => {
        cancelIdle = null;
        tries++;
        if (complete(run(false)) || tries >= o.maxRetries) end();
      });
    };
    const stopObserving = env.observe(() => {
      cancelQuiet?.();
      cancelQuiet = env.setTimer(check, o.quietMs);
    });
    const cancelDeadline = env.setTimer(() => end(), o.watchMs);
    if (firstAfter !== undefined) cancelQuiet = env.setTimer(check, firstAfter);
    const end = (): void => {
      stopObserving();
      cancelQuiet?.();
      cancelIdle?.();
      cancelDeadline();
      if (cancelWatch === end) cancelWatch = null;
    };
    cancelWatch = end;
  };

  return {
    start() {
      if (!complete(run(false))) watch();
    },
    navigated() {
      // The address changed before the new page rendered: it is read once it has settled.
      lastSent = null;
      watch(o.quietMs);
    },
    extractNow() {
      run(true);
    },
    stop() {
      cancelWatch?.();
    },
  };
}

/** What makes two extractions the same for the background: address, outcome, title and body. */
function fingerprint(a: ExtractedArticle): string {
  return JSON.stringify([
    a.url,
    a.readerable,
    a.reason ?? '',
    a.title,
    a.text.length,
    a.text.slice(0, 200),
    a.text.slice(-200),
  ]);
}

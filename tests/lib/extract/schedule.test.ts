import { describe, expect, it } from 'vitest';
import { createExtractionSchedule, type ScheduleEnvironment } from '@/lib/extract/schedule';
import type { ExtractedArticle } from '@/lib/extract/types';

/** A fake page and clock: `page` is what extraction would return now; `mutate` fires the observer. */
function harness(initial: Partial<ExtractedArticle>) {
  let now = 0;
  let page: ExtractedArticle = article(initial);
  const timers: { at: number; task: () => void; live: boolean }[] = [];
  const observers = new Set<() => void>();
  const sent: ExtractedArticle[] = [];
  let extractions = 0;
  const timer = (task: () => void, ms: number): (() => void) => {
    const t = { at: now + ms, task, live: true };
    timers.push(t);
    return () => (t.live = false);
  };
  const env: ScheduleEnvironment = {
    extract: () => {
      extractions++;
      return page;
    },
    send: (a) => sent.push(a),
    observe: (onChange) => {
      observers.add(onChange);
      return () => observers.delete(onChange);
    },
    idle: (task) => timer(task, 1),
    setTimer: timer,
  };
  return {
    schedule: createExtractionSchedule(env, {
      quietMs: 500,
      watchMs: 10_000,
      maxRetries: 3,
      completeChars: 100,
    }),
    sent,
    extractions: () => extractions,
    observing: () => observers.size > 0,
    setPage: (p: Partial<ExtractedArticle>) => (page = article(p)),
    mutate: () => observers.forEach((o) => o()),
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = timers.filter((t) => t.live && t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        now = next.at;
        next.live = false;
        next.task();
      }
      now = until;
    },
  };
}

function article(p: Partial<ExtractedArticle>): ExtractedArticle {
  return {
    url: 'https://news.example/a',
    canonicalUrl: null,
    title: 'A',
    byline: null,
    authors: [],
    siteName: null,
    publishedTime: null,
    modifiedTime: null,
    lang: 'en',
    section: null,
    readerable: false,
    reason: 'not yet',
    text: '',
    sentences: [],
    ...p,
  };
}

const full = { readerable: true, reason: undefined, text: 'x'.repeat(500) };

describe('createExtractionSchedule', () => {
  it('extracts once and stops when the article is complete at load', () => {
    const h = harness(full);
    h.schedule.start();
    expect(h.sent).toHaveLength(1);
    expect(h.observing()).toBe(false);
  });

  it('picks up an article body that loads late, once the page is quiet', () => {
    const h = harness({});
    h.schedule.start();
    expect(h.sent.map((a) => a.readerable)).toEqual([false]);
    h.setPage(full);
    h.mutate();
    h.advance(300);
    h.mutate(); // still rendering: the quiet period starts again
    h.advance(400);
    expect(h.sent).toHaveLength(1);
    h.advance(200);
    expect(h.sent.map((a) => a.readerable)).toEqual([false, true]);
    expect(h.observing()).toBe(false);
  });

  it('does not send an unchanged result again', () => {
    const h = harness({});
    h.schedule.start();
    h.mutate();
    h.advance(1000);
    expect(h.extractions()).toBe(2);
    expect(h.sent).toHaveLength(1);
  });

  it('gives up after its tries and after its time, whatever the page does', () => {
    const h = harness({});
    h.schedule.start();
    for (let i = 0; i < 10; i++) {
      h.mutate();
      h.advance(1000);
    }
    expect(h.extractions()).toBe(1 + 3);
    expect(h.observing()).toBe(false);

    const late = harness({});
    late.schedule.start();
    late.advance(10_001);
    expect(late.observing()).toBe(false);
  });

  it('re-extracts after a single-page-app navigation, even without mutations', () => {
    const h = harness(full);
    h.schedule.start();
    h.setPage({ ...full, url: 'https://news.example/b', title: 'B' });
    h.schedule.navigated();
    expect(h.sent).toHaveLength(1);
    h.advance(600);
    expect(h.sent.map((a) => a.title)).toEqual(['A', 'B']);
  });

  it('sends on request even when nothing changed', () => {
    const h = harness(full);
    h.schedule.start();
    h.schedule.extractNow();
    expect(h.sent).toHaveLength(2);
  });

  it('stops watching when stopped', () => {
    const h = harness({});
    h.schedule.start();
    h.schedule.stop();
    expect(h.observing()).toBe(false);
  });
});

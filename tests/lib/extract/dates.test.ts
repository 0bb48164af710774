import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPublishedTime } from '@/lib/extract/dates';
import { readSignals } from '@/lib/extract/metadata';

function published(html: string, url = 'https://news.example/story'): string | null {
  const doc = parseHTML(`<html>${html}</html>`).document as unknown as Document;
  const signals = readSignals(doc);
  return findPublishedTime(doc, signals.ld.article, signals.meta, url, {}, signals.pageText, signals.ld.page);
}

describe('findPublishedTime', () => {
  it('lets a bare "date" meta give way to the date line the page shows', () => {
    const html = `<head><meta name="date" content="2021-12-01"></head>
      <body><h1>Vintners award prizes</h1><p class="date">14.02.2022</p><p>Ten prizes went to the valley.</p></body>`;
    expect(published(html)).toBe('2022-02-14');
  });

  it('keeps a bare "date" meta when the page shows no other day', () => {
    const html = `<head><meta name="date" content="2021-12-01"></head>
      <body><h1>Vintners award prizes</h1><p>Ten prizes went to the valley.</p></body>`;
    expect(published(html)).toBe('2021-12-01');
  });

  it('gives the shown day when a UTC meta time falls one day before it (the page time zone)', () => {
    const html = `<head><meta property="article:published_time" content="2021-03-09T23:30:00Z"></head>
      <body><h1>Ferry timetable changes</h1><p>Published on 10.03.2021</p><p>The first boat leaves at six.</p></body>`;
    expect(published(html)?.slice(0, 10)).toBe('2021-03-10');
  });

  it('keeps the meta time when the shown date is further away (an update, another story)', () => {
    const html = `<head><meta property="article:published_time" content="2021-03-09T08:00:00Z"></head>
      <body><h1>Ferry timetable changes</h1><p>Published on 14.03.2021</p><p>The first boat leaves at six.</p></body>`;
    expect(published(html)).toBe('2021-03-09T08:00:00Z');
  });

  it('dates by the line under the headline, not by a teaser <time> elsewhere on the page', () => {
    const html = `<body><aside><ul><li><a href="/old">Older story</a> <time class="published" datetime="2009-04-11T18:06:36">11 April 2009</time></li></ul></aside>
      <article><h1>Ferry timetable changes again</h1><div>von Ivo Brandt · 22. Oktober 2019</div><p>The first boat leaves at six.</p></article></body>`;
    expect(published(html)).toBe('2019-10-22');
  });
});

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

  it('reads an ambiguous numeric meta date the way the page’s own date line does', () => {
    const html = `<head><meta name="date" content="03/02/2023 09:15:00"></head>
      <body><h1>Water main repaired</h1><p>The street is open again.</p><p>Erstellt am: 02.03.2023</p></body>`;
    expect(published(html)?.slice(0, 10)).toBe('2023-03-02');
  });

  it('skips the dates of stories listed in the menu', () => {
    const html = `<body><nav><ul><li><a href="/other">Prices rise again</a><span class="item-date">30.05.2022</span></li></ul></nav>
      <div class="content"><p class="date">21.05.2022</p><p>Our advice on heating bills.</p></div></body>`;
    expect(published(html)).toBe('2022-05-21');
  });

  it('skips the clock in the site banner for the article’s own date', () => {
    const html = `<body><header><time datetime="2023-06-02T09:00:00+02:00">Friday, 2 June 2023</time>
      <nav><a href="/">Home</a><a href="/reviews">Reviews</a></nav></header>
      <div class="story"><h1>A new staging of an old play</h1><p>31.05.2023</p><p>The premiere ran long.</p></div></body>`;
    expect(published(html)).toBe('2023-05-31');
  });

  it('takes the day a <time> prints over its UTC datetime, which would move to the next day in Berlin', () => {
    const html = `<body><article><h1>Board minutes</h1>
      <time class="entry-date published" datetime="2019-12-26T23:07:45+00:00">26/12/2019</time><p>Present: all.</p></article></body>`;
    expect(published(html)).toBe('2019-12-26');
  });

  it('keeps the day a dated address was made when the machine date moved on by republishing', () => {
    const html = `<head><meta itemprop="datePublished" content="2020-03-09T10:00:00+0100"></head><body><h1>A summer by the sea</h1></body>`;
    expect(published(html, 'https://travel.example/blog/2018/6/21/summer-by-the-sea')).toBe('2018-06-21');
    expect(published(html, 'https://travel.example/blog/2020/3/8/summer-by-the-sea')).toBe(
      '2020-03-09T10:00:00+01:00',
    );
  });
});

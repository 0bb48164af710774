import { describe, expect, it } from 'vitest';
import { CORPUS_FORMAT, LIMITS } from '@/lib/transfer/format';
import { checkFileSize, parseCorpusFile } from '@/lib/transfer/parse-file';

const article = {
  id: 'a1',
  url: 'https://news.example/a1',
  canonicalUrl: null,
  title: 'Envoy says Washington could back Ukraine',
  byline: null,
  siteName: 'The Harbour Ledger',
  publishedTime: '2025-08-17',
  savedAt: '2025-08-18T09:00:00.000Z',
  readAt: '2025-08-18T08:59:00.000Z',
  origin: 'saved',
  lang: 'en',
  text: 'Witkoff said the US could offer guarantees.',
  tags: ['ukraine'],
};
const file = (articles: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: CORPUS_FORMAT,
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    articles,
    ...extra,
  });

function errorOf(text: string): string {
  const parsed = parseCorpusFile(text);
  if (parsed.ok) throw new Error('expected the file to be rejected');
  return parsed.error;
}

describe('parseCorpusFile', () => {
  it('accepts an export and fills what a hand-made file may leave out', () => {
    const parsed = parseCorpusFile(file([article, { id: 'a2', title: 'Bare', text: 'Only text.' }]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.articles[0]).toEqual(article);
    expect(parsed.value.articles[1]).toEqual({
      id: 'a2',
      url: null,
      canonicalUrl: null,
      title: 'Bare',
      byline: null,
      siteName: null,
      publishedTime: null,
      savedAt: null,
      readAt: null,
      origin: 'imported',
      lang: null,
      text: 'Only text.',
      tags: [],
    });
  });

  it('reports a JSON syntax error with its line and column', () => {
    const text = file([article]).replace('"title":', '"title" ');
    const at = text.indexOf('"title" ') + '"title" '.length;
    expect(errorOf(text)).toBe(
      `This is not valid JSON: unexpected ${JSON.stringify(text[at])} at line 1, column ${at + 1} (character ${at.toLocaleString('en-US')})`,
    );
    expect(errorOf('{"format": "parallax-corpus",\n  "articles": [\n    {"id": tru}')).toBe(
      'This is not valid JSON: unexpected "}" at line 3, column 15 (character 60)',
    );
    expect(errorOf(file([article]).slice(0, 200))).toMatch(/the file ends too early at line 1, column 201/);
  });

  // How long it takes is printed by `npm run bench:corpus`.
  it('rejects 50 MB of junk at its first character without quoting it', () => {
    const junk = 'x'.repeat(50 * 1024 * 1024);
    const error = errorOf(junk);
    expect(error).toBe('This is not valid JSON: unexpected "x" at line 1, column 1 (character 0)');
  });

  it('rejects another format or version, saying which', () => {
    expect(errorOf(JSON.stringify({ format: 'pocket', version: 1, articles: [] }))).toBe(
      'This is not a Parallax corpus file: format: expected "parallax-corpus": this is not a Parallax corpus export',
    );
    expect(errorOf(file([], { version: 3 }))).toBe(
      'This is not a Parallax corpus file: version: this file has version 3; this Parallax reads versions 1 and 2 (update Parallax)',
    );
    // Version 1 files (no reading dates) still import.
    expect(parseCorpusFile(file([article], { version: 1 })).ok).toBe(true);
    expect(errorOf('[1, 2]')).toBe(
      'This is not a Parallax corpus file: it holds an array, not an object with "format": "parallax-corpus".',
    );
    expect(errorOf('{"format": "parallax-corpus", "articles": []}')).toBe(
      'This is not a Parallax corpus file: version: missing',
    );
    expect(errorOf(file([], { articles: {} }))).toBe(
      'This is not a Parallax corpus file: articles: expected an array of articles',
    );
  });

  it('names the article index and field of each schema problem', () => {
    const error = errorOf(
      file([
        article,
        article,
        { ...article, title: 12 },
        { ...article, url: 'javascript:alert(1)', tags: [''] },
        { id: 'x', title: 'No text' },
      ]),
    );
    expect(error).toBe(
      'This file has 4 problems; nothing was imported. articles[2].title: expected string, got 12; ' +
        'articles[3].url: expected an http(s) URL; articles[3].tags[0]: must not be empty; articles[4].text: missing.',
    );
  });

  it('lists at most five problems and counts the rest', () => {
    const bad = Array.from({ length: 9 }, () => ({ ...article, origin: 'stolen' }));
    expect(errorOf(file(bad))).toBe(
      'This file has 9 problems; nothing was imported. ' +
        [0, 1, 2, 3, 4]
          .map((i) => `articles[${i}].origin: expected "seed", "saved", "imported" or "read"`)
          .join('; ') +
        '; and 4 more.',
    );
  });

  it('rejects enormous strings with their size, never their content', () => {
    const huge = 'A'.repeat(LIMITS.textChars + 1);
    const error = errorOf(file([{ ...article, title: huge.slice(0, 10_000), text: huge, origin: huge }]));
    expect(error).toContain('articles[0].title: at most 4,000 characters (this one has 10,000)');
    expect(error).toContain('articles[0].text: at most 2,000,000 characters (this one has 2,000,001)');
    expect(error).toContain('articles[0].origin: expected "seed", "saved", "imported" or "read"');
    expect(error.length).toBeLessThan(1_000);
  });

  it('drops __proto__ and constructor keys without touching any prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const hostile =
      '{"format": "parallax-corpus", "version": 1, "__proto__": {"polluted": "file"}, "constructor": {"prototype": {"polluted": "file"}}, "articles": [' +
      JSON.stringify(article).replace(
        /^\{/,
        '{"__proto__": {"polluted": "article", "isAdmin": true}, "constructor": {"name": "x"}, ',
      ) +
      ']}';
    const parsed = parseCorpusFile(hostile);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [record] = parsed.value.articles;
    expect(Object.keys(record!).sort()).toEqual(Object.keys(article).sort());
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('rejects text with nothing visible, and ids with control characters', () => {
    expect(errorOf(file([{ ...article, text: ' \u200b\u0007\n ' }]))).toContain(
      'articles[0].text: has no visible characters',
    );
    expect(errorOf(file([{ ...article, id: 'a\u0000b' }]))).toContain(
      'articles[0].id: must not contain control characters',
    );
  });
});

describe('checkFileSize', () => {
  it('accepts up to 200 MB and names the size of a bigger file', () => {
    expect(checkFileSize(LIMITS.fileBytes)).toBeNull();
    expect(checkFileSize(312 * 1024 * 1024)).toBe(
      'This file is 312 MB; Parallax imports files up to 200 MB. Split the corpus, or export it again from Parallax.',
    );
  });
});

/**
 * What a Firefox content script can and cannot iterate of the page's objects, measured in the
 * real thing: a probe add-on (written here, a few lines) runs each pattern in its content script.
 * tests/helpers/cross-realm-iteration.ts turns the failures into a check on our code, and
 * tests/lib/extract/xray-url.test.ts imitates the URL ones in Node; this test keeps both honest.
 * If a "fails" case starts working in a newer Firefox, the check is merely stricter than needed;
 * if a "works" case starts failing, code that relies on it (canonical-url.ts uses forEach) breaks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openFixture, type FirefoxSession } from './harness';

/** Each pattern, as content-script source returning a count (or a value). */
const PATTERNS: Record<string, string> = {
  'spread URLSearchParams.keys()': `[...new URL('http://x.test/?a=1&b=2').searchParams.keys()].length`,
  'spread URLSearchParams.values()': `[...new URL('http://x.test/?a=1&b=2').searchParams.values()].length`,
  'for…of URLSearchParams.entries()': `{ let n = 0; for (const _ of new URL('http://x.test/?a=1&b=2').searchParams.entries()) n++; return n; }`,
  'new Set(URLSearchParams.keys())': `new Set(new URL('http://x.test/?a=1&b=2').searchParams.keys()).size`,
  'Array.from(URLSearchParams.keys())': `Array.from(new URL('http://x.test/?a=1&b=2').searchParams.keys()).length`,
  'spread CSS.highlights': `(CSS.highlights.set('probe', new Highlight(new Range())), [...CSS.highlights].length)`,
  'spread a Highlight': `[...new Highlight(new Range(), new Range())].length`,
  'CSS.highlights.forEach': `{ let n = 0; CSS.highlights.forEach(() => n++); return n; }`,

  'spread URLSearchParams': `[...new URL('http://x.test/?a=1&b=2').searchParams].length`,
  'Array.from(URLSearchParams, f)': `Array.from(new URL('http://x.test/?a=1&b=2').searchParams, ([k]) => k).length`,
  'URLSearchParams.forEach': `{ let n = 0; new URL('http://x.test/?a=1&b=2').searchParams.forEach(() => n++); return n; }`,
  'spread querySelectorAll': `[...document.querySelectorAll('p')].length > 0`,
  'spread querySelectorAll().keys()': `[...document.querySelectorAll('p').keys()].length > 0`,
  'spread body.children': `[...document.body.children].length > 0`,
  'spread childNodes of a clone': `[...document.cloneNode(true).body.childNodes].length > 0`,
  'spread classList.values()': `(document.body.classList.add('probe'), [...document.body.classList.values()].length)`,
  'CSS.highlights.set': `(CSS.highlights.set('probe', new Highlight(new Range())), CSS.highlights.has('probe'))`,
};

const FAILS: Record<string, RegExp> = {
  'spread URLSearchParams.keys()': /is not iterable/,
  'spread URLSearchParams.values()': /is not iterable/,
  'for…of URLSearchParams.entries()': /is not iterable/,
  'new Set(URLSearchParams.keys())': /is not iterable/,
  'spread CSS.highlights': /Xray wrapping of iterators not supported/,
  'spread a Highlight': /Xray wrapping of iterators not supported/,
  'CSS.highlights.forEach': /Permission denied/,
};

function probeExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-xray-probe-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 2,
      name: 'Xray probe',
      version: '1.0',
      browser_specific_settings: { gecko: { id: 'xray-probe@parallax.test' } },
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['probe.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(path.join(dir, 'blank.html'), '<!doctype html><title>probe</title>');
  const cases = Object.entries(PATTERNS)
    .map(([name, source]) => {
      const body = source.startsWith('{') ? source : `{ return ${source}; }`;
      return `  [${JSON.stringify(name)}, () => ${body}],`;
    })
    .join('\n');
  writeFileSync(
    path.join(dir, 'probe.js'),
    `const cases = [\n${cases}\n];
const out = {};
for (const [name, run] of cases) {
  try { out[name] = { value: run() }; } catch (error) { out[name] = { threw: String(error) }; }
}
document.documentElement.setAttribute('data-xray-probe', JSON.stringify(out));
`,
  );
  return dir;
}

describe('Firefox content scripts and page-realm iteration', () => {
  let session: FirefoxSession;
  let dir: string;
  beforeAll(async () => {
    dir = probeExtension();
    session = await launchFirefox({ extensionDir: dir, controlPage: 'blank.html' });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('throws (or gives nothing) on DOM iterators and maplikes, and iterates DOM lists and URLSearchParams', async () => {
    const page = await openFixture(session, 'seed-story.html');
    await page.waitForSelector('html[data-xray-probe]', { timeout: 15_000 });
    const results = JSON.parse(
      await page.evaluate(() => document.documentElement.getAttribute('data-xray-probe')!),
    ) as Record<string, { value?: unknown; threw?: string }>;
    await page.close();

    expect(Object.keys(results)).toEqual(Object.keys(PATTERNS));
    for (const [name, message] of Object.entries(FAILS)) {
      expect(results[name], name).toEqual({ threw: expect.stringMatching(message) });
    }
    // Quietly empty: it neither throws nor yields the two keys.
    expect(results['Array.from(URLSearchParams.keys())']).toEqual({ value: 0 });
    const works = Object.keys(PATTERNS).filter(
      (name) => !(name in FAILS) && name !== 'Array.from(URLSearchParams.keys())',
    );
    for (const name of works) {
      expect(results[name], name).toEqual({ value: expect.anything() });
      expect(results[name]!.value, name).not.toBe(false);
      expect(results[name]!.value, name).not.toBe(0);
    }
    expect(results['spread URLSearchParams']).toEqual({ value: 2 });
    expect(results['URLSearchParams.forEach']).toEqual({ value: 2 });
  });
});

/**
 * Nothing that ships iterates a DOM value that Firefox's content script cannot iterate through its
 * Xrays (tests/helpers/cross-realm-iteration.ts says which, tests/e2e/firefox/xray.e2e.test.ts
 * measures them in Firefox). `[...url.searchParams.keys()]` in the canonical-URL step once made
 * every article in Firefox "Untitled article" with no outlet.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCrossRealmIteration, projectProgram } from './helpers/cross-realm-iteration';

/** Content scripts: `entrypoints/<name>.content.ts` or `entrypoints/<name>.content/index.ts`. */
function contentScripts(): string[] {
  return readdirSync('entrypoints')
    .filter((name) => /\.content(\.tsx?)?$/.test(name))
    .map((name) => {
      const full = path.resolve('entrypoints', name);
      return statSync(full).isDirectory() ? path.join(full, 'index.ts') : full;
    });
}

/** Our files (not node_modules) among those a program reaches. */
const ours = (file: string) => !/[\\/]node_modules[\\/]/.test(file);

describe('cross-realm iteration', () => {
  // One program for both tests (building one costs seconds): the content scripts, which the program
  // follows through their imports, and a file of patterns written for the second test.
  let dir: string;
  let patternsFile: string;
  let program: ts.Program;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-xray-'));
    patternsFile = path.join(dir, 'patterns.ts');
    writeFileSync(
      patternsFile,
      [
        'export function patterns(url: URL, doc: Document, highlights: HighlightRegistry, h: Highlight): unknown[] {',
        '  const params = url.searchParams;',
        '  const out: unknown[] = [];',
        // Throw or come back empty in Firefox's content script:
        '  out.push([...params.keys()]);',
        '  for (const key of params.values()) out.push(key);',
        '  out.push(Array.from(params.entries()));',
        '  const [first] = params.keys();',
        '  out.push(first, new Set(params.keys()));',
        '  out.push([...highlights], [...h]);',
        '  highlights.forEach((value) => out.push(value));',
        // Work there:
        '  out.push([...params], Array.from(params, ([k]) => k));',
        '  params.forEach((_v, k) => out.push(k));',
        '  out.push([...doc.querySelectorAll("p")], [...doc.body.children], [...doc.body.classList.values()]);',
        '  out.push([...new Map([[1, 2]]).keys()]);',
        '  return out;',
        '}',
      ].join('\n'),
    );
    program = projectProgram([...contentScripts(), patternsFile]);
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('nothing the content script runs iterates a DOM iterator or a DOM maplike/setlike', () => {
    // Only content scripts see the page's objects through Xrays.
    expect(contentScripts().length).toBeGreaterThan(0);
    const shipped = (f: string) => ours(f) && path.resolve(f) !== patternsFile;
    const reached = program.getSourceFiles().filter((f) => shipped(f.fileName));
    expect(reached.some((f) => f.fileName.endsWith('lib/extract/canonical-url.ts'))).toBe(true);
    expect(findCrossRealmIteration(program, shipped)).toEqual([]);
  });

  it('finds each way of iterating such a value, and leaves the ways that work through Xrays alone', () => {
    const found = findCrossRealmIteration(program, (f) => path.resolve(f) === patternsFile);
    expect(found.map(({ line, how, type, text }) => ({ line, how, type, text }))).toEqual([
      { line: 4, how: 'spread', type: 'URLSearchParamsIterator', text: 'params.keys()' },
      { line: 5, how: 'for…of', type: 'URLSearchParamsIterator', text: 'params.values()' },
      { line: 6, how: 'Array.from', type: 'URLSearchParamsIterator', text: 'params.entries()' },
      { line: 7, how: 'array destructuring', type: 'URLSearchParamsIterator', text: 'params.keys()' },
      { line: 8, how: 'new Set', type: 'URLSearchParamsIterator', text: 'params.keys()' },
      { line: 9, how: 'spread', type: 'HighlightRegistry', text: 'highlights' },
      { line: 9, how: 'spread', type: 'Highlight', text: 'h' },
      { line: 10, how: 'forEach', type: 'HighlightRegistry', text: 'highlights' },
    ]);
  });
});

/**
 * House rules enforced by a test rather than by memory (README, "Security"): page-derived text is
 * rendered only as text, nothing trusts window messages, lib/ uses no extension API, and imports
 * point down the layers.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const shipped = [...sources('lib'), ...sources('components'), ...sources('entrypoints')];
/** Source without comments, so a comment that names an API is not a use of it. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
const offenders = (files: string[], pattern: RegExp) => files.filter((f) => pattern.test(code(f)));

describe('conventions', () => {
  it('renders no HTML from strings anywhere that ships', () => {
    expect(
      offenders(
        shipped,
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/,
      ),
    ).toEqual([]);
  });

  it('has no listener for window messages (page scripts must not drive the extension)', () => {
    expect(offenders(shipped, /addEventListener\(\s*['"]message['"]|onmessage\s*=/)).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    expect(offenders(shipped, /\beval\(|new Function\(|setTimeout\(\s*['"`]/)).toEqual([]);
  });

  it('keeps extension APIs out of lib/ and storage and messaging out of components/', () => {
    expect(
      offenders(sources('lib'), /from ['"]wxt\/browser['"]|\bbrowser\.(runtime|tabs|storage)\b|\bchrome\./),
    ).toEqual([]);
    expect(
      offenders(sources('components'), /\bbrowser\.|from ['"].*corpus\/db['"]|new Dexie|messages\/transport/),
    ).toEqual([]);
  });

  it('imports point down the layers: lib never imports components or entrypoints', () => {
    expect(offenders(sources('lib'), /from ['"](@\/|(\.\.\/)+)(components|entrypoints)\//)).toEqual([]);
    expect(offenders(sources('components'), /from ['"](@\/|(\.\.\/)+)entrypoints\//)).toEqual([]);
  });
});

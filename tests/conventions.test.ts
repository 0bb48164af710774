/**
 * House rules enforced by a test rather than by memory (README, "Security"): page-derived text is
 * rendered only as text, nothing trusts window messages, lib/ uses no extension API (but for the
 * settings, which are extension storage), imports point down the layers written in README
 * ("Architecture"), and only lib/corpus/ touches the corpus database's tables.
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
    // Settings are the one part of lib/ that is extension storage (WXT's typed storage items).
    expect(
      offenders(
        sources('lib').filter((f) => !f.startsWith(path.join('lib', 'settings'))),
        /from ['"]wxt\/utils\/storage['"]/,
      ),
    ).toEqual([]);
    expect(
      offenders(sources('components'), /\bbrowser\.|from ['"].*corpus\/db['"]|new Dexie|messages\/transport/),
    ).toEqual([]);
  });

  it('imports point down the layers: lib never imports components or entrypoints', () => {
    expect(offenders(sources('lib'), /from ['"](@\/|(\.\.\/)+)(components|entrypoints)\//)).toEqual([]);
    expect(offenders(sources('components'), /from ['"](@\/|(\.\.\/)+)entrypoints\//)).toEqual([]);
  });

  it('imports inside lib/ point down the written layers, and no folder imports a sibling of its layer', () => {
    const broken: string[] = [];
    for (const file of sources('lib')) {
      const from = folderOf(file);
      for (const target of libImports(file)) {
        const to = folderOf(target);
        if (to === from) continue;
        if (!(to in LAYER) || !(from in LAYER))
          broken.push(`${file}: ${from} or ${to} has no layer in README`);
        else if (LAYER[to]! >= LAYER[from]!)
          broken.push(`${file} imports ${target} (${from} may not import ${to})`);
      }
    }
    expect(broken).toEqual([]);
    // Every folder of lib/ has a layer.
    expect(readdirSync('lib').filter((d) => !(d in LAYER))).toEqual([]);
  });

  it('touches the corpus database only inside lib/corpus/ (named queries there)', () => {
    const outside = shipped.filter((f) => !f.startsWith(path.join('lib', 'corpus') + path.sep));
    expect(
      offenders(
        outside,
        /\bdb\.(articles|features|stats|meta|claims|statDeltas|removedSeeds|tables|transaction)\b/,
      ),
    ).toEqual([]);
  });
});

/**
 * lib/'s layers, bottom first, as README's "Architecture" writes them: a folder may import only
 * folders of lower layers. The test reads the list from README so the two cannot drift apart.
 */
/** README's markers around the list (built here: a module may not hold an HTML comment opener). */
const [OPEN, CLOSE] = ['layers', '/layers'].map((name) => `<${'!'}-- ${name} -->`);
const LAYER: Record<string, number> = Object.fromEntries(
  (new RegExp(`${OPEN}([\\s\\S]*?)${CLOSE}`).exec(readFileSync('README.md', 'utf8'))?.[1] ?? '')
    .split('\n')
    .map((line) => /^\s*\d+\.\s+(.*)$/.exec(line)?.[1])
    .filter((rest): rest is string => Boolean(rest))
    .flatMap((rest, layer) => [...rest.matchAll(/`lib\/([\w-]+)\/`/g)].map((m) => [m[1]!, layer])),
);

function folderOf(file: string): string {
  return path.relative('lib', file).split(path.sep)[0]!;
}

/** The files of lib/ that `file` imports (relative or '@/lib/' specifiers, type-only ones too). */
function libImports(file: string): string[] {
  const out: string[] = [];
  for (const m of code(file).matchAll(
    /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g,
  )) {
    const spec = m[1]!;
    const target = spec.startsWith('@/')
      ? spec.slice(2)
      : spec.startsWith('.')
        ? path.join(path.dirname(file), spec)
        : null;
    if (target && path.normalize(target).startsWith('lib' + path.sep)) out.push(path.normalize(target));
  }
  return out;
}

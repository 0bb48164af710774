/**
 * A claims gold set (claims-dev layout): pairs of same-event reports, each with the differences a
 * careful reader lists (`a_key`/`b_key` verbatim substrings, a null key for the side that lacks an
 * `only_one` fact) and the look-alikes that must not be flagged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseSeed, parseSeedManifest } from '../../../lib/seeds/parse-seed';

export interface GoldDifference {
  kind: string;
  a_key: string | null;
  b_key: string | null;
  note?: string;
}

export interface GoldPair {
  name: string;
  /** The two documents, `{title, text, url?, source?, date?}`. */
  docs: [GoldDoc, GoldDoc];
  differences: GoldDifference[];
  not_differences: { a_key: string; b_key: string; note?: string }[];
}

export interface GoldDoc {
  title: string;
  text: string;
  date?: string | null;
}

interface RawGold {
  pairs: {
    name: string;
    files: [string, string];
    differences: GoldDifference[];
    not_differences?: GoldPair['not_differences'];
  }[];
}

/** Reads a gold file; `files` are relative to the gold file's folder. */
export function readGold(file: string): GoldPair[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawGold;
  const dir = dirname(resolve(file));
  const doc = (f: string): GoldDoc => {
    const seed = seedDoc(resolve(dir, f));
    if (seed) return seed;
    const d = JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Partial<GoldDoc> & { text?: string };
    return {
      title: d.title ?? '',
      text: d.text ?? readFileSync(resolve(dir, f), 'utf8'),
      date: d.date ?? null,
    };
  };
  return raw.pairs.map((p) => ({
    name: p.name,
    docs: [doc(p.files[0]), doc(p.files[1])],
    differences: p.differences,
    not_differences: p.not_differences ?? [],
  }));
}

/**
 * A file of the repository's seeds/ folder, read as the product reads it: through its manifest
 * entry, which drops the scraping artefacts and gives the title and the published date.
 */
function seedDoc(path: string): GoldDoc | null {
  if (!path.endsWith('.txt')) return null;
  const manifestPath = resolve(dirname(path), 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = parseSeedManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const entry = manifest.seeds.find((e) => e.file === basename(path));
  if (!entry) return null;
  const article = parseSeed(readFileSync(path, 'utf8'), entry);
  return { title: article.title, text: article.text, date: article.publishedTime };
}

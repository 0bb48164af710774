/**
 * Reads an evaluation folder: `<id>.html` next to `<id>.json` (the layouts of
 * ../shared/data/extract-*). Only what the harness scores is kept from the JSON.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface GoldPage {
  id: string;
  url: string | null;
  html: Uint8Array;
  /** Annotated body text, when the set has it. */
  text: string | null;
  title: string | null;
  byline: string | null;
  /** A date or date-time; compared to the day. */
  published: string | null;
  /** Snippets the extracted text must contain / must not contain. */
  with: string[];
  without: string[];
  /** Whether the set's own annotation calls the page an article (Readability's test pages say; others do not). */
  readerable: boolean | null;
}

/** Every page of `dir` with both files; `SOURCE.json` and `*.expected.html` are not pages. */
export async function readGoldPages(dir: string): Promise<GoldPage[]> {
  const names = await readdir(dir);
  const ids = names
    .filter((n) => n.endsWith('.json') && n !== 'SOURCE.json')
    .map((n) => n.slice(0, -'.json'.length))
    .filter((id) => names.includes(`${id}.html`))
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const gold = JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8')) as Record<
        string,
        unknown
      >;
      return {
        id,
        url: str(gold.url),
        html: new Uint8Array(await readFile(path.join(dir, `${id}.html`))),
        text: str(gold.text),
        title: str(gold.title),
        byline: str(gold.byline) ?? nameList(gold.byline),
        published: str(gold.published),
        with: strings(gold.with),
        without: strings(gold.without),
        readerable: typeof gold.readerable === 'boolean' ? gold.readerable : null,
      };
    }),
  );
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];
}

/** A byline annotated as a list of names (a few pages do), joined as the extractor joins them. */
function nameList(value: unknown): string | null {
  const names = strings(value);
  return names.length ? names.join(', ') : null;
}

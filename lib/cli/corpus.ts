/**
 * The CLI's corpus: the same Dexie schema and queries as the extension, over an in-memory
 * IndexedDB (fake-indexeddb), filled from a JSON Lines file or from the bundled seeds.
 */
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as v from 'valibot';
import type { ArticleInput } from '../corpus/articles';
import { importArticles } from '../corpus/import-articles';
import { importSeeds } from '../corpus/import-seeds';
import { openCorpus, type CorpusDb } from '../corpus/db';
import { normalizeParagraphs, splitParagraphs } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { readSeeds } from './seeds-fs';
import { UserError } from './user-error';

const CorpusLine = v.looseObject({
  id: v.union([v.string(), v.number()]),
  title: v.nullish(v.string()),
  text: v.string(),
  url: v.nullish(v.string()),
  source: v.nullish(v.string()),
  date: v.nullish(v.string()),
});

/** An empty in-memory corpus. */
export function memoryCorpus(): CorpusDb {
  return openCorpus(`cli-${process.pid}-${Math.random().toString(36).slice(2)}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  });
}

/** A corpus from `file` (JSON Lines), or the seeds when `file` is null. */
export async function loadCorpus(file: string | null, now = Date.now()): Promise<CorpusDb> {
  const db = memoryCorpus();
  if (file === null) {
    await importSeeds(
      db,
      (await readSeeds()).map((s) => s.article),
      now,
    );
    return db;
  }
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? `No such corpus file: ${file}` : `Cannot read corpus ${file}: ${code}`,
    );
  }
  if (!file.toLowerCase().endsWith('.jsonl'))
    throw new UserError(`The corpus must be a .jsonl file, not ${file}.`);
  const lines = raw.split('\n');
  const seen = new Set<string>();
  const inputs: ArticleInput[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new UserError(`${file}:${i + 1} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = v.safeParse(CorpusLine, data);
    if (!parsed.success) {
      throw new UserError(
        `${file}:${i + 1} must be {id, title, text, url?, source?, date?}: ${v.getDotPath(parsed.issues[0]) ?? 'root'}: ${parsed.issues[0].message}`,
      );
    }
    const { id, title, text, url, source, date } = parsed.output;
    const key = String(id);
    if (seen.has(key)) throw new UserError(`${file}:${i + 1} repeats id "${key}".`);
    seen.add(key);
    const body = normalizeParagraphs(splitParagraphs(text));
    inputs.push({
      id: key,
      url: url ?? null,
      // Two corpus lines are two articles even if they share a URL: keep the file's ids.
      canonicalUrl: null,
      title: title ?? '',
      byline: null,
      siteName: source ?? null,
      publishedTime: date ?? null,
      lang: null,
      text: body,
      sentences: splitSentences(body),
    });
  }
  // Every line is its own article (identity by id), weighted on the whole file's statistics.
  await importArticles(db, inputs, 'imported', now, { identity: 'id', exactWeights: true });
  return db;
}

/**
 * `xref export <folder> [-o file]`: the corpus page's export format (lib/transfer/format.ts) from a
 * folder of HTML or text files, read by the same extraction as `extract`, so a researcher can
 * build a corpus from their own files and import it on the corpus page. Files are read in path
 * order (subfolders too); a file that is not an article is left out and listed with its reason.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleIdFor } from '../corpus/articles';
import { computeFeatures } from '../match/features';
import { CORPUS_FORMAT, CORPUS_VERSION, type ExportedArticle } from '../transfer/format';
import { loadInput } from './inputs';
import { UserError } from './user-error';

const EXTENSIONS = new Set(['.html', '.htm', '.txt']);

export interface FolderExport {
  /** The export file's text. */
  text: string;
  articles: number;
  skipped: { file: string; reason: string }[];
}

/** Reads every HTML and text file under `folder` into an export file's text. */
export async function exportFolder(folder: string, now = new Date()): Promise<FolderExport> {
  let entries: string[];
  try {
    entries = (await readdir(folder, { recursive: true })).map(String);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `No such folder: ${folder}`
        : code === 'ENOTDIR'
          ? `${folder} is not a folder.`
          : `Cannot read ${folder}: ${code}`,
    );
  }
  const files = entries.filter((f) => EXTENSIONS.has(path.extname(f).toLowerCase())).sort();
  if (files.length === 0) throw new UserError(`${folder} has no .html, .htm or .txt files.`);
  const articles: ExportedArticle[] = [];
  const skipped: FolderExport['skipped'] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const article = await loadInput(path.join(folder, file));
    if (!article.readerable || !article.text.trim()) {
      skipped.push({ file, reason: article.reason ?? 'no text' });
      continue;
    }
    const web = (u: string | null) => (u && /^https?:\/\//i.test(u) ? u : null);
    const canonicalUrl = web(article.canonicalUrl);
    // The extension's own id rule (canonical URL, else the text), made unique within the file.
    const base = articleIdFor(canonicalUrl, computeFeatures(article.title, article.text).exactHash);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    articles.push({
      id,
      url: web(article.url),
      canonicalUrl: id === base ? canonicalUrl : null,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      savedAt: now.toISOString(),
      origin: 'imported',
      readAt: null,
      lang: article.lang,
      text: article.text,
      tags: [],
    });
  }
  const lines = articles.map((a, i) => `${i ? ',' : ''}\n${JSON.stringify(a)}`).join('');
  const text = `{\n"format": ${JSON.stringify(CORPUS_FORMAT)},\n"version": ${CORPUS_VERSION},\n"exportedAt": ${JSON.stringify(now.toISOString())},\n"articles": [${lines}\n]\n}\n`;
  return { text, articles: articles.length, skipped };
}

/** Writes the export to `out` (then prints a summary) or, without it, prints the file itself. */
export async function runExport(
  folder: string,
  out: string | null,
  write: (line: string) => void,
): Promise<void> {
  const result = await exportFolder(folder);
  if (out === null) {
    write(result.text.trimEnd());
    return;
  }
  try {
    await writeFile(out, result.text);
  } catch (error) {
    throw new UserError(`Cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  write(JSON.stringify({ written: out, articles: result.articles, skipped: result.skipped }));
}

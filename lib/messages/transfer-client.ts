/**
 * The corpus page's half of export and import: it asks the background for the corpus in chunks and
 * assembles the file, or checks a file and sends it in chunks to the staged import. `request` is
 * the page's typed sendRequest (or, in tests, the background handlers called directly).
 */
import { CORPUS_FORMAT, CORPUS_VERSION, type ImportArticle } from '../transfer/format';
import {
  checkArticles,
  describeProblems,
  isCorpusLines,
  readCorpusFile,
  readCorpusLines,
} from '../transfer/parse-file';
import type { ImportReport } from '../transfer/staged-import';
import type { MessageName, Replies, RequestOf } from './protocol';

export type Request = <N extends MessageName>(name: N, data: RequestOf<N>) => Promise<Replies[N]>;

export type TransferProgress =
  | { phase: 'exporting'; done: number; total: number }
  | { phase: 'checking'; done: number; total: number }
  | { phase: 'sending'; done: number; total: number }
  | { phase: 'saving'; total: number };

/** Articles asked for per export chunk (the background also caps a chunk by characters). */
const EXPORT_BATCH = 500;
/** Import chunks: at most this many articles and characters (~8 MB of JSON), far below 64 MiB. */
const IMPORT_BATCH = 500;
const IMPORT_CHUNK_CHARS = 4_000_000;
/** Articles validated between two repaints of the progress bar. */
const CHECK_SLICE = 2_000;

/** Thrown when the file itself is wrong: nothing was sent, the corpus is untouched. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/** The export file as text parts (for a Blob), one article per line. */
export async function exportCorpus(
  request: Request,
  exportedAt: Date,
  onProgress: (p: TransferProgress) => void,
): Promise<{ parts: string[]; count: number }> {
  const header = `{\n"format": ${JSON.stringify(CORPUS_FORMAT)},\n"version": ${CORPUS_VERSION},\n"exportedAt": ${JSON.stringify(exportedAt.toISOString())},\n"articles": [`;
  const parts = [header];
  let count = 0;
  let after: string | null = null;
  do {
    const chunk: Replies['exportChunk'] = await request('exportChunk', { after, limit: EXPORT_BATCH });
    for (const article of chunk.articles) parts.push(`${count++ ? ',' : ''}\n${JSON.stringify(article)}`);
    onProgress({ phase: 'exporting', done: count, total: Math.max(chunk.total, count) });
    after = chunk.next;
  } while (after !== null);
  parts.push('\n]\n}\n');
  return { parts, count };
}

/**
 * Checks the file text (every article, before anything is sent), then stages it in chunks and
 * commits. The text is an export, or the CLI's corpus format (JSON Lines).
  Throws ImportFileError for a bad file; any other error means nothing was committed,
 * except a failed commit, which the message says may have completed (it is all or nothing).
 */
export async function importCorpus(
  text: string,
  request: Request,
  onProgress: (p: TransferProgress) => void,
  yieldToUi: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<ImportReport> {
  const records = isCorpusLines(text)
    ? await checkLines(text, onProgress, yieldToUi)
    : await checkExport(text, onProgress, yieldToUi);

  const total = records.length;
  const { importId } = await request('importBegin', { total });
  try {
    onProgress({ phase: 'sending', done: 0, total });
    for (let offset = 0; offset < total;) {
      const chunk = nextChunk(records, offset);
      await request('importChunk', { importId, offset, articles: chunk });
      offset += chunk.length;
      onProgress({ phase: 'sending', done: offset, total });
    }
  } catch (error) {
    await request('importAbort', { importId }).catch(() => undefined);
    throw new Error(`Nothing was imported: ${(error as Error).message}`);
  }
  onProgress({ phase: 'saving', total });
  try {
    return await request('importCommit', { importId });
  } catch (error) {
    const message = (error as Error).message;
    // Our own messages say what happened; a lost connection (the worker stopped) cannot know.
    if (/corpus is (unchanged|as it was)|nothing was imported/i.test(message)) throw error;
    throw new Error(
      `The import was interrupted while it was being saved (${message}). Saving is all or nothing: your corpus is either as it was or has the whole file. Importing the same file again adds nothing twice.`,
    );
  }
}

async function checkExport(
  text: string,
  onProgress: (p: TransferProgress) => void,
  yieldToUi: () => Promise<void>,
): Promise<ImportArticle[]> {
  const file = readCorpusFile(text);
  if (!file.ok) throw new ImportFileError(file.error);
  const raw = file.value.articles;
  const records: ImportArticle[] = [];
  const problems: string[] = [];
  let problemCount = 0;
  for (let from = 0; from < raw.length; from += CHECK_SLICE) {
    const checked = checkArticles(raw, from, Math.min(raw.length, from + CHECK_SLICE));
    records.push(...checked.records);
    problems.push(...checked.problems.slice(0, Math.max(0, 5 - problems.length)));
    problemCount += checked.problemCount;
    onProgress({ phase: 'checking', done: Math.min(raw.length, from + CHECK_SLICE), total: raw.length });
    await yieldToUi();
  }
  if (problemCount) throw new ImportFileError(describeProblems({ problems, problemCount }));
  return records;
}

async function checkLines(
  text: string,
  onProgress: (p: TransferProgress) => void,
  yieldToUi: () => Promise<void>,
): Promise<ImportArticle[]> {
  onProgress({ phase: 'checking', done: 0, total: 1 });
  await yieldToUi();
  const parsed = readCorpusLines(text);
  if (!parsed.ok) throw new ImportFileError(parsed.error);
  onProgress({ phase: 'checking', done: parsed.value.length, total: parsed.value.length });
  return parsed.value;
}

function nextChunk(records: readonly ImportArticle[], offset: number): ImportArticle[] {
  const chunk: ImportArticle[] = [];
  let chars = 0;
  for (let i = offset; i < records.length && chunk.length < IMPORT_BATCH; i++) {
    const record = records[i]!;
    const size = record.text.length + record.title.length;
    if (chunk.length > 0 && chars + size > IMPORT_CHUNK_CHARS) break;
    chunk.push(record);
    chars += size;
  }
  return chunk;
}

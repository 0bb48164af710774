/**
 * Reads a corpus export and says exactly what is wrong with a bad one: the JSON position of a
 * syntax error, or the article index and field of a schema error ("articles[12].title: …").
 * Nothing here writes anything; the caller imports only a file that passed.
 */
import * as v from 'valibot';
import { findJsonSyntaxError } from './json-error';
import {
  CORPUS_FORMAT,
  CorpusFileHeaderSchema,
  ImportArticleSchema,
  LIMITS,
  type ImportArticle,
} from './format';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** How many schema problems a report lists before "and N more". */
const MAX_LISTED = 5;
/** Longest excerpt of a value quoted in an error: a 10 MB string must not become a 10 MB message. */
const MAX_QUOTED = 80;

/** Rejects a file before reading it when it is too big to parse safely. */
export function checkFileSize(bytes: number): string | null {
  if (bytes <= LIMITS.fileBytes) return null;
  return `This file is ${megabytes(bytes)}; Parallax imports files up to ${megabytes(LIMITS.fileBytes)}. Split the corpus, or export it again from Parallax.`;
}

/** JSON-parses `text` and checks the envelope; the articles are left unchecked for `checkArticles`. */
export function readCorpusFile(text: string): Parsed<{ exportedAt: string | null; articles: unknown[] }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not valid JSON: ${describeSyntaxError(error, text)}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const kind = Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`;
    return {
      ok: false,
      error: `This is not a Parallax corpus file: it holds ${kind}, not an object with "format": "${CORPUS_FORMAT}".`,
    };
  }
  const header = v.safeParse(CorpusFileHeaderSchema, json);
  if (!header.success) {
    return { ok: false, error: `This is not a Parallax corpus file: ${formatIssue(header.issues[0])}` };
  }
  return { ok: true, value: { exportedAt: header.output.exportedAt, articles: header.output.articles } };
}

/**
 * Whether `text` is the CLI's corpus format (JSON Lines of `{id, title, text, url?, source?,
 * date?}`) rather than an export: its first line is a whole JSON object without "format".
 */
export function isCorpusLines(text: string): boolean {
  const first = /^\s*(.*)$/m.exec(text)?.[1]?.trim() ?? '';
  if (!first.startsWith('{')) return false;
  try {
    const json: unknown = JSON.parse(first);
    return typeof json === 'object' && json !== null && !Array.isArray(json) && !('format' in json);
  } catch {
    return false;
  }
}

const CorpusLine = v.object({
  id: v.union([v.string(), v.number()], 'expected a string or a number'),
  title: v.optional(v.nullable(v.string()), null),
  text: v.string(),
  url: v.optional(v.nullable(v.string()), null),
  source: v.optional(v.nullable(v.string()), null),
  date: v.optional(v.nullable(v.string()), null),
});

/**
 * Reads the CLI's corpus format into import records, all or nothing: a line that is not JSON, not
 * `{id, title, text, url?, source?, date?}`, repeats an id, or breaks an import limit is reported
 * by its line number ("line 3: text: missing"; the first five problems, then a count). Each line
 * is its own article: two lines with one URL stay two (no canonical URL is taken from the file).
 */
export function readCorpusLines(text: string): Parsed<ImportArticle[]> {
  const records: ImportArticle[] = [];
  const problems: string[] = [];
  let problemCount = 0;
  const problem = (message: string) => {
    problemCount++;
    if (problems.length < MAX_LISTED) problems.push(message);
  };
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const at = `line ${(i + 1).toLocaleString('en-US')}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      const found = findJsonSyntaxError(line);
      problem(`${at}: not valid JSON${found ? ` (${found.problem} at column ${found.column})` : ''}`);
      continue;
    }
    const shape = v.safeParse(CorpusLine, json);
    if (!shape.success) {
      problem(formatIssue(shape.issues[0], at));
      continue;
    }
    const { id, title, text: body, url, source, date } = shape.output;
    const record = v.safeParse(ImportArticleSchema, {
      id: String(id),
      url,
      canonicalUrl: null,
      title: title ?? '',
      siteName: source,
      publishedTime: date,
      origin: 'imported',
      text: body,
    });
    if (!record.success) {
      const issue = record.issues[0];
      // The record's field names, as the line spells them.
      const field = { siteName: 'source', publishedTime: 'date' }[String(issue.path?.[0]?.key)];
      problem(formatIssue(issue, at).replace(/^(line [\d,]+)\.(siteName|publishedTime)/, `$1.${field}`));
      continue;
    }
    if (seen.has(record.output.id)) {
      problem(`${at}: repeats id ${JSON.stringify(truncate(record.output.id))}`);
      continue;
    }
    seen.add(record.output.id);
    records.push(record.output);
  }
  if (problemCount) return { ok: false, error: describeProblems({ problems, problemCount }) };
  if (records.length === 0) return { ok: false, error: 'This file has no articles.' };
  if (records.length > LIMITS.articles)
    return { ok: false, error: `At most ${LIMITS.articles.toLocaleString('en-US')} articles per file.` };
  return { ok: true, value: records };
}

/**
 * Validates `raw[from..to)`; problems name the article by its index in the file. Returns the
 * problems found (at most `MAX_LISTED` are described) and the valid records.
 */
export function checkArticles(
  raw: readonly unknown[],
  from = 0,
  to = raw.length,
): { records: ImportArticle[]; problems: string[]; problemCount: number } {
  const records: ImportArticle[] = [];
  const problems: string[] = [];
  let problemCount = 0;
  for (let i = from; i < to; i++) {
    const result = v.safeParse(ImportArticleSchema, raw[i], { abortEarly: problems.length >= MAX_LISTED });
    if (result.success) {
      records.push(result.output);
      continue;
    }
    for (const issue of result.issues) {
      problemCount++;
      if (problems.length < MAX_LISTED) problems.push(formatIssue(issue, `articles[${i}]`));
    }
  }
  return { records, problems, problemCount };
}

/**
 * The whole check in one call: envelope, then every article.
 * @internal the page runs the steps one by one, to show progress; the tests check them together.
 */
export function parseCorpusFile(
  text: string,
): Parsed<{ exportedAt: string | null; articles: ImportArticle[] }> {
  const file = readCorpusFile(text);
  if (!file.ok) return file;
  const checked = checkArticles(file.value.articles);
  if (checked.problemCount) return { ok: false, error: describeProblems(checked) };
  return { ok: true, value: { exportedAt: file.value.exportedAt, articles: checked.records } };
}

/** "2 problems; nothing was imported: articles[3].title: …; articles[9].url: …" */
export function describeProblems({
  problems,
  problemCount,
}: {
  problems: string[];
  problemCount: number;
}): string {
  const more = problemCount - problems.length;
  const count = problemCount === 1 ? '1 problem' : `${problemCount.toLocaleString('en-US')} problems`;
  return `This file has ${count}; nothing was imported. ${problems.join('; ')}${more > 0 ? `; and ${more.toLocaleString('en-US')} more` : ''}.`;
}

/** `articles[12].title: expected string, got number`. */
export function formatIssue(issue: v.BaseIssue<unknown>, prefix = ''): string {
  const path = (issue.path ?? []).reduce<string>(
    (out, item) =>
      typeof item.key === 'number' ? `${out}[${item.key}]` : `${out}${out ? '.' : ''}${String(item.key)}`,
    prefix,
  );
  const typeError = /^Invalid (type|key): Expected (.*) but received (.*)$/s.exec(issue.message);
  const message = !typeError
    ? issue.message
    : typeError[3] === 'undefined'
      ? 'missing'
      : `expected ${typeError[2]}, got ${typeError[3]}`;
  return `${path || 'file'}: ${truncate(message)}`;
}

/** Our own position ("line 3, column 7"): engines' messages differ and often have none. */
function describeSyntaxError(error: unknown, text: string): string {
  const found = findJsonSyntaxError(text);
  if (!found) return truncate(error instanceof Error ? error.message : String(error));
  return `${found.problem} at line ${found.line.toLocaleString('en-US')}, column ${found.column.toLocaleString('en-US')} (character ${found.position.toLocaleString('en-US')})`;
}

function truncate(message: string): string {
  return message.length > MAX_QUOTED * 3 ? `${message.slice(0, MAX_QUOTED * 3)}…` : message;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;
}

/**
 * Reads a CLI input (HTML, plain text, JSON, URL or stdin) into an extracted article, exactly as
 * the browser would see it for HTML.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import * as v from 'valibot';
import { decodeHtml } from '../extract/decode-html';
import { extractArticle } from '../extract/extract-article';
import { repairParsedDocument } from '../extract/repair-document';
import type { ExtractedArticle } from '../extract/types';
import { normalizeParagraphs, splitParagraphs } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { readSeeds, SEEDS_DIR } from './seeds-fs';
import { UserError } from './user-error';

const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

const JsonArticle = v.object({
  title: v.string(),
  text: v.string(),
  url: v.optional(v.nullable(v.string())),
  source: v.optional(v.nullable(v.string())),
  date: v.optional(v.nullable(v.string())),
});

/** Loads `input` (a path, an http(s) URL or "-") as an article; `url` overrides the page URL of HTML. */
export async function loadInput(
  input: string,
  url: string | null = null,
  stdin: () => Promise<string> = readStdin,
): Promise<ExtractedArticle> {
  if (input === '-') return fromHtml(await stdin(), url ?? 'about:blank');
  if (/^https?:\/\//i.test(input)) return fromHtml(await fetchPage(input), url ?? input);
  const ext = path.extname(input).toLowerCase();
  if (!['.html', '.htm', '.txt', '.json'].includes(ext)) {
    throw new UserError(
      `Unsupported input type "${ext || '(none)'}" for ${input}: use .html, .htm, .txt, .json, an http(s) URL, or - for HTML on stdin.`,
    );
  }
  const raw = await readText(input, ext === '.html' || ext === '.htm');
  if (ext === '.txt') return fromText(raw, input);
  if (ext === '.json') return fromJson(raw, input);
  return fromHtml(raw, url ?? pathToFileURL(path.resolve(input)).href);
}

/** Extracts HTML with linkedom, as the content script does with the live DOM. */
export function fromHtml(html: string, url: string): ExtractedArticle {
  const { document } = parseHTML(html);
  repairParsedDocument(document as unknown as Document);
  return extractArticle(document as unknown as Document, url);
}

async function fromText(raw: string, file: string): Promise<ExtractedArticle> {
  const resolved = path.resolve(file);
  if (path.dirname(resolved) === SEEDS_DIR) {
    const seed = (await readSeeds()).find((s) => path.join(SEEDS_DIR, s.file) === resolved);
    if (seed)
      return plainArticle({
        title: seed.article.title,
        text: seed.article.text,
        siteName: seed.article.siteName,
        date: seed.article.publishedTime,
        lang: seed.article.lang,
      });
  }
  const paragraphs = splitParagraphs(raw);
  // A short first line without closing punctuation reads as a headline.
  const first = paragraphs[0] ?? '';
  const isHeadline = paragraphs.length > 1 && first.length <= 200 && !/[.!?:;,"”]$/.test(first);
  return plainArticle({
    title: isHeadline ? first : '',
    text: normalizeParagraphs(isHeadline ? paragraphs.slice(1) : paragraphs),
  });
}

function fromJson(raw: string, file: string): ExtractedArticle {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = v.safeParse(JsonArticle, data);
  if (!parsed.success) {
    throw new UserError(
      `${file} must be {title, text, url?, source?, date?}: ${v.getDotPath(parsed.issues[0]) ?? 'root'}: ${parsed.issues[0].message}`,
    );
  }
  const { title, text, url, source, date } = parsed.output;
  return plainArticle({
    title,
    text: normalizeParagraphs(splitParagraphs(text)),
    url: url ?? null,
    siteName: source ?? null,
    date: date ?? null,
  });
}

/** An article from plain fields: the shape `extract` returns, readerable when it has text. */
export function plainArticle(a: {
  title: string;
  text: string;
  url?: string | null;
  siteName?: string | null;
  date?: string | null;
  lang?: string | null;
}): ExtractedArticle {
  return {
    url: a.url ?? '',
    canonicalUrl: a.url && /^https?:/i.test(a.url) ? a.url : null,
    title: a.title,
    byline: null,
    authors: [],
    siteName: a.siteName ?? null,
    publishedTime: a.date ?? null,
    modifiedTime: null,
    lang: a.lang ?? null,
    section: null,
    readerable: a.text.length > 0,
    ...(a.text.length > 0 ? {} : { reason: 'The input has no text.' }),
    text: a.text,
    sentences: splitSentences(a.text),
  };
}

/** A file's text; HTML is decoded as a browser would (BOM, declared charset, else UTF-8 or windows-1252). */
async function readText(file: string, html = false): Promise<string> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `No such file: ${file}`
        : code === 'EISDIR'
          ? `${file} is a directory, not a file.`
          : `Cannot read ${file}: ${code ?? (error as Error).message}`,
    );
  }
  if (buffer.length > MAX_INPUT_BYTES)
    throw new UserError(`${file} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB.`);
  return html ? decodeHtml(new Uint8Array(buffer)) : new TextDecoder('utf-8').decode(buffer);
}

async function fetchPage(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new UserError(`Could not fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new UserError(`Fetching ${url} returned HTTP ${response.status}.`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type))
    throw new UserError(`${url} is not an HTML page (content-type ${type}).`);
  return decodeHtml(new Uint8Array(await response.arrayBuffer()), type || null);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw new UserError('Standard input is larger than 50 MB.');
    chunks.push(chunk as Buffer);
  }
  return decodeHtml(new Uint8Array(Buffer.concat(chunks)));
}

/**
 * Turns a verbatim seed document into an article, using its manifest entry to remove the scraping
 * artefacts (the files themselves are never edited).
 */
import * as v from 'valibot';
import { normalizeParagraphs, splitParagraphs } from '../text/normalize';
import { splitSentences, type Sentence } from '../text/sentences';
import { fnv1a } from '../util/hash';

const ArtefactSchema = v.object({
  kind: v.picklist(['line', 'prefix']),
  text: v.pipe(v.string(), v.minLength(1)),
  why: v.string(),
});

export const SeedEntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]+$/)),
  file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/)),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: v.pipe(v.string(), v.minLength(1)),
  titleFrom: v.string(),
  siteName: v.nullable(v.string()),
  publishedTime: v.nullable(v.string()),
  lang: v.string(),
  artefacts: v.array(ArtefactSchema),
});

export const SeedManifestSchema = v.object({
  schema: v.literal(1),
  seeds: v.array(SeedEntrySchema),
});

export type SeedEntry = v.InferOutput<typeof SeedEntrySchema>;

export interface SeedArticle {
  id: string;
  /** Manifest version and file content together: a change to either replaces the stored records. */
  seedVersion: string;
  title: string;
  siteName: string | null;
  publishedTime: string | null;
  lang: string;
  text: string;
  sentences: Sentence[];
}

/** Validates the manifest; throws with the path of the first problem. */
export function parseSeedManifest(json: unknown): v.InferOutput<typeof SeedManifestSchema> {
  const result = v.safeParse(SeedManifestSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`seeds/manifest.json is invalid at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return result.output;
}

/** The article a seed file holds, artefacts removed. */
export function parseSeed(raw: string, entry: SeedEntry): SeedArticle {
  let paragraphs = splitParagraphs(raw);
  if (entry.titleFrom === 'first line' && paragraphs[0] === entry.title) paragraphs = paragraphs.slice(1);
  for (const artefact of entry.artefacts) {
    if (artefact.kind === 'line') {
      const at = paragraphs.indexOf(artefact.text);
      if (at >= 0) paragraphs.splice(at, 1);
    } else if (paragraphs[0]?.startsWith(artefact.text)) {
      paragraphs[0] = paragraphs[0].slice(artefact.text.length);
    }
  }
  const text = normalizeParagraphs(paragraphs);
  return {
    id: entry.id,
    seedVersion: `${entry.version}-${fnv1a(raw)}`,
    title: entry.title,
    siteName: entry.siteName,
    publishedTime: entry.publishedTime,
    lang: entry.lang,
    text,
    sentences: splitSentences(text),
  };
}

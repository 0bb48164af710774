/**
 * Reads an evaluation set of labelled articles: JSON Lines of {id, cluster, topic?, title, text,
 * date?, source?}, where the same `cluster` means the same story (the layout of stories-dev).
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';

const Line = v.looseObject({
  id: v.union([v.string(), v.number()]),
  cluster: v.union([v.string(), v.number()]),
  topic: v.nullish(v.union([v.string(), v.number()])),
  title: v.nullish(v.string()),
  text: v.string(),
  date: v.nullish(v.string()),
  source: v.nullish(v.string()),
  url: v.nullish(v.string()),
});

export interface LabelledArticle {
  id: string;
  cluster: string;
  /** Group of related stories (same kind of event); the cluster itself when the set has none. */
  topic: string;
  title: string;
  text: string;
  date: string | null;
  source: string | null;
  url: string | null;
}

/** Parses `file`; throws with the line number on the first malformed line. */
export function readLabelledArticles(file: string): LabelledArticle[] {
  const out: LabelledArticle[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      const parsed = v.safeParse(Line, JSON.parse(raw));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.issues[0].message}`);
      const a = parsed.output;
      out.push({
        id: String(a.id),
        cluster: String(a.cluster),
        topic: String(a.topic ?? a.cluster),
        title: a.title ?? '',
        text: a.text,
        date: a.date ?? null,
        source: a.source ?? null,
        url: a.url ?? null,
      });
    });
  return out;
}

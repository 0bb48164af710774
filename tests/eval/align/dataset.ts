/**
 * Reads an alignment set in the align-dev layout: `docs.json` ({docId: {sentenceIndex: sentence}})
 * and `pairs.jsonl` (one {pair_id, doc1, doc2, links: {doc1Index: [doc2Index…]}} per line). The set
 * stays outside the repository; its path is an argument.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';

const DocsSchema = v.record(v.string(), v.record(v.string(), v.string()));
const PairSchema = v.object({
  pair_id: v.string(),
  doc1: v.string(),
  doc2: v.string(),
  links: v.record(v.string(), v.array(v.string())),
});

export interface AlignDoc {
  id: string;
  /** Sentences in index order. */
  sentences: string[];
}

export interface AlignPair {
  id: string;
  doc1: string;
  doc2: string;
  /** Gold links as "i:j" keys (doc1 sentence i, doc2 sentence j). */
  links: Set<string>;
}

export interface AlignSet {
  docs: Map<string, AlignDoc>;
  pairs: AlignPair[];
}

/** Loads and validates the set in `dir`; throws with the file and reason when it is malformed. */
export function readAlignSet(dir: string): AlignSet {
  const docsJson = v.parse(DocsSchema, JSON.parse(readFileSync(path.join(dir, 'docs.json'), 'utf8')));
  const docs = new Map<string, AlignDoc>();
  for (const [id, bySentence] of Object.entries(docsJson)) {
    const indices = Object.keys(bySentence)
      .map(Number)
      .sort((x, y) => x - y);
    docs.set(id, { id, sentences: indices.map((i) => bySentence[String(i)]!) });
  }
  const pairs = readFileSync(path.join(dir, 'pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const p = v.parse(PairSchema, JSON.parse(line));
      if (!docs.has(p.doc1) || !docs.has(p.doc2))
        throw new Error(`pairs.jsonl: ${p.pair_id} names a missing document`);
      const links = new Set<string>();
      for (const [i, js] of Object.entries(p.links)) for (const j of js) links.add(`${i}:${j}`);
      return { id: p.pair_id, doc1: p.doc1, doc2: p.doc2, links };
    });
  return { docs, pairs };
}

/** The document as an article: one paragraph per sentence, with each sentence's offsets. */
export function articleOf(doc: AlignDoc): {
  text: string;
  sentences: { text: string; start: number; end: number }[];
} {
  const sentences: { text: string; start: number; end: number }[] = [];
  let text = '';
  for (const s of doc.sentences) {
    if (text) text += '\n\n';
    sentences.push({ text: s, start: text.length, end: text.length + s.length });
    text += s;
  }
  return { text, sentences };
}

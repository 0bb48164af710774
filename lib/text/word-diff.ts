/**
 * Word-level diff of two passages for display: what one source has that the other lacks,
 * ignoring differences of typography only (curly vs straight quotes, dashes).
 */
import { diffArrays } from 'diff';
import { foldForComparison } from './normalize';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  /**
   * The words as written in the passage they come from (a for same/removed, b for added), with the
   * whitespace that follows them there: concatenating the same+removed parts gives back `a`.
   */
  text: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]+/gu;

/** Parts turning `a` into `b`, word by word; consecutive parts of one kind are merged. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const ta = tokens(a);
  const tb = tokens(b);
  const changes = diffArrays(
    ta.map((t) => t.key),
    tb.map((t) => t.key),
  );
  const parts: DiffPart[] = [];
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    const kind: DiffPart['kind'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const source = kind === 'added' ? tb.slice(ib, ib + n) : ta.slice(ia, ia + n);
    if (kind !== 'added') ia += n;
    if (kind !== 'removed') ib += n;
    if (source.length === 0) continue;
    const from = kind === 'added' ? b : a;
    const text = from.slice(source[0]!.start, source[source.length - 1]!.next);
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return parts;
}

interface Token {
  key: string;
  start: number;
  /** Where the next token starts (or the end of the text): the token plus its trailing space. */
  next: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const previous = out[out.length - 1];
    if (previous) previous.next = m.index;
    out.push({ key: foldForComparison(m[0]), start: m.index, next: text.length });
  }
  return out;
}

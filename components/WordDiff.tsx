import { wordDiff } from '@/lib/text/word-diff';

/**
 * One passage shown against another, word by word: `side="a"` shows `text` with the words the other
 * lacks struck through; `side="b"` shows `other` with the words it adds marked.
 */
export function WordDiff({ text, other, side }: { text: string; other: string; side: 'a' | 'b' }) {
  const { parts } = side === 'a' ? wordDiff(text, other) : wordDiff(other, text);
  const shown = parts.filter((p) => (side === 'a' ? p.kind !== 'added' : p.kind !== 'removed'));
  return (
    <span class="word-diff">
      {shown.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{side === 'a' ? part.text : (part.textInB ?? part.text)}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} title="Only in this passage">
            {part.text}
          </del>
        ) : (
          <ins key={i} title="Only in this passage">
            {part.text}
          </ins>
        ),
      )}
    </span>
  );
}

import { describe, expect, it } from 'vitest';
import { renderWordDiff, wordDiff, type DiffPart } from '@/lib/text/word-diff';

/** Kind and text of each part, as the display shows them. */
const shown = (parts: readonly DiffPart[]) => parts.map(({ kind, text }) => ({ kind, text }));

describe('wordDiff', () => {
  it('marks the words one quote adds, ignoring typography', () => {
    expect(
      shown(
        wordDiff(
          '“If one side gets everything, that’s surrender”',
          '"If one side gets everything, that\'s not a peace deal—it\'s surrender"',
        ).parts,
      ),
    ).toEqual([
      { kind: 'same', text: '“If one side gets everything, that’s ' },
      { kind: 'added', text: "not a peace deal—it's " },
      { kind: 'same', text: 'surrender”' },
    ]);
  });

  it('reports removals and additions of a changed word', () => {
    expect(shown(wordDiff('sanctions may be expanded', 'sanctions may be intensified').parts)).toEqual([
      { kind: 'same', text: 'sanctions may be ' },
      { kind: 'removed', text: 'expanded' },
      { kind: 'added', text: 'intensified' },
    ]);
  });

  it('gives back passage a from its same and removed parts', () => {
    const a = 'Witkoff said Russia had signalled readiness to pass a law.';
    const { parts } = wordDiff(a, 'Witkoff told Fox News that Moscow even agreed to legislate.');
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(a);
  });

  it('gives nothing for two empty passages', () => {
    expect(wordDiff('', '').parts).toEqual([]);
  });

  it('ignores typography and case', () => {
    expect(wordDiff('That’s surrender', "that's SURRENDER").changed).toBe(0);
  });

  it('marks removed and added words', () => {
    expect(renderWordDiff(wordDiff('that’s surrender', 'that’s not a deal, it’s surrender'))).toBe(
      'that’s {+not a deal it’s+} surrender',
    );
  });

  it('gives back passage b from its same parts (as b writes them) and added parts', () => {
    const b = '"That\'s not a peace deal — it\'s surrender," he said.';
    const { parts } = wordDiff('“That’s surrender”, he told CNN.', b);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => (p.kind === 'same' ? p.textInB : p.text))
        .join(''),
    ).toBe(b);
  });

  it('reads a clitic spaced out by a converter as part of its word', () => {
    expect(wordDiff('it ’ s over', 'it’s over').changed).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { wordDiff } from '@/lib/text/word-diff';

describe('wordDiff', () => {
  it('marks the words one quote adds, ignoring typography', () => {
    expect(
      wordDiff(
        '“If one side gets everything, that’s surrender”',
        '"If one side gets everything, that\'s not a peace deal—it\'s surrender"',
      ),
    ).toEqual([
      { kind: 'same', text: '“If one side gets everything, that’s ' },
      { kind: 'added', text: "not a peace deal—it's " },
      { kind: 'same', text: 'surrender”' },
    ]);
  });

  it('reports removals and additions of a changed word', () => {
    expect(wordDiff('sanctions may be expanded', 'sanctions may be intensified')).toEqual([
      { kind: 'same', text: 'sanctions may be ' },
      { kind: 'removed', text: 'expanded' },
      { kind: 'added', text: 'intensified' },
    ]);
  });

  it('gives back passage a from its same and removed parts', () => {
    const a = 'Witkoff said Russia had signalled readiness to pass a law.';
    const parts = wordDiff(a, 'Witkoff told Fox News that Moscow even agreed to legislate.');
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(a);
  });

  it('gives nothing for two empty passages', () => {
    expect(wordDiff('', '')).toEqual([]);
  });
});

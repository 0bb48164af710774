import { describe, expect, it } from 'vitest';
import { computeFeatures } from '@/lib/match/features';
import { PAIR_FEATURES, pairFeatures, type PairSide } from '@/lib/match/pair-features';
import { weightVector } from '@/lib/match/vector';

/** A side weighted with every key's IDF at 1: enough to compare the evidence of pairs. */
function side(title: string, text: string): PairSide {
  const f = computeFeatures(title, text);
  const idf = f.vocab.map(() => 1);
  return {
    vector: weightVector(f.hashes, f.kinds, f.tf, f.lead, idf),
    day: null,
    length: f.length,
    dates: [],
  };
}

const conflict = (a: PairSide, b: PairSide) =>
  pairFeatures(a, b).values[PAIR_FEATURES.indexOf('quantityConflict')]!;

const FIRST = side(
  'Coastguard lifts 14 walkers off Harrow Sands',
  'The coastguard lifted 14 walkers off Harrow Sands on Sunday after the tide cut them off. ' +
    'All 14 were taken to Port Eddon, where 3 were treated for cold.',
);
const SAME_NUMBERS = side(
  'Fourteen stranded on Harrow Sands rescued',
  'A helicopter crew rescued 14 people from Harrow Sands on Sunday. Three of the 14 needed treatment; ' +
    '3 stayed in hospital overnight.',
);
const OTHER_NUMBERS = side(
  'Coastguard lifts 9 walkers off Harrow Sands',
  'The coastguard lifted 9 walkers off Harrow Sands on Saturday after the tide cut them off. ' +
    'All 9 were taken to Port Eddon, where 2 were treated for cold.',
);
const NO_NUMBERS = side(
  'Walkers cut off by the tide on Harrow Sands',
  'The coastguard lifted a group of walkers off Harrow Sands after the tide cut them off.',
);

describe('quantityConflict', () => {
  it('is 0 when the two reports repeat the same salient numbers', () => {
    expect(conflict(FIRST, SAME_NUMBERS)).toBe(0);
  });

  it("is high when both carry numbers and neither side has the other one's", () => {
    expect(conflict(FIRST, OTHER_NUMBERS)).toBeGreaterThan(0.9);
  });

  it('is 0 when one side has no numbers: silence is no conflict', () => {
    expect(conflict(FIRST, NO_NUMBERS)).toBe(0);
    expect(conflict(NO_NUMBERS, FIRST)).toBe(0);
  });

  it('is symmetric', () => {
    expect(conflict(OTHER_NUMBERS, FIRST)).toBe(conflict(FIRST, OTHER_NUMBERS));
  });
});

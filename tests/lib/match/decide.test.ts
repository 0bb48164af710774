import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/match/decide';
import { PAIR_FEATURES, type PairEvidence } from '@/lib/match/pair-features';

function evidence(
  values: Partial<Record<(typeof PAIR_FEATURES)[number], number>>,
  extra: Partial<PairEvidence> = {},
): PairEvidence {
  return {
    values: PAIR_FEATURES.map((f) => values[f] ?? 0),
    overlap: undefined as never,
    days: null,
    dateGap: null,
    namesDisjoint: false,
    ...extra,
  };
}

describe('decide', () => {
  it('says "related" when only the kind and the names are shared, and says what was missing', () => {
    const d = decide(true, 0.7, evidence({ nameCosine: 0.6, termCosine: 0.4 }), 0.9);
    expect(d.verdict).toBe('related');
    expect(d.doubts[0]).toMatch(/no date, number or main name/);
    expect(d.doubts).toContain('no date of the event in both');
  });

  it('says "same story" when the event itself is shared', () => {
    const d = decide(true, 0.7, evidence({ datesAgree: 1, quantityCosine: 0.5 }), 0.9);
    expect(d.verdict).toBe('same');
    expect(d.summary).toMatch(/the same date, the same numbers/);
  });

  it('keeps a conclusive pair, and never promotes a candidate outside the story', () => {
    expect(decide(true, 0.95, evidence({}), 0.9).verdict).toBe('same');
    expect(decide(false, 0.95, evidence({ datesAgree: 1 }), 0.9).verdict).toBe('related');
  });

  it('lists disagreements', () => {
    const d = decide(true, 0.8, evidence({ weekdayConflict: 1, quantityConflict: 1 }, { dateGap: 30 }), 0.9);
    expect(d.doubts).toEqual(
      expect.arrayContaining([
        'they name different weekdays',
        'their numbers differ',
        'their dates are 30 days apart',
      ]),
    );
  });
});

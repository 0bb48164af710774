/**
 * Group alignment on an invented story told by four reports (tests/fixtures/story, our own text):
 * a wire report (Northwire), a copy of it (Valley Courier), and two outlets of their own. The
 * mayor's quote is worded three ways, the number of displaced residents two ways, and one outlet
 * credits the dam engineer's statement to a council member.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/claims/extract-claims';
import { alignGroup, readRowStates, rowDisagrees, type GroupReport, type GroupRow } from '@/lib/claims/group';
import { article } from './helpers';
import { fixture } from '../../helpers/fixtures';

const NAMES = ['northwire', 'valley-courier', 'harbour-ledger', 'coast-daily'] as const;
const [NW, VC, HL, CD] = [0, 1, 2, 3];

function reports(): GroupReport[] {
  return NAMES.map((name) => {
    const a = article(fixture(`story/${name}.txt`));
    // The Valley Courier runs Northwire's report: one origin.
    return {
      text: a.text,
      claims: extractClaims(a).claims,
      origin: name === 'valley-courier' ? 'northwire' : name,
    };
  });
}

function passage(rs: readonly GroupReport[], row: GroupRow, r: number): string | null {
  const c = row.claims[r]!;
  if (c < 0) return null;
  const claim = rs[r]!.claims[c]!;
  return rs[r]!.text.slice(claim.start, claim.end);
}

function rowWith(rs: readonly GroupReport[], rows: readonly GroupRow[], words: string): GroupRow {
  const row = rows.find((x) => passage(rs, x, x.anchor.report)!.includes(words));
  if (!row) throw new Error(`no row with “${words}”`);
  return row;
}

describe('alignGroup', () => {
  const rs = reports();
  const rows = alignGroup(rs);

  it('aligns each report to the row of the quote worded three ways, all three "worded differently"', () => {
    const row = rowWith(rs, rows, 'abandon the valley');
    expect(row.quote).toBe(true);
    expect(NAMES.map((_, r) => passage(rs, row, r))).toEqual([
      expect.stringContaining('We will not abandon the valley'),
      expect.stringContaining('We will not abandon the valley'),
      expect.stringContaining('We are not going to abandon this valley'),
      expect.stringContaining('We will never abandon the valley'),
    ]);
    // The wire copy words it as its original does: one reading, three readings in all.
    expect(row.readings).toEqual([[NW, VC], [HL], [CD]]);
    // No wording has a majority of origins: each is read against the others.
    const { states, reference } = readRowStates(row);
    expect(reference).toBeNull();
    expect(states).toEqual(['worded', 'worded', 'worded', 'worded']);
  });

  it('counts the wire copy once among the origins that carry a statement', () => {
    const row = rowWith(rs, rows, 'abandon the valley');
    expect(row.origins).toBe(3);
    const rail = rowWith(rs, rows, 'Rail services');
    expect(rail.claims.map((c) => c >= 0)).toEqual([true, true, false, true]);
    expect(rail.origins).toBe(2);
    // What only the copy adds is one origin's statement.
    const credit = rowWith(rs, rows, 'supplied by the Northwire agency');
    expect(credit.origins).toBe(1);
    expect(readRowStates(credit).states).toEqual(['absent', 'carries', 'absent', 'absent']);
  });

  it('reads the figure given two ways against the majority: one cell gives other numbers', () => {
    const row = rowWith(rs, rows, '1,200 residents');
    expect(passage(rs, row, HL)).toContain('About 1,500 residents');
    const { states, findings, reference } = readRowStates(row);
    expect(reference).not.toBeNull();
    expect(states).toEqual(['carries', 'carries', 'figures', 'carries']);
    expect(findings[HL]!.map((f) => f.kind)).toEqual(['number']);
    expect(findings[HL]![0]!.detail).toContain('1,500');
  });

  it('finds the statement credited to someone else', () => {
    const row = rowWith(rs, rows, 'spillway gates');
    const { states, findings } = readRowStates(row);
    expect(states).toEqual(['carries', 'carries', 'credited', 'carries']);
    expect(findings[HL]![0]!.detail).toMatch(/Ada Voss vs Tomas Brandt/);
  });

  it('reads a row against one report: its reading is the reference, the others differ from it', () => {
    const row = rowWith(rs, rows, '1,200 residents');
    const { states, findings } = readRowStates(row, HL);
    expect(states).toEqual(['figures', 'figures', 'carries', 'figures']);
    expect(findings[NW]![0]!.detail).toMatch(/^1,200 residents vs 1,500 residents/);
    // A report that does not carry the row leaves the majority as the reference.
    const housing = rowWith(rs, rows, 'temporary housing');
    expect(readRowStates(housing, CD).states).toEqual(['carries', 'carries', 'carries', 'absent']);
  });

  it('puts the rows where reports disagree first, then the rows more origins carry', () => {
    const disagrees = rows.map(rowDisagrees);
    const firstAgreeing = disagrees.indexOf(false);
    expect(firstAgreeing).toBe(3);
    expect(disagrees.slice(firstAgreeing).every((d) => !d)).toBe(true);
    const agreeing = rows.slice(firstAgreeing).map((r) => r.origins);
    expect(agreeing).toEqual([...agreeing].sort((a, b) => b - a));
  });

  it('a single report carries each of its rows, agreeing with itself', () => {
    const single = alignGroup([rs[CD]!]);
    expect(single.every((row) => row.readings.length === 1 && !rowDisagrees(row))).toBe(true);
    expect(single.every((row) => readRowStates(row).states[0] === 'carries')).toBe(true);
    expect(alignGroup([])).toEqual([]);
  });
});

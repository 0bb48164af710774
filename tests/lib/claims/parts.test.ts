/** The parts of single claims: attribution, venue, certainty, negation, numbers and dates. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/claims/extract-claims';
import { foldName } from '@/lib/text/fold';
import type { Claim } from '@/lib/claims/types';
import { article } from './helpers';

function claims(raw: string): { text: string; claims: Claim[] } {
  const a = article(raw);
  return { text: a.text, claims: extractClaims(a).claims };
}

function only(raw: string): { text: string; claim: Claim } {
  const { text, claims: all } = claims(raw);
  return { text, claim: all[0]! };
}

const at = (text: string, span: { start: number; end: number } | null | undefined): string | undefined =>
  span ? text.slice(span.start, span.end) : undefined;

describe('attribution', () => {
  it.each([
    ['Rubio said the talks marked progress.', 'Rubio', 'say'],
    ['Steve Witkoff, the special envoy, told reporters the deal was close.', 'Steve Witkoff', 'tell'],
    ['“It is over,” said Maria Okonkwo.', 'Maria Okonkwo', 'say'],
    ['The committee’s chair, Anna Berg, warned that costs would rise.', 'Anna Berg', 'warn'],
    ['Officials familiar with the plan say it will be delayed.', 'Officials', 'say'],
  ])('credits %s', (raw, speaker, verb) => {
    const { text, claim } = only(raw);
    expect(at(text, claim.speaker)).toBe(speaker);
    expect(claim.verb).toBe(verb);
  });

  it('reads "according to" as the speaker, or the venue when it names an outlet', () => {
    expect(only('The bridge will close in May, according to the mayor.').claim.speaker?.name).toBe('mayor');
    const reuters = only('The bridge will close in May, according to Reuters.');
    expect(reuters.claim.venue?.outlet).toBe(foldName('Reuters'));
  });

  it('resolves "he" to the last named speaker', () => {
    const { claims: all } = claims('Mayor Jan Novak said the vote was close. “We lost by one,” he said.');
    expect(all[1]!.speaker?.keys).toContain('novak');
    expect(all[1]!.speaker?.resolvedFrom).toBe('pronoun');
  });

  it('resolves "she" past a man named later, and not to a group or an institution', () => {
    const { claims: all } = claims(
      'Mary Chen hosted the gala. Police said the street was closed. Producer Tom Reyes said tickets sold out. “It was magic,” she said.',
    );
    expect(all[3]!.speaker?.keys).toContain('chen');
  });

  it('takes the appositive, not the possessive name before it, as the speaker', () => {
    const { text, claim } = only('Williams’ publicist, Harlan Boll, confirmed her death on Thursday.');
    expect(at(text, claim.speaker)).toBe('Harlan Boll');
  });

  it('credits a quotation framed by a verb it does not list', () => {
    const { text, claim } = only('“This is murder!” Papandreou thundered in parliament.');
    expect(at(text, claim.speaker)).toBe('Papandreou');
  });

  it('gives a quotation continued in the next sentence to the same speaker', () => {
    const { claims: all } = claims('“We will appeal,” Novak told the Daily Courier. “And we will win.”');
    expect(all[1]!.speaker?.keys).toContain('novak');
    expect(all[1]!.venue?.full).toBe(foldName('Daily Courier'));
  });
});

describe('venues', () => {
  it.each([
    ['Witkoff told CNN on Sunday that talks went well.', 'CNN', 'CNN'],
    ['Witkoff told CNN’s State of the Union that talks went well.', 'CNN', 'CNN State of the Union'],
    ["Rubio said on ABC's This Week that a deal was near.", 'ABC', 'ABC This Week'],
    ['Witkoff later told Fox News that Moscow agreed.', 'Fox News', 'Fox News'],
    ['In an interview with the BBC, the minister said prices would fall.', 'BBC', 'BBC'],
  ])('finds the venue in %s', (raw, outlet, full) => {
    // Venue names are compared folded, as names are (lib/text/entities.ts).
    const venue = only(raw).claim.venue;
    expect(venue?.outlet).toBe(foldName(outlet));
    expect(venue?.full).toBe(foldName(full));
  });

  it('does not take a person told something for a venue', () => {
    expect(only('Trump told Putin that the offer stood.').claim.venue).toBeNull();
  });
});

describe('certainty and negation', () => {
  const main = (raw: string): [string, number] | undefined => {
    const c = only(raw).claim.certainty.find((x) => !x.quoted);
    return c ? [c.cue, c.level] : undefined;
  };

  it.each([
    ['Russia had signalled readiness to pass a law.', 'signalled readiness', 2],
    ['Moscow agreed to legislate against it.', 'agreed', 3],
    ['The company is open to a sale.', 'open', 2],
    ['Sanctions may be expanded.', 'may', 1],
    ['The proposal could potentially replace membership.', 'could potentially', 1],
    ['Moscow had agreed to consider guarantees.', 'agreed to consider', 2],
    // Not ruling something out leaves it possible, below "is open to".
    ['Russia has not ruled out a ceasefire.', 'not ruled', 1],
    ['Russia is open to a ceasefire.', 'open', 2],
  ])('grades %s', (raw, cue, level) => {
    expect(main(raw)).toEqual([cue, level]);
  });

  it('reads the month May as a date, not a hedge', () => {
    const { claim } = only('The bridge closed on May 5, 2024, officials said.');
    expect(claim.certainty).toEqual([]);
    expect(claim.dates[0]).toMatchObject({ year: 2024, month: 5, day: 5 });
  });

  it('finds what a negation denies, and ignores a compound modifier', () => {
    const { claim } = only('The ministry did not confirm the closed-door meeting.');
    expect(claim.negations.map((n) => n.target)).toEqual(['confirm']);
    expect(claim.predicates).not.toContain('close');
  });
});

describe('numbers and dates', () => {
  it('reads numbers with their units', () => {
    const { claim } = only(
      'After three-hour talks, about 1,500 troops and $1.2 billion were pledged, up 12 per cent.',
    );
    expect(claim.numbers.map((n) => [n.value, n.unit, n.approximate])).toEqual([
      [3, 'hour', false],
      [1500, 'troop', true],
      [1_200_000_000, 'usd', false],
      [12, 'percent', false],
    ]);
  });

  it('leaves out identifiers and years', () => {
    const { claim } = only('Article 5 of the treaty dates from 1949.');
    expect(claim.numbers).toEqual([]);
    expect(claim.dates[0]).toMatchObject({ year: 1949 });
  });

  it('reads absolute, weekday and relative dates', () => {
    const { claim } = only('The invasion began in February 2022; talks resumed on Friday and end tomorrow.');
    expect(claim.dates.map(({ start: _s, end: _e, ...d }) => d)).toEqual([
      { month: 2, year: 2022 },
      { weekday: 5 },
      { relativeDays: 1 },
    ]);
  });
});

describe('line kinds', () => {
  it('marks section headings and embed credit lines', () => {
    const { claims: all } = claims(
      'Talks resumed in Geneva on Monday.\n\nNext steps\n\n— The White House (@WhiteHouse) August 17, 2025\n\nPhoto: Jane Doe/Getty Images',
    );
    expect(all.map((c) => c.kind)).toEqual(['statement', 'heading', 'credit', 'credit']);
    const dated = claims(
      'Updated: May 24, 2005, 3:23 PM ET\n\n26 September 2013, 10:00 (GMT+05:00)\n\nOn May 5, 2024, the court ruled.',
    );
    expect(dated.claims.map((c) => c.kind)).toEqual(['credit', 'credit', 'statement']);
  });

  it('joins a sentence the segmenter cut after a quotation', () => {
    const { text, claims: all } = claims(
      'Trump wrote: “BIG PROGRESS ON RUSSIA. STAY TUNED!” without giving details.',
    );
    expect(all).toHaveLength(1);
    expect(at(text, all[0])).toContain('without giving details');
  });
});

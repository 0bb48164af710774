import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/text/sentences';

const texts = (input: string, lang?: string): string[] => splitSentences(input, lang).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    [
      'titles, acronyms and months do not end sentences',
      'The U.S. Army said Gen. Mark Smith met Dr. Jane Roe on Jan. 5 in Washington. It rained.',
      ['The U.S. Army said Gen. Mark Smith met Dr. Jane Roe on Jan. 5 in Washington.', 'It rained.'],
    ],
    [
      'an acronym before a sentence opener ends the sentence',
      'Prices rose in the U.S. The Fed said it would act.',
      ['Prices rose in the U.S.', 'The Fed said it would act.'],
    ],
    [
      'initials stay with the name',
      'J. K. Rowling wrote it. Mr. and Mrs. Smith arrived.',
      ['J. K. Rowling wrote it.', 'Mr. and Mrs. Smith arrived.'],
    ],
    [
      '"No." is an abbreviation only before a number',
      'The answer was no. No. 10 declined to comment.',
      ['The answer was no.', 'No. 10 declined to comment.'],
    ],
    [
      'a quoted exclamation or question goes on in lower case',
      'He wrote “Stay tuned!” without saying more. Is it over? asked the mayor. Then she left.',
      ['He wrote “Stay tuned!” without saying more.', 'Is it over? asked the mayor.', 'Then she left.'],
    ],
    [
      'a brand in lower case still opens a sentence',
      'Would you buy it? iPhone owners might.',
      ['Would you buy it?', 'iPhone owners might.'],
    ],
    [
      'a quotation that spans sentences is one sentence',
      'He said: “We will win. We will not stop.” Then the crowd cheered.',
      ['He said: “We will win. We will not stop.”', 'Then the crowd cheered.'],
    ],
    [
      'German quotation marks close with “',
      'Er sagte: „Wir gewinnen. Wir bleiben.“ Dann ging er.',
      ['Er sagte: „Wir gewinnen. Wir bleiben.“', 'Dann ging er.'],
    ],
    [
      'guillemets, with the closing mark kept in the quotation',
      'Il a dit : « Nous allons gagner. Nous ne reculerons pas. » Puis il est parti.',
      ['Il a dit : « Nous allons gagner. Nous ne reculerons pas. »', 'Puis il est parti.'],
    ],
    [
      'a dateline stays with its first sentence',
      'WASHINGTON, D.C. — The president spoke. It rained.',
      ['WASHINGTON, D.C. — The president spoke.', 'It rained.'],
    ],
    [
      'a German date keeps its day number',
      'BERLIN, 5. Mai (dpa) - Die Regierung hat neue Regeln beschlossen. Das sagte Dr. Müller.',
      ['BERLIN, 5. Mai (dpa) - Die Regierung hat neue Regeln beschlossen.', 'Das sagte Dr. Müller.'],
    ],
    [
      'a unit after a number does not end the sentence',
      'Sales hit 5 Mio. Euro in March. The chief executive left.',
      ['Sales hit 5 Mio. Euro in March.', 'The chief executive left.'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('never joins sentences across paragraphs', () => {
    expect(texts('He said “we will win.\n\nThen he left.')).toEqual([
      'He said “we will win.',
      'Then he left.',
    ]);
  });

  it('gives offsets that slice the text back out', () => {
    const text = 'First one. Second, with Dr. Roe.\n\n“A quote. Still quoted.” After.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits a paragraph far longer than one segmenter chunk exactly as short ones', () => {
    const sentences = Array.from(
      { length: 400 },
      (_, i) => `Sentence ${i} says Dr. Roe met the U.S. team on Jan. ${(i % 28) + 1}.`,
    );
    expect(texts(sentences.join(' '))).toEqual(sentences);
  });

  it('accepts a malformed language tag', () => {
    expect(texts('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
  });

  it('keeps offsets exact, ordered and trimmed for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('en', 'de', 'fr', 'xx'), (text, lang) => {
        let last = 0;
        for (const s of splitSentences(text, lang)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.text).toBe(s.text.trim());
          expect(s.text).not.toContain('\n');
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

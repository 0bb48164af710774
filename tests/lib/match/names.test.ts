import { describe, expect, it } from 'vitest';
import { confirmedNamesOf } from '@/lib/match/names';

const keys = (title: string, text: string) => {
  const names = confirmedNamesOf(title, text);
  return { title: names.title.map((m) => m.text), text: names.text.map((m) => m.text) };
};

describe('confirmedNamesOf', () => {
  it('drops a capital that only a sentence start explains, keeps one the text repeats mid-sentence', () => {
    const text =
      'Residents were told to leave. Witkoff said the talks went well. Envoy Steve Witkoff flew on to Doha.';
    expect(keys('', text).text).toEqual(['Witkoff', 'Steve Witkoff', 'Doha']);
  });

  it('keeps the rest of a name opened by an unconfirmed word', () => {
    expect(keys('', 'Striker Denny Oakes scored twice.').text).toEqual(['Denny Oakes']);
  });

  it('takes from a title-case headline only the runs of words the text confirms', () => {
    const text = 'The actress Lindsay Lohan checked into the Betty Ford Center on Thursday.';
    expect(keys('Lindsay Lohan Checks Into Betty Ford Center', text).title).toEqual([
      'Lindsay Lohan',
      'Betty Ford Center',
    ]);
  });
});

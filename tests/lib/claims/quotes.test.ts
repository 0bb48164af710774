import { describe, expect, it } from 'vitest';
import { findQuotes } from '@/lib/claims/quotes';

const quoted = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it.each([
    ['“We will rebuild it,” she said.', 'We will rebuild it'],
    ['She said: "We will rebuild it."', 'We will rebuild it.'],
    ['Er sagte: „Wir bauen sie neu.“', 'Wir bauen sie neu.'],
    ['Il a dit : « Nous la reconstruirons »', 'Nous la reconstruirons'],
    ['Han sagde: »Vi bygger den igen«', 'Vi bygger den igen'],
    ['She called it ‘a second life’ for the bridge.', 'a second life'],
    ["She called it 'a second life' for the bridge.", 'a second life'],
    ['「橋を再建する」と市長は述べた。', '橋を再建する'],
  ])('reads %s', (text, expected) => {
    expect(quoted(text)).toEqual([expected]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted('Trump’s envoy said the mayor’s plan isn’t final.')).toEqual([]);
    expect(quoted("The players' union didn't comment.")).toEqual([]);
  });

  it('runs an unclosed quotation to the end and closes one begun in an earlier sentence', () => {
    expect(quoted('He said, “We will not stop here.')).toEqual(['We will not stop here.']);
    expect(quoted('and we will come back stronger.” The crowd cheered.')).toEqual([
      'and we will come back stronger.',
    ]);
  });

  it('keeps the folded words of each quotation', () => {
    expect(findQuotes('“That’s NOT a deal—it’s surrender,” he said.')[0]?.words).toEqual([
      "that's",
      'not',
      'a',
      'deal',
      "it's",
      'surrender',
    ]);
  });
});

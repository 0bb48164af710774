import { describe, expect, it } from 'vitest';
import { withoutCredit } from '@/lib/extract/caption-credit';

describe('withoutCredit', () => {
  it.each([
    [
      'Divers check the old pier after the storm. (Mara Lind / AP)',
      'Divers check the old pier after the storm.',
    ],
    [
      'Divers check the old pier after the storm (Photo: Mara Lind).',
      'Divers check the old pier after the storm.',
    ],
    [
      'Divers check the old pier after the storm. Credit: Mara Lind for the Coast Post',
      'Divers check the old pier after the storm.',
    ],
    // Inline spans come out run together: "storm." then "Credit" then the name.
    [
      'Divers check the old pier after the storm.CreditMara J. Lind for the Coast Post',
      'Divers check the old pier after the storm.',
    ],
    [
      'Divers check the old pier after the storm. Mara Lind/AFP via Getty Images',
      'Divers check the old pier after the storm.',
    ],
    ['The new tram at the depot - Image: Tramworks Ltd', 'The new tram at the depot'],
    ['Two keepers feed the seals | photo by Mara Lind', 'Two keepers feed the seals'],
    ['Der Hafen bei Nacht. (Bild: Mara Lind)', 'Der Hafen bei Nacht.'],
  ])('%j → %j', (caption, sentence) => {
    expect(withoutCredit(caption)).toBe(sentence);
  });

  it.each([
    // A sentence that mentions an agency or a credit word is not a credit.
    'She spoke to AP reporters on Monday. They left at noon.',
    'The bill passed. Source: the ministry said it would act.',
    'A credit card sized computer that costs very little',
    // A dash lede names the agency, but what follows is the story.
    'PORTSMOUTH, England (AP) — A ferry ran aground near the harbour mouth on Tuesday (all times local):',
    // A name in brackets could be anyone: it stays.
    'Seedlings in a glass jar (Ola Berg)',
    // Run-together sentences after a credit word: more than a credit.
    'Two keepers at work.Photo: Mara Lind.The zoo reopened in May.',
  ])('leaves %j as it is', (text) => {
    expect(withoutCredit(text)).toBe(text);
  });
});

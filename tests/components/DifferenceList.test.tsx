// @vitest-environment happy-dom
/**
 * How a difference reads: both passages exactly as written (no re-tokenised "everything ," or
 * spaces before punctuation), only the differing words marked, and a one-sentence detail.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DifferenceList, type ShownDifference } from '@/components/DifferenceList';
import { compareArticles } from '@/lib/claims/compare';
import { splitSentences } from '@/lib/text/sentences';

afterEach(cleanup);

const article = (text: string) => ({ text, sentences: splitSentences(text) });

function shown(a: string, b: string): ShownDifference[] {
  const diff = compareArticles(article(a), article(b));
  return diff.differences.map((d, i) => ({
    ...d,
    key: String(i),
    markId: `${d.a.start}-${d.a.end}`,
    otherSource: 'The Other Paper',
    otherId: 'o',
  }));
}

describe('DifferenceList', () => {
  it('shows both passages as written, marking only the words that differ', () => {
    const a = 'The harbour master, Ana Ruiz, said: “We saw everything, and it’s over,” on Tuesday.';
    const b =
      'The harbour master, Ana Ruiz, said: “We saw everything, and the storm is finished,” on Tuesday.';
    const differences = shown(a, b);
    expect(differences.map((d) => d.kind)).toContain('quote');
    render(<DifferenceList differences={differences.slice(0, 1)} />);
    const passageA = document.querySelector('.passage-a .word-diff')!;
    const passageB = document.querySelector('.passage-b .word-diff')!;
    expect(passageA.textContent).toBe(a);
    expect(passageB.textContent).toBe(b);
    expect(passageB.textContent).not.toMatch(/ [,.;:!?”]/);
    const removed = [...passageA.querySelectorAll('del')].map((x) => x.textContent).join('');
    const added = [...passageB.querySelectorAll('ins')].map((x) => x.textContent).join('');
    expect(removed).toContain('it’s over');
    expect(added).toContain('the storm is finished');
    // Only those: the shared words are left unmarked.
    for (const marked of [removed, added]) {
      expect(marked).not.toContain('harbour');
      expect(marked).not.toContain('everything');
      expect(marked).not.toContain('Tuesday');
    }
  });

  it('says what differs in one short sentence', () => {
    const a = 'Officials said the ferry carried three boats of supplies to the island on Monday.';
    const b = 'Officials said the ferry carried two boats of supplies to the island on Monday.';
    const differences = shown(a, b);
    render(<DifferenceList differences={differences} />);
    const details = [...document.querySelectorAll('.difference-detail')].map((x) => x.textContent!);
    expect(details.length).toBeGreaterThan(0);
    for (const d of details) {
      expect(d.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(1);
      expect(d).not.toMatch(/\[-|\{\+/);
    }
    expect(details.join(' ')).toContain('three boats vs two boats');
  });
});

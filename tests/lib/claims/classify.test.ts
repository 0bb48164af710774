/** Guardrails of pair classification: what must and must not count as a difference. */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '@/lib/claims/compare';
import { article } from './helpers';

const kinds = (a: string, b: string): string[] =>
  compareArticles(article(a), article(b)).differences.map((d) => d.kind);

describe('classification', () => {
  it('reads a spelling variant of a name as the same speaker', () => {
    expect(
      kinds('Zelenskyy said the front held near Pokrovsk.', 'Zelenskiy said the front held near Pokrovsk.'),
    ).toEqual([]);
  });

  it('reports a different named speaker, not an unnamed one', () => {
    expect(
      kinds('Rubio said the front held near Pokrovsk.', 'Witkoff said the front held near Pokrovsk.'),
    ).toEqual(['attribution']);
    expect(
      kinds('Rubio said the front held near Pokrovsk.', 'Officials said the front held near Pokrovsk.'),
    ).toEqual([]);
  });

  it('tolerates an approximate number close to the exact one, not another exact one', () => {
    expect(
      kinds('About 1,500 people fled the town of Oslin.', 'Some 1,560 people fled the town of Oslin.'),
    ).toEqual([]);
    expect(
      kinds('Exactly 1,500 people fled the town of Oslin.', 'Exactly 1,560 people fled the town of Oslin.'),
    ).toEqual(['number']);
  });

  it('reads a dated event at the precision both reports give', () => {
    expect(kinds('The dam at Oslin opened in May 2020.', 'The dam at Oslin opened on May 4, 2020.')).toEqual(
      [],
    );
    expect(kinds('The dam at Oslin opened in May 2020.', 'The dam at Oslin opened in June 2020.')).toEqual([
      'date',
    ]);
  });

  it('reads a hedge against a plain statement of the same act', () => {
    expect(kinds('The council may close the Oslin dam.', 'The council closed the Oslin dam.')).toEqual([
      'certainty',
    ]);
  });

  it('does not read a venue inherited on both sides as a difference', () => {
    const a = 'Rubio told CNN the talks were hard. Rubio said the front near Pokrovsk held.';
    const b = 'Rubio told NBC the talks were hard. Rubio said the front near Pokrovsk held.';
    const diff = compareArticles(article(a), article(b));
    expect(diff.differences.map((d) => [d.kind, d.a.text])).toEqual([
      ['attribution', 'Rubio told CNN the talks were hard.'],
    ]);
  });

  it('does not call a shorter excerpt of the same quotation a difference', () => {
    expect(
      kinds(
        'She called the bridge “the spine of our city and its oldest friend,” Mayor Ilse Berg said.',
        'She called the bridge “the spine of our city,” Mayor Ilse Berg said.',
      ),
    ).toEqual([]);
  });

  it('does not read the same sentence quoted in one report and not the other as a hedge', () => {
    expect(
      kinds(
        'The crew probably saw the storm coming, the captain said.',
        '“The crew probably saw the storm coming,” the captain said.',
      ),
    ).toEqual([]);
  });

  it('compares numbers only when they count the same thing', () => {
    expect(
      kinds(
        'Three people died in a fire at the mill on Monday.',
        'Thousands of people marched through the town on Monday.',
      ),
    ).toEqual([]);
  });

  it('calls a quotation that differs only in function words minor wording', () => {
    const diff = compareArticles(
      article('“We have got to get this thing closer,” Rubio said.'),
      article('“We got to get this thing closer,” Rubio said.'),
    );
    expect(diff.differences.map((d) => d.kind)).toEqual(['wording']);
  });

  it('sets aside a lead-in clause, contractions and a linking “that” in a retold quotation', () => {
    expect(
      kinds(
        '“The bridge that we built will carry the whole valley, and I am proud of it,” the mayor said.',
        '“I only want to tell you that the bridge we built will carry the whole valley and I’m proud of it,” the mayor said.',
      ),
    ).toEqual([]);
  });

  it('still reports a lead-in quotation whose words change after it', () => {
    expect(
      kinds(
        '“The bridge that we built will carry the whole valley,” the mayor said.',
        '“I only want to tell you that the bridge we built will serve half the valley,” the mayor said.',
      ),
    ).toContain('quote');
  });
});

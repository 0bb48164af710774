import { beforeAll, describe, expect, it } from 'vitest';
import { readRowStates } from '@/lib/claims/group';
import { saveArticle } from '@/lib/corpus/articles';
import type { CorpusDb } from '@/lib/corpus/db';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { loadStory, OPEN_KEY, uniqueInitials, type Story } from '@/lib/analysis/story';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';
import { floodStory } from '../../helpers/story';

const SAVED_AT = Date.UTC(2026, 2, 6, 8);

function rowWith(story: Story, words: string) {
  const row = story.rows.find((r) => r.text.includes(words));
  if (!row) throw new Error(`no row with “${words}”`);
  return row;
}

describe('loadStory', () => {
  let db: CorpusDb;
  beforeAll(async () => {
    db = freshCorpus();
    await importSeeds(db, repositorySeeds(), Date.UTC(2026, 0, 1));
    for (const a of floodStory()) await saveArticle(db, a, 'saved', SAVED_AT);
  });

  it("gathers a stored article's same-story reports, with the wire copy folded into its original", async () => {
    const story = await loadStory(db, { kind: 'article', id: 'flood-harbour-ledger' });
    expect(story.from).toBe('flood-harbour-ledger');
    expect(story.omitted).toBe(0);
    // Originals by time (the undated one at the time it was saved), each followed by its copies.
    expect(story.reports.map((r) => [r.key, r.copyOf, r.timeFrom])).toEqual([
      ['flood-northwire', null, 'published'],
      ['flood-valley-courier', 'flood-northwire', 'published'],
      ['flood-harbour-ledger', null, 'published'],
      ['flood-coast-daily', null, 'saved'],
    ]);
    expect(story.reports.map((r) => r.initials)).toEqual(['N', 'VC', 'HL', 'CD']);
    expect(story.reports.every((r) => r.state === 'saved')).toBe(true);
    const quote = rowWith(story, 'abandon the valley');
    expect(quote.origins).toBe(3);
    expect(readRowStates(quote).states).toEqual(['worded', 'worded', 'worded', 'worded']);
    expect(readRowStates(rowWith(story, 'spillway')).states[2]).toBe('credited');
  });

  it('links each cell to the original page scrolled to its passage', async () => {
    const story = await loadStory(db, { kind: 'ids', ids: ['flood-northwire', 'flood-coast-daily'] });
    expect(story.reports.map((r) => r.key)).toEqual(['flood-northwire', 'flood-coast-daily']);
    const rail = rowWith(story, 'Rail services');
    expect(rail.cells[0]!.link).toBe(
      'https://northwire.example/news/arnsby-flood#:~:text=Rail%20services%20between%20Arnsby%20and,the%20line%20has%20been%20inspected.',
    );
  });

  it('shows an open, unsaved page with the stored reports its analysis found', async () => {
    const [nw, , hl] = floodStory();
    const story = await loadStory(
      db,
      {
        kind: 'open',
        article: { ...hl!, id: null, publishedTime: null, url: 'https://elsewhere.example/flood' },
        storedId: null,
        related: [
          { id: nw!.id, sameStory: true },
          { id: '000_aff521f138871a15', sameStory: false },
        ],
      },
      { now: SAVED_AT + 1000 },
    );
    expect(story.from).toBe(OPEN_KEY);
    expect(story.reports.map((r) => [r.key, r.state, r.timeFrom])).toEqual([
      ['flood-northwire', 'saved', 'published'],
      [OPEN_KEY, 'open', 'open'],
    ]);
    expect(story.reports[1]!.outlet).toBe('The Harbour Ledger');
  });

  it('says so when the article is gone', async () => {
    await expect(loadStory(db, { kind: 'article', id: 'nope' })).rejects.toThrow(/no longer in your corpus/);
    await expect(loadStory(db, { kind: 'ids', ids: ['nope'] })).rejects.toThrow(/no story to show/);
  });
});

describe('uniqueInitials', () => {
  it('abbreviates outlets, numbering clashes and keeping one label per outlet', () => {
    expect(
      uniqueInitials(['Reuters', 'The Harbour Ledger', 'Hill Light', 'Reuters', 'bbc.co.uk', '—']),
    ).toEqual(['R', 'HL', 'HL2', 'R', 'BCU', '?']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { loadCorpus } from '@/lib/cli/corpus';
import { loadInput } from '@/lib/cli/inputs';

/** The product's own example: the two seeds and the fixture page report one story. */
describe('matching on the seeds', () => {
  it('finds both seeds as the same story as the seed-story page, and explains why', async () => {
    const db = await loadCorpus(null);
    const page = await loadInput('tests/fixtures/pages/seed-story.html');
    const { related } = await analyzeArticle(db, page, { compare: false });
    expect(related.map((r) => [r.id, r.sameStory]).sort()).toEqual([
      ['000_aff521f138871a15', true],
      ['001_dffb23fcff858348', true],
    ]);
    for (const r of related) {
      expect(r.why.sharedEntities).toEqual(expect.arrayContaining(['Ukraine', 'NATO']));
      expect(r.why.days).toBe(0);
      expect(r.syndicated).toBe(false);
    }
  });

  it('finds the seeds the same story as each other', async () => {
    const db = await loadCorpus(null);
    const seed = await loadInput('seeds/001_dffb23fcff858348.txt');
    const { related } = await analyzeArticle(db, { ...seed, id: '001_dffb23fcff858348' }, { compare: false });
    expect(related.map((r) => [r.id, r.sameStory])).toEqual([['000_aff521f138871a15', true]]);
  });

  it('relates nothing to an unrelated page', async () => {
    const db = await loadCorpus(null);
    const page = await loadInput('tests/fixtures/pages/unrelated.html');
    expect((await analyzeArticle(db, page, { compare: false })).related).toEqual([]);
  });
});

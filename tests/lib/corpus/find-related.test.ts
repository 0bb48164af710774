import { beforeEach, describe, expect, it } from 'vitest';
import { dayOf, saveArticle, type ArticleInput } from '@/lib/corpus/articles';
import type { CorpusDb } from '@/lib/corpus/db';
import { computeFeatures } from '@/lib/match/features';
import { findRelated, findRelatedOfStored } from '@/lib/corpus/find-related';
import type { RelatedMatch } from '@/lib/match/related';
import { freshCorpus } from '../../helpers/corpus';
import { ALL, FERRY_A, FERRY_A_COPY, FERRY_B, FOOTBALL, LIBRARY, OTHER_FERRY } from '../match/stories';

const NOW = Date.UTC(2031, 2, 20);

async function corpusOf(articles: readonly ArticleInput[]): Promise<CorpusDb> {
  const db = freshCorpus();
  for (const a of articles) await saveArticle(db, a, 'saved', NOW);
  return db;
}

function query(a: ArticleInput) {
  return { title: a.title, text: a.text, day: dayOf(a.publishedTime) };
}

const byId = (matches: RelatedMatch[], id: string) => matches.find((m) => m.id === id);

describe('findRelated', () => {
  let db: CorpusDb;
  beforeEach(async () => {
    db = await corpusOf(ALL);
  });

  it('finds the other report of the same event as the same story, both ways', async () => {
    const fromA = await findRelatedOfStored(db, FERRY_A.id);
    const fromB = await findRelatedOfStored(db, FERRY_B.id);
    expect(byId(fromA, FERRY_B.id)?.sameStory).toBe(true);
    expect(byId(fromB, FERRY_A.id)?.sameStory).toBe(true);
    expect(byId(fromA, FERRY_B.id)!.score).toBeGreaterThan(0.5);
  });

  it('keeps an event of the same kind (another ferry fire) out of the story', async () => {
    const fromA = await findRelatedOfStored(db, FERRY_A.id);
    expect(byId(fromA, OTHER_FERRY.id)?.sameStory ?? false).toBe(false);
    const fromOther = await findRelatedOfStored(db, OTHER_FERRY.id);
    expect(fromOther.filter((m) => m.sameStory)).toEqual([]);
  });

  it('never calls two reports the same story when both name people or places and share none', async () => {
    // Templated results: the same sentences, other teams, players and opponents.
    const result = (id: string, home: string, away: string, scorer: string, keeper: string, next: string) => {
      const text =
        `${home} beat ${away} 2-0 in the county cup on Saturday. ` +
        `Two goals from striker ${scorer} after the break settled it, and goalkeeper ${keeper} kept a clean sheet. ` +
        `The winners meet ${next} in the semi-final next month.`;
      return { ...FOOTBALL, id, canonicalUrl: null, title: `${home} beat ${away} in the cup`, text };
    };
    const one = result('cup-1', 'Corby Athletic', 'Mill Rovers', 'Rui Tamsin', 'Ode Falk', 'Kilby Rangers');
    const two = result(
      'cup-2',
      'Harwick Wanderers',
      'Sallow Vale',
      'Denny Oakes',
      'Lio Brant',
      'Penmoor Dynamos',
    );
    const db2 = await corpusOf([one, two, LIBRARY, FERRY_A]);
    const fromOne = await findRelatedOfStored(db2, one.id);
    // Related coverage (the same kind of event) at most, never the same story.
    expect(byId(fromOne, two.id)?.sameStory ?? false).toBe(false);
    expect(byId(fromOne, two.id)?.score ?? 0).toBe(0);
  });

  it('does not take a template filled with other names for a syndicated copy', async () => {
    const warning = (id: string, town: string, river: string) => {
      const text =
        `Flood warning for ${town}. ` +
        'Residents living near the river banks were told to move cars to higher ground before nightfall. ' +
        'The water level is expected to peak early tomorrow morning and to stay high for most of the day. ' +
        'Schools will stay closed, and the emergency shelter in the sports hall opens at six in the evening. ' +
        'Volunteers with boats are asked to register with the fire brigade before noon. ' +
        `Updates follow as the ${river} rises.`;
      // Two outlets' pages: the same outlet's near-identical page would be a re-save of one article.
      const url = `https://${town.toLowerCase()}-news.example/flood`;
      return {
        ...LIBRARY,
        id,
        url,
        siteName: `${town} News`,
        canonicalUrl: null,
        title: `Flood warning for ${town}`,
        text,
      };
    };
    const one = warning('flood-1', 'Ostery', 'Venn');
    const two = warning('flood-2', 'Harwick', 'Sallow');
    const db2 = await corpusOf([one, two, FERRY_A, FOOTBALL]);
    expect(await db2.articles.count()).toBe(4);
    const match = byId(await findRelatedOfStored(db2, one.id), two.id);
    expect(match?.syndicated ?? false).toBe(false);
    expect(match?.sameStory ?? false).toBe(false);
  });

  it('lists nothing for an article that shares no story or topic', async () => {
    expect(await findRelatedOfStored(db, LIBRARY.id)).toEqual([]);
    expect(await findRelatedOfStored(db, FOOTBALL.id)).toEqual([]);
  });

  it('matches an unsaved page the same way as its stored copy', async () => {
    const unsaved = await findRelated(freshCorpus(), query(FERRY_A));
    expect(unsaved).toEqual([]);
    const stored = await findRelatedOfStored(db, FERRY_A.id);
    const others = await corpusOf(ALL.filter((a) => a.id !== FERRY_A.id));
    const live = await findRelated(others, query(FERRY_A));
    // Same answers; scores agree to the IDF snapshots' precision (rows weighted on 4 or 5 articles).
    expect(live.map((m) => [m.id, m.sameStory])).toEqual(stored.map((m) => [m.id, m.sameStory]));
    live.forEach((m, i) => expect(m.score).toBeCloseTo(stored[i]!.score, 2));
  });

  it('explains every match: shared names, terms and numbers, and the days between', async () => {
    const fromA = await findRelatedOfStored(db, FERRY_A.id);
    expect(fromA.length).toBeGreaterThan(0);
    for (const m of fromA) expect(m.why.sharedEntities.length + m.why.sharedTerms.length).toBeGreaterThan(0);
    const b = byId(fromA, FERRY_B.id)!;
    expect(b.why.sharedEntities).toEqual(expect.arrayContaining(['Norrland Star', 'Kessavik']));
    expect(b.why.sharedNumbers).toEqual(expect.arrayContaining(['212', '38']));
    expect(b.why.days).toBe(1);
    // Labels are the query's own words, not stems.
    expect(b.why.sharedTerms).toEqual(expect.arrayContaining(['passengers']));
  });

  it('recognises a wire copy of the query as syndicated, and of another result as a copy of it', async () => {
    const withCopy = await corpusOf([...ALL, FERRY_A_COPY]);
    const fromA = await findRelatedOfStored(withCopy, FERRY_A.id);
    expect(byId(fromA, FERRY_A_COPY.id)).toMatchObject({ sameStory: true, syndicated: true });
    expect(byId(fromA, FERRY_B.id)).toMatchObject({ syndicated: false, copyOf: null });
    // From B, A and its copy are one origin: the lower-ranked one points at the other.
    const fromB = await findRelatedOfStored(withCopy, FERRY_B.id);
    const pair = [byId(fromB, FERRY_A.id)!, byId(fromB, FERRY_A_COPY.id)!];
    expect(pair.every((m) => m.sameStory)).toBe(true);
    const origins = new Set(pair.map((m) => m.copyOf ?? m.id));
    expect(origins.size).toBe(1);
  });

  it('weighs time: the same report dated further away scores lower, and says how far', async () => {
    const scoreAt = async (publishedTime: string) => {
      const moved = { ...FERRY_B, publishedTime };
      const db2 = await corpusOf([FERRY_A, moved, OTHER_FERRY, LIBRARY, FOOTBALL]);
      return byId(await findRelatedOfStored(db2, FERRY_A.id), FERRY_B.id);
    };
    const [sameWeek, nextMonth, nextYear] = await Promise.all(
      ['2031-03-15', '2031-04-20', '2032-03-14'].map(scoreAt),
    );
    expect(sameWeek!.why.days).toBe(1);
    expect(nextMonth!.why.days).toBe(37);
    expect(nextMonth!.score).toBeLessThan(sameWeek!.score);
    expect(nextYear?.score ?? 0).toBeLessThan(nextMonth!.score);
  });
});

describe('name variants', () => {
  const SPELLINGS = ['Zelenskyy', 'Zelenskiy', 'Zelensky'];

  it('fold to one key', () => {
    const keys = SPELLINGS.map((name) =>
      computeFeatures(
        `${name} meets envoys`,
        `President Volodymyr ${name} met the envoys in Kyiv.`,
      ).vocab.filter((k) => k.startsWith('e:zelen')),
    );
    expect(keys[0]).toEqual(['e:zelenski']);
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
  });

  it('count as one shared name in a match, labelled as the query spells it', async () => {
    const text = (name: string) =>
      `President Volodymyr ${name} met envoys from Varneth in Kyiv on Monday to discuss the Drevik grain corridor. ` +
      `${name} said the corridor would reopen within 14 days.`;
    const a = {
      ...LIBRARY,
      id: 'z1',
      canonicalUrl: null,
      title: 'Zelenskyy meets Varneth envoys',
      text: text('Zelenskyy'),
    };
    const b = {
      ...LIBRARY,
      id: 'z2',
      canonicalUrl: null,
      title: 'Zelenskiy meets Varneth envoys',
      text: text('Zelenskiy'),
    };
    const db = await corpusOf([a, b, FOOTBALL, FERRY_A]);
    const [match] = await findRelatedOfStored(db, 'z1');
    expect(match?.id).toBe('z2');
    const named = match!.why.sharedEntities.filter((e) => /zelensk/i.test(e));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/Zelenskyy$/);
  });
});

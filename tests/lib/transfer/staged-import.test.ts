import type Dexie from 'dexie';
import type { DBCoreMutateRequest } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { allDocumentFrequencies } from '@/lib/corpus/stats';
import { deleteArticle, saveArticle } from '@/lib/corpus/articles';
import type { CorpusDb } from '@/lib/corpus/db';
import { importSeeds } from '@/lib/corpus/import-seeds';
import { exportChunk } from '@/lib/transfer/export';
import type { ImportArticle } from '@/lib/transfer/format';
import { INTERRUPTED } from '@/lib/transfer/staged-import';
import { freshCorpus } from '../../helpers/corpus';
import { repositorySeeds } from '../../helpers/seeds';
import { everyRow, freshStaging, snapshot, transferFor } from './helpers';
import { syntheticArticles } from './synthetic-corpus';

const NOW = Date.UTC(2026, 0, 2);
const dbs: CorpusDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

async function seededCorpus(): Promise<CorpusDb> {
  const db = freshCorpus();
  dbs.push(db);
  await importSeeds(db, repositorySeeds(), NOW);
  return db;
}

/** Every article of `db` in export form, through the export chunks (small chunks, to page). */
async function exportAll(db: CorpusDb): Promise<ImportArticle[]> {
  const out: ImportArticle[] = [];
  let after: string | null = null;
  do {
    const chunk = await exportChunk(db, { after, limit: 2 });
    out.push(...chunk.articles);
    after = chunk.next;
  } while (after !== null);
  return out;
}

async function importAll(transfer: ReturnType<typeof transferFor>, articles: ImportArticle[], chunk = 3) {
  const { importId } = await transfer.begin(articles.length);
  for (let offset = 0; offset < articles.length; offset += chunk) {
    await transfer.chunk(importId, offset, articles.slice(offset, offset + chunk));
  }
  return transfer.commit(importId);
}

/**
 * Dexie middleware standing in for the disk (register it before the database opens): once filled,
 * every write that `counts` picks fails with QuotaExceededError, as IndexedDB's do on a full disk.
 */
function fillableDisk(db: Dexie, counts: (req: DBCoreMutateRequest) => boolean) {
  let left = Infinity;
  const state = {
    refused: 0,
    fillAfter: (writes: number) => void (left = writes),
    empty: () => void (left = Infinity),
  };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (counts(req) && left-- <= 0) {
              state.refused++;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return state;
}

describe('staged import', () => {
  it('re-imports an export after a delete: the corpus equals the original, features recomputed', async () => {
    const db = await seededCorpus();
    const transfer = transferFor(db);
    await importAll(transfer, syntheticArticles(7));
    const before = await snapshot(db);
    // A row's IDF snapshot reflects the corpus when it was weighted, so it is left out of the comparison.
    const features = async () =>
      (await db.features.orderBy('id').toArray()).map(({ idf: _idf, weightedAt: _at, ...row }) => row);
    const featuresBefore = await features();
    const statsBefore = await allDocumentFrequencies(db);
    const exported = await exportAll(db);
    expect(exported.map((a) => a.id)).toEqual(before.map((a) => a.id));

    await deleteArticle(db, 'syn-000003');
    await deleteArticle(db, '001_dffb23fcff858348');
    const report = await importAll(transfer, exported);

    expect(report).toMatchObject({ total: 9, added: 2, updated: 0, unchanged: 7, skippedCount: 0 });
    const after = await snapshot(db);
    // A file cannot create a seed: the deleted seed returns as an imported article (see prepare.ts).
    expect(after).toEqual(
      before.map((a) => (a.id === '001_dffb23fcff858348' ? { ...a, origin: 'imported' } : a)),
    );
    expect(await features()).toEqual(featuresBefore);
    expect(await allDocumentFrequencies(db)).toEqual(statsBefore);
  });

  it('merges without duplicates: same id, same canonical URL or same text updates, tags merged', async () => {
    const db = await seededCorpus();
    const transfer = transferFor(db);
    const [a, b, c] = syntheticArticles(3);
    await importAll(transfer, [a!, b!, c!]);
    const report = await importAll(transfer, [
      { ...a!, tags: ['again'] }, // same id, same text: tags only
      { ...b!, id: 'other-id', title: 'Retitled' }, // same canonical URL: updates b
      { ...c!, id: 'copy', url: null, canonicalUrl: null, tags: ['copy'] }, // same text: updates c
      {
        ...a!,
        id: 'seed-copy',
        url: null,
        canonicalUrl: null,
        text: repositorySeeds()[0]!.text,
        tags: ['seedtag'],
      },
    ]);
    expect(report).toMatchObject({ added: 0, updated: 4, unchanged: 0 });
    const rows = await db.articles.toArray();
    expect(rows).toHaveLength(5);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(a!.id)!.tags.sort()).toEqual(['again']);
    expect(byId.get(b!.id)!.title).toBe('Retitled');
    expect(byId.get(c!.id)!.tags).toEqual(['copy']);
    // The seed keeps its text, origin and version; the file only added a tag.
    const seed = byId.get(repositorySeeds()[0]!.id)!;
    expect(seed).toMatchObject({ origin: 'seed', title: repositorySeeds()[0]!.title, tags: ['seedtag'] });
    expect(seed.seedVersion).toBe(repositorySeeds()[0]!.seedVersion);
  });

  it('stages claims only for records whose text is not already stored under their id', async () => {
    const db = freshCorpus();
    dbs.push(db);
    const staging = freshStaging();
    const transfer = transferFor(db, staging);
    const articles = syntheticArticles(4);
    expect(await importAll(transfer, articles)).toMatchObject({ added: 4 });
    const edited = { ...articles[1]!, text: `${articles[1]!.text}\n\nA later paragraph was added.` };
    const { importId } = await transfer.begin(4);
    await transfer.chunk(importId, 0, [articles[0]!, edited, articles[2]!, articles[3]!]);
    const staged = await staging.records.orderBy('[importId+index]').toArray();
    expect(staged.map((r) => Boolean(r.article.claims))).toEqual([false, true, false, false]);
    expect(await transfer.commit(importId)).toMatchObject({ unchanged: 3, updated: 1 });
    // The updated article's stored claims are those of its new text.
    const stored = (await db.claims.get(edited.id))?.claim as { claims: unknown[] } | undefined;
    expect(stored?.claims).toBeDefined();
  });

  it('skips an article whose id and canonical URL name two different stored articles', async () => {
    const db = await seededCorpus();
    const transfer = transferFor(db);
    const [a, b] = syntheticArticles(2);
    await importAll(transfer, [a!, b!]);
    const report = await importAll(transfer, [
      { ...a!, canonicalUrl: b!.canonicalUrl, text: 'Changed text.' },
    ]);
    expect(report.skipped).toEqual([
      { index: 0, id: a!.id, reason: `its canonical URL belongs to another article (${b!.id})` },
    ]);
    expect((await db.articles.get(a!.id))!.text).toBe(a!.text);
  });

  it('a worker stopped between chunks leaves the corpus as before; the next start clears the staging', async () => {
    const db = await seededCorpus();
    const staging = freshStaging();
    const before = await everyRow(db);
    const first = transferFor(db, staging);
    const articles = syntheticArticles(6);
    const { importId } = await first.begin(articles.length);
    await first.chunk(importId, 0, articles.slice(0, 3));
    expect(await staging.records.count()).toBe(3);

    // The worker stops: its service is gone; a new one starts on the same databases.
    const restarted = transferFor(db, staging);
    await restarted.clearOrphans();
    expect(await staging.records.count()).toBe(0);
    expect(await everyRow(db)).toEqual(before);
    await expect(restarted.chunk(importId, 3, articles.slice(3))).rejects.toThrow(INTERRUPTED);
    await expect(restarted.commit(importId)).rejects.toThrow(INTERRUPTED);
    expect(await everyRow(db)).toEqual(before);

    // A new import of the same file then works.
    expect(await importAll(restarted, articles)).toMatchObject({ added: 6 });
    expect(await db.articles.count()).toBe(8);
  });

  it('a full disk during the commit writes nothing and says so', async () => {
    const db = freshCorpus();
    dbs.push(db);
    const disk = fillableDisk(db, (req) => req.type === 'put' || req.type === 'add');
    await importSeeds(db, repositorySeeds(), NOW);
    const staging = freshStaging();
    const transfer = transferFor(db, staging);
    await importAll(transfer, syntheticArticles(2));
    const before = await everyRow(db);

    const articles = syntheticArticles(12, { seed: 7 }).map((a) => ({
      ...a,
      id: `q-${a.id}`,
      canonicalUrl: null,
    }));
    const { importId } = await transfer.begin(articles.length);
    await transfer.chunk(importId, 0, articles);
    disk.fillAfter(3); // the 4th write of the commit (a bulk write of the batch) hits the quota
    await expect(transfer.commit(importId)).rejects.toThrow(
      'There is not enough storage space to finish the import. Nothing was written: your corpus is as it was. Free some disk space and try again.',
    );
    // Writes issued together may each be refused before the transaction aborts.
    expect(disk.refused).toBeGreaterThanOrEqual(1);
    disk.empty();
    expect(await everyRow(db)).toEqual(before);
    expect(await staging.records.count()).toBe(0);
  });

  it('a full disk while staging says so and leaves the corpus alone', async () => {
    const db = await seededCorpus();
    const staging = freshStaging();
    fillableDisk(staging, (req) => req.type === 'put').fillAfter(0);
    const transfer = transferFor(db, staging);
    const before = await everyRow(db);
    const { importId } = await transfer.begin(1);
    await expect(transfer.chunk(importId, 0, syntheticArticles(1))).rejects.toThrow(
      /^There is not enough storage space to stage the import\. Nothing was written/,
    );
    expect(await everyRow(db)).toEqual(before);
  });

  it('staging cleared under a running commit aborts it whole', async () => {
    const db = await seededCorpus();
    const staging = freshStaging();
    const transfer = transferFor(db, staging);
    const before = await everyRow(db);
    const articles = syntheticArticles(520, { wordsPerArticle: 40 });
    const { importId } = await transfer.begin(articles.length);
    await transfer.chunk(importId, 0, articles.slice(0, 260));
    await transfer.chunk(importId, 260, articles.slice(260));
    // The commit reads staging in batches of 500; the clear lands between two of them.
    let merged = 0;
    db.articles.hook('creating', () => {
      if (++merged === 100) void staging.records.clear();
    });
    await expect(transfer.commit(importId)).rejects.toThrow(INTERRUPTED);
    expect(merged).toBeGreaterThanOrEqual(100);
    expect(await everyRow(db)).toEqual(before);
  }, 120_000);

  it('rejects chunks out of order, too many articles, and a commit before everything arrived', async () => {
    const db = await seededCorpus();
    const transfer = transferFor(db);
    const articles = syntheticArticles(4);
    const { importId } = await transfer.begin(3);
    await expect(transfer.chunk(importId, 1, articles.slice(0, 1))).rejects.toThrow(
      'Articles arrived out of order: expected article 0, got 1.',
    );
    await expect(transfer.chunk(importId, 0, articles)).rejects.toThrow(
      'More articles arrived than announced (3).',
    );
    await transfer.chunk(importId, 0, articles.slice(0, 2));
    await expect(transfer.commit(importId)).rejects.toThrow(
      'Only 2 of 3 articles arrived; nothing was imported.',
    );
    expect(await db.articles.count()).toBe(2);
  });

  it('a second begin cancels the first import', async () => {
    const db = await seededCorpus();
    const transfer = transferFor(db);
    const [a] = syntheticArticles(1);
    const first = await transfer.begin(1);
    const second = await transfer.begin(1);
    await expect(transfer.chunk(first.importId, 0, [a!])).rejects.toThrow(INTERRUPTED);
    await transfer.chunk(second.importId, 0, [a!]);
    expect(await transfer.commit(second.importId)).toMatchObject({ added: 1 });
  });

  it('restores a deleted seed as the seed it was', async () => {
    const db = await seededCorpus();
    const transfer = transferFor(db);
    const seed = (await db.articles.get('000_aff521f138871a15'))!;
    await db.articles.update(seed.id, { tags: ['kept'] });
    const before = await snapshot(db);
    const [exported] = (await exportAll(db)).filter((a) => a.id === seed.id);
    await deleteArticle(db, seed.id);
    const outcomes = await transfer.restore([{ ...exported!, seedVersion: seed.seedVersion }]);
    expect(outcomes).toEqual([{ kind: 'added', id: seed.id }]);
    expect(await snapshot(db)).toEqual(before);
    expect((await db.articles.get(seed.id))!.seedVersion).toBe(seed.seedVersion);
  });

  it('imports saved pages that have no canonical URL by their text', async () => {
    const db = await seededCorpus();
    const transfer = transferFor(db);
    await saveArticle(
      db,
      {
        url: 'https://x.example/1',
        canonicalUrl: null,
        title: 'T',
        byline: null,
        siteName: null,
        publishedTime: null,
        lang: null,
        text: 'Some words here.',
        sentences: [],
      },
      'saved',
      NOW,
    );
    const exported = await exportAll(db);
    expect(await importAll(transfer, exported)).toMatchObject({ added: 0, unchanged: 3 });
    expect(await db.articles.count()).toBe(3);
  });
});

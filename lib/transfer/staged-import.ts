/**
 * Atomic import in stages, because a large corpus is bigger than one runtime message (64 MiB in
 * Chrome): `begin` opens a staging area, each `chunk` is validated and prepared into it, and
 * `commit` merges all of it into the corpus in ONE transaction. A worker stopped before or during
 * the commit, or a full disk, leaves the corpus exactly as before; leftover staging is cleared at
 * the next start or begin.
 */
import Dexie from 'dexie';
import { getArticles, inOneTransaction } from '../corpus/articles';
import type { CorpusDb } from '../corpus/db';
import { LIMITS, type ImportArticle, type RestoreArticle } from './format';
import { mergeArticle, mergeArticles, type MergeOutcome } from './merge';
import { prepareArticle } from './prepare';
import type { PreparedArticle, StagingDb } from './staging-db';
import { storageError } from '../corpus/storage-errors';

export interface TransferEnv {
  db: CorpusDb;
  staging: StagingDb;
  now: () => number;
  newId: () => string;
  /** Resolves when the corpus may be written (the seeds are in). */
  ready?: Promise<unknown>;
}

export interface ImportReport {
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  skippedCount: number;
  /** The first few skipped articles and why. */
  skipped: { index: number; id: string; reason: string }[];
}

/**
 * Staged records read and merged per step of the commit: bounds the worker's memory for any
 * corpus size, and each step writes its batch with a few bulk requests (mergeArticles).
 */
const COMMIT_BATCH = 500;
const MAX_SKIPPED_LISTED = 20;

export const INTERRUPTED =
  'This import was cancelled (Parallax restarted, or another import began). Nothing was imported: your corpus is unchanged. Import the file again.';

/** The background's import and restore service; one import at a time. */
export class CorpusTransfer {
  private committing = false;
  /** The start-up clearing of orphans; begin, chunk and commit wait for it so it cannot clear their work. */
  private cleared: Promise<void> = Promise.resolve();

  constructor(private readonly env: TransferEnv) {}

  /** Clears staging left by an import that never committed (call at worker start). */
  clearOrphans(): Promise<void> {
    this.cleared = clearStaging(this.env.staging).catch(() => undefined);
    return this.cleared;
  }

  /** Starts an import of `total` articles; cancels any other import still staging. */
  async begin(total: number): Promise<{ importId: string }> {
    if (this.committing) throw new Error('Another import is being saved; try again when it has finished.');
    if (total > LIMITS.articles) throw new Error(`At most ${LIMITS.articles} articles per import.`);
    const { staging } = this.env;
    const importId = this.env.newId();
    await this.cleared;
    try {
      await staging.transaction('rw', staging.imports, staging.records, async () => {
        await staging.records.clear();
        await staging.imports.clear();
        await staging.imports.add({ id: importId, startedAt: this.env.now(), total, received: 0 });
      });
    } catch (error) {
      throw storageError(error, 'start the import');
    }
    return { importId };
  }

  /** Stages `articles` (validated by the caller's schema) as the file's articles `offset…`. */
  async chunk(
    importId: string,
    offset: number,
    articles: readonly ImportArticle[],
  ): Promise<{ received: number }> {
    const { staging } = this.env;
    const now = this.env.now();
    // A record whose text is already stored under its id (a re-import) is only compared, not saved.
    const stored = await getArticles(
      this.env.db,
      articles.map((a) => a.id),
    );
    const prepared = articles.map((a, i) => prepareArticle(a, now, { storedText: stored[i]?.text }));
    await this.cleared;
    try {
      return await staging.transaction('rw', staging.imports, staging.records, async () => {
        const session = await staging.imports.get(importId);
        if (!session) throw new Error(INTERRUPTED);
        if (offset !== session.received) {
          throw new Error(
            `Articles arrived out of order: expected article ${session.received}, got ${offset}.`,
          );
        }
        const received = offset + prepared.length;
        if (received > session.total) {
          throw new Error(`More articles arrived than announced (${session.total}).`);
        }
        await staging.records.bulkPut(
          prepared.map((article, k) => ({ importId, index: offset + k, article })),
        );
        await staging.imports.update(importId, { received });
        return { received };
      });
    } catch (error) {
      throw storageError(error, 'stage the import');
    }
  }

  /** Merges everything staged into the corpus in one transaction, then clears the staging. */
  async commit(importId: string): Promise<ImportReport> {
    if (this.committing) throw new Error('Another import is being saved.');
    this.committing = true;
    const { db, staging } = this.env;
    try {
      await Promise.all([this.env.ready, this.cleared]);
      const session = await staging.imports.get(importId);
      if (!session) throw new Error(INTERRUPTED);
      if (session.received !== session.total) {
        throw new Error(
          `Only ${session.received} of ${session.total} articles arrived; nothing was imported.`,
        );
      }
      return await inOneTransaction(db, async () => {
        const report = emptyReport(session.total);
        for (let next = 0; next < session.total;) {
          // Another database: Dexie.waitFor keeps the corpus transaction alive while we read it.
          const batch = await Dexie.waitFor(
            Dexie.ignoreTransaction(() =>
              staging.records
                .where('[importId+index]')
                .between([importId, next], [importId, Infinity])
                .limit(COMMIT_BATCH)
                .toArray(),
            ),
          );
          // Staging cleared under us: throwing aborts the transaction, so nothing half-lands.
          if (batch[0]?.index !== next) throw new Error(INTERRUPTED);
          const outcomes = await mergeArticles(
            db,
            batch.map((record) => record.article),
          );
          batch.forEach((record, k) => tally(report, record.index, outcomes[k]!));
          next += batch.length;
        }
        return report;
      });
    } catch (error) {
      throw storageError(error, 'finish the import');
    } finally {
      this.committing = false;
      // Committed or not, this staging is done with; if this fails, the next start clears it.
      await clearStaging(staging).catch(() => undefined);
    }
  }

  /** Drops an import the page gave up on. */
  async abort(importId: string): Promise<{ aborted: boolean }> {
    if (this.committing) return { aborted: false };
    const session = await this.env.staging.imports.get(importId);
    if (session) await clearStaging(this.env.staging);
    return { aborted: Boolean(session) };
  }

  /** Puts back articles (an undone delete) in one transaction; a deleted seed returns as a seed. */
  async restore(articles: readonly RestoreArticle[]): Promise<MergeOutcome[]> {
    await this.env.ready;
    const now = this.env.now();
    const prepared: PreparedArticle[] = articles.map((a) => prepareArticle(a, now, { keepSeed: true }));
    const { db } = this.env;
    try {
      return await inOneTransaction(db, async () => {
        const outcomes: MergeOutcome[] = [];
        for (const article of prepared) outcomes.push(await mergeArticle(db, article));
        return outcomes;
      });
    } catch (error) {
      throw storageError(error, 'restore the article');
    }
  }
}

/** Removes every staged import. */
export async function clearStaging(staging: StagingDb): Promise<void> {
  await staging.transaction('rw', staging.imports, staging.records, async () => {
    await staging.records.clear();
    await staging.imports.clear();
  });
}

function emptyReport(total: number): ImportReport {
  return { total, added: 0, updated: 0, unchanged: 0, skippedCount: 0, skipped: [] };
}

function tally(report: ImportReport, index: number, outcome: MergeOutcome): void {
  if (outcome.kind !== 'skipped') {
    report[outcome.kind]++;
    return;
  }
  report.skippedCount++;
  if (report.skipped.length < MAX_SKIPPED_LISTED) {
    report.skipped.push({ index, id: outcome.id, reason: outcome.reason });
  }
}

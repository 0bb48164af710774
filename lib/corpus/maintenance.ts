/**
 * Upkeep that saves leave for later so that a save holds the database only for its own rows: the
 * statistics journal is folded into `stats` in batches, and feature rows weighted on a much
 * smaller corpus are re-weighted. The background runs it after each save and when it starts; each
 * step is its own transaction, so a worker stopped in between loses nothing.
 */
import type { CorpusDb } from './db';
import { refreshStaleWeights, upgradeFeatureRows } from './feature-rows';
import { expireRead } from './retention';
import { FOLD_AT, foldStatDeltas } from './stats';

export interface MaintenanceOptions {
  /** Fold the journal whatever its length (at start-up, after an import). */
  foldAll?: boolean;
  /**
   * Stale rows to re-weight. One per save keeps pace with any growth of the corpus (the corpus
   * doubles only after as many saves as it holds articles).
   */
  refresh?: number;
  /** Expire read articles past this many days of retention, one small batch per run, as of `now` (epoch ms). */
  expire?: { now: number; retentionDays: number };
  /** Rows examined for an outdated feature version (default UPGRADE_PAGE). */
  upgrade?: number;
}

/** Rows examined per run for an outdated feature version: a short transaction, done in a few hundred saves or starts. */
const UPGRADE_PAGE = 200;

export interface MaintenanceReport {
  folded: number;
  refreshed: number;
  /** Rows brought up to the current feature version. */
  upgraded: number;
  expired: number;
}

/** Runs the pending upkeep; returns what it did. */
export async function maintainCorpus(
  db: CorpusDb,
  options: MaintenanceOptions = {},
): Promise<MaintenanceReport> {
  const pending = await db.statDeltas.count();
  const folded = options.foldAll || pending >= FOLD_AT ? await foldStatDeltas(db) : 0;
  const refreshed = await db.transaction('rw', [db.features, db.stats, db.meta, db.statDeltas], () =>
    refreshStaleWeights(db, options.refresh ?? 1),
  );
  // Rows of an older feature version, a page per run (each recomputed from its article's text).
  const upgraded = await db.transaction('rw', [db.features, db.articles, db.meta], () =>
    upgradeFeatureRows(db, options.upgrade ?? UPGRADE_PAGE),
  );
  const expired = options.expire ? await expireRead(db, options.expire.now, options.expire.retentionDays) : 0;
  return { folded, refreshed, upgraded, expired };
}

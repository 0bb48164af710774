/**
 * Imports the bundled seed articles idempotently: an unchanged seed is left alone, a changed one
 * (new manifest version or file content) replaces its record, a seed no longer shipped is removed,
 * and a seed the reader deleted stays deleted.
 */
import type { SeedArticle } from '../seeds/parse-seed';
import { deleteArticle, saveArticle } from './articles';
import type { CorpusDb } from './db';

export interface SeedImportReport {
  added: string[];
  replaced: string[];
  unchanged: string[];
  removed: string[];
  /** Seeds the reader deleted, left out. */
  deletedByReader: string[];
}

/** Brings the corpus's seed records in line with `seeds`. */
export async function importSeeds(
  db: CorpusDb,
  seeds: readonly SeedArticle[],
  now: number,
): Promise<SeedImportReport> {
  const report: SeedImportReport = {
    added: [],
    replaced: [],
    unchanged: [],
    removed: [],
    deletedByReader: [],
  };
  const deleted = new Set(await db.removedSeeds.toCollection().primaryKeys());
  for (const seed of seeds) {
    if (deleted.has(seed.id)) {
      report.deletedByReader.push(seed.id);
      continue;
    }
    const existing = await db.articles.get(seed.id);
    if (existing?.seedVersion === seed.seedVersion) {
      report.unchanged.push(seed.id);
      continue;
    }
    await saveArticle(
      db,
      {
        id: seed.id,
        url: null,
        canonicalUrl: null,
        title: seed.title,
        byline: null,
        siteName: seed.siteName,
        publishedTime: seed.publishedTime,
        lang: seed.lang,
        text: seed.text,
        sentences: seed.sentences,
        seedVersion: seed.seedVersion,
      },
      'seed',
      now,
    );
    (existing ? report.replaced : report.added).push(seed.id);
  }
  const shipped = new Set(seeds.map((s) => s.id));
  const stale = await db.articles.where('origin').equals('seed').primaryKeys();
  for (const id of stale) {
    if (!shipped.has(id)) {
      await deleteArticle(db, id);
      report.removed.push(id);
    }
  }
  return report;
}

import { importSeeds, type SeedImportReport } from '@/lib/corpus/import-seeds';
import type { CorpusDb } from '@/lib/corpus/db';
import { parseSeed, parseSeedManifest } from '@/lib/seeds/parse-seed';
import manifestJson from '@/seeds/manifest.json';

// Vite inlines the seed files as strings at build time: the extension reads nothing at run time.
const files = import.meta.glob<string>('../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Imports the seeds shipped in the extension bundle into `db`. */
export function importBundledSeeds(db: CorpusDb, now: number): Promise<SeedImportReport> {
  const manifest = parseSeedManifest(manifestJson);
  const seeds = manifest.seeds.map((entry) => {
    const raw = files[`../../seeds/${entry.file}`];
    if (raw === undefined) throw new Error(`Seed file ${entry.file} is missing from the bundle.`);
    return parseSeed(raw, entry);
  });
  return importSeeds(db, seeds, now);
}

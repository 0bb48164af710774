/** The bundled seeds, read from the repository's seeds/ folder (the extension bundles the same files). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSeed, parseSeedManifest, type SeedArticle } from '../seeds/parse-seed';

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

export interface SeedFile {
  file: string;
  article: SeedArticle;
}

let cached: Promise<SeedFile[]> | undefined;

/** Every seed of the manifest, parsed. */
export function readSeeds(): Promise<SeedFile[]> {
  cached ??= (async () => {
    const manifest = parseSeedManifest(
      JSON.parse(await readFile(path.join(SEEDS_DIR, 'manifest.json'), 'utf8')),
    );
    return Promise.all(
      manifest.seeds.map(async (entry) => ({
        file: entry.file,
        article: parseSeed(await readFile(path.join(SEEDS_DIR, entry.file), 'utf8'), entry),
      })),
    );
  })();
  return cached;
}

import { readFileSync } from 'node:fs';
import { parseSeed, parseSeedManifest, type SeedArticle } from '@/lib/seeds/parse-seed';

/** The repository's seed articles, parsed as the extension bundles them. */
export function repositorySeeds(): SeedArticle[] {
  const manifest = parseSeedManifest(JSON.parse(readFileSync('seeds/manifest.json', 'utf8')));
  return manifest.seeds.map((entry) => parseSeed(readFileSync(`seeds/${entry.file}`, 'utf8'), entry));
}

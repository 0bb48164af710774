import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed, parseSeedManifest } from '@/lib/seeds/parse-seed';

const manifest = parseSeedManifest(JSON.parse(readFileSync('seeds/manifest.json', 'utf8')));
const raw = (file: string) => readFileSync(`seeds/${file}`, 'utf8');

describe('parseSeed', () => {
  it('takes the headline line as the title and drops the caption and credit artefacts', () => {
    const entry = manifest.seeds[0]!;
    const seed = parseSeed(raw(entry.file), entry);
    expect(seed.title).toBe('Trump considers NATO-style guarantees for Ukraine as Russia signals openness');
    expect(seed.siteName).toBe('Reuters');
    expect(seed.text.startsWith('U.S. President Donald Trump may offer NATO-like protection')).toBe(true);
    expect(seed.text).not.toContain('Special Envoy Steve\n');
  });

  it('drops the "Tags" label that ends the first seed (concatenated, it looks glued to the second)', () => {
    const entry = manifest.seeds[0]!;
    expect(raw(entry.file).endsWith('\n\nTags')).toBe(true);
    const seed = parseSeed(raw(entry.file), entry);
    expect(seed.text.endsWith('U.S. sanctions on Russia will remain in place and may be expanded.')).toBe(true);
  });

  it('gives the headline-less second seed its manifest title and strips a glued "Tags" prefix', () => {
    const entry = manifest.seeds[1]!;
    const plain = parseSeed(raw(entry.file), entry);
    const glued = parseSeed('Tags' + raw(entry.file), entry);
    expect(plain.text.startsWith('U.S. President Donald Trump could extend NATO-style protection')).toBe(true);
    expect(glued.text).toBe(plain.text);
    expect(plain.title).toBe(entry.title);
  });

  it('gives sentence offsets that point into the text', () => {
    for (const entry of manifest.seeds) {
      const seed = parseSeed(raw(entry.file), entry);
      expect(seed.sentences.length).toBeGreaterThan(10);
      for (const s of seed.sentences) expect(seed.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('changes the seed version when the file content changes', () => {
    const entry = manifest.seeds[0]!;
    const a = parseSeed(raw(entry.file), entry);
    const b = parseSeed(raw(entry.file) + '\nOne more line.', entry);
    expect(a.seedVersion).not.toBe(b.seedVersion);
    expect(parseSeed(raw(entry.file), { ...entry, version: 2 }).seedVersion).not.toBe(a.seedVersion);
  });

  it('rejects a manifest with a bad entry, naming where', () => {
    expect(() => parseSeedManifest({ schema: 1, seeds: [{ id: 'x' }] })).toThrow(/seeds\.0\./);
  });
});

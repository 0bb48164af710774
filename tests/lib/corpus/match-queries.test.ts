import { describe, expect, it } from 'vitest';
import type { StoredFeatures } from '@/lib/corpus/db';
import { nearDuplicateIds } from '@/lib/corpus/match-queries';
import { freshCorpus } from '../../helpers/corpus';

/** A feature row with only what the band index reads. */
function row(id: string, nearKeys: string[]): StoredFeatures {
  return {
    id,
    vocab: '',
    hashes: new Uint32Array(),
    kinds: new Uint8Array(),
    tf: new Uint8Array(),
    lead: new Uint8Array(),
    idf: new Float32Array(),
    weightedAt: 1,
    keys: [],
    nearKeys,
    minhash: [],
    length: 0,
    day: null,
  };
}

describe('nearDuplicateIds', () => {
  it('returns the articles sharing at least the asked number of bands, each once', async () => {
    const db = freshCorpus();
    await db.features.bulkPut([
      row('copy', ['0:a', '1:b', '2:c']),
      row('borrowed', ['0:a', '1:x', '2:y']),
      row('other', ['0:z', '1:w', '2:v']),
    ]);
    const query = ['0:a', '1:b', '2:c'];
    expect((await nearDuplicateIds(db, query)).sort()).toEqual(['borrowed', 'copy']);
    expect(await nearDuplicateIds(db, query, 2)).toEqual(['copy']);
    expect(await nearDuplicateIds(db, query, 4)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fnv1a } from '@/lib/util/hash';

describe('fnv1a', () => {
  it('gives the published FNV-1a values as 8 hex digits', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

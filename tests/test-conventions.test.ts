/**
 * Rules for the tests themselves (README, "Tests"): speed is measured by `npm run bench:*`, never
 * asserted, because machines differ and a timed test that fails on a newcomer's machine is broken.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return ['bench', 'eval'].includes(name) ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('test conventions', () => {
  it('asserts no wall-clock time: no test reads a clock and bounds a number from above', () => {
    const clock = /performance\.now\(\)|Date\.now\(\)|process\.hrtime|getEntriesByName\(|\.duration\b/;
    const bound = /toBeLessThan(OrEqual)?\(/;
    const timed = testFiles('tests').filter((f) => {
      if (f === path.join('tests', 'test-conventions.test.ts')) return false; // names the patterns
      const text = readFileSync(f, 'utf8');
      return clock.test(text) && bound.test(text);
    });
    expect(timed).toEqual([]);
  });
});

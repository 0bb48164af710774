import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectGolden } from './golden';

describe('expectGolden', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-golden-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails when the expected file is missing, and writes nothing', () => {
    const file = path.join(dir, 'missing.expected.json');
    expect(() => expectGolden(file, { a: 1 }, false)).toThrow(/missing\.expected\.json is missing/);
    expect(existsSync(file)).toBe(false);
  });

  it('fails when the expectation differs, and passes when it matches', () => {
    const file = path.join(dir, 'page.expected.json');
    writeFileSync(file, JSON.stringify({ a: 1 }));
    expect(() => expectGolden(file, { a: 2 }, false)).toThrow();
    expectGolden(file, { a: 1 }, false);
  });
});

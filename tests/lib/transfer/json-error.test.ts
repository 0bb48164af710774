import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '@/lib/transfer/json-error';

/** JSON.parse's verdict, for comparison. */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on arbitrary and mutated texts', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', '\n', '-'))
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('points at the offending character', () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toMatchObject({
      position: 8,
      line: 1,
      column: 9,
      problem: 'unexpected "}"',
    });
    expect(findJsonSyntaxError('[1,\n 2\n 3]')).toMatchObject({
      position: 8,
      line: 3,
      column: 2,
      problem: 'unexpected "3"',
    });
    expect(findJsonSyntaxError('{"a": tru}')).toMatchObject({ position: 9, problem: 'unexpected "}"' });
    expect(findJsonSyntaxError('"tab\there"')).toMatchObject({ position: 4, problem: 'unexpected "\\t"' });
    expect(findJsonSyntaxError('{"a": [1, 2')).toMatchObject({
      position: 11,
      problem: 'the file ends too early',
    });
    expect(findJsonSyntaxError('')).toMatchObject({ position: 0, problem: 'the file ends too early' });
  });

  it('survives nesting a million levels deep', () => {
    const deep = '['.repeat(1_000_000);
    expect(findJsonSyntaxError(deep)).toMatchObject({
      position: 1_000_000,
      problem: 'the file ends too early',
    });
    expect(findJsonSyntaxError(deep + ']'.repeat(1_000_000))).toBeNull();
  });
});

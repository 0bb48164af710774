/**
 * Golden files: `actual` is compared with the JSON in `file`. Only an explicit UPDATE_GOLDEN=1
 * (re)writes the file, to be reviewed in the diff; a missing file fails the test, so a golden test
 * can never pass by writing its own expectation.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export function expectGolden(
  file: string,
  actual: unknown,
  update = process.env.UPDATE_GOLDEN === '1',
): void {
  if (update) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
  if (!existsSync(file))
    throw new Error(
      `${path.relative(process.cwd(), file)} is missing: run with UPDATE_GOLDEN=1 and review it.`,
    );
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

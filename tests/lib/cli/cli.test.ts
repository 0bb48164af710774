import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { UserError } from '@/lib/cli/user-error';

const run = async (...argv: string[]): Promise<unknown[]> => {
  const lines: string[] = [];
  await runCli(argv, (line) => lines.push(line));
  return lines.map((l) => JSON.parse(l));
};
const dir = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
const write = (name: string, content: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('xref CLI', () => {
  it('extract returns the contract fields with offsets into the text', async () => {
    const [out] = (await run(
      'extract',
      'tests/fixtures/pages/seed-story.html',
      '--url',
      'https://harbour-ledger.example/x',
    )) as [
      Record<string, unknown> & { text: string; sentences: { text: string; start: number; end: number }[] },
    ];
    for (const key of [
      'url',
      'canonicalUrl',
      'title',
      'byline',
      'siteName',
      'publishedTime',
      'lang',
      'readerable',
      'text',
      'sentences',
    ]) {
      expect(out).toHaveProperty(key);
    }
    expect(out.url).toBe('https://harbour-ledger.example/x');
    expect(out.readerable).toBe(true);
    for (const s of out.sentences) expect(out.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('extract of a non-article says so with a reason (not an error)', async () => {
    const [out] = (await run('extract', 'tests/fixtures/pages/link-list.html')) as [
      { readerable: boolean; reason: string },
    ];
    expect(out.readerable).toBe(false);
    expect(out.reason).toMatch(/\w{3,}/);
  });

  it('related lists both seeds as same story for an article about the seed story', async () => {
    const [out] = (await run('related', 'tests/fixtures/pages/seed-story.html')) as [
      { related: { id: string; sameStory: boolean; why: object }[] },
    ];
    expect(
      out.related
        .filter((r) => r.sameStory)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['000_aff521f138871a15', '001_dffb23fcff858348']);
    expect(out.related[0]).toMatchObject({
      score: expect.any(Number),
      why: { sharedEntities: expect.any(Array) },
    });
  });

  it('analyze of an unrelated article finds nothing', async () => {
    const [out] = (await run('analyze', 'tests/fixtures/pages/unrelated.html')) as [
      { related: unknown[]; comparisons: unknown[] },
    ];
    expect(out.related).toEqual([]);
    expect(out.comparisons).toEqual([]);
  });

  it('reads .json and .txt inputs and a .jsonl corpus; related --all gives one line per article', async () => {
    const corpus = write(
      'corpus.jsonl',
      [
        {
          id: 'a',
          title: 'Harbour ferry strike halts crossings',
          text: 'Ferry workers in Eastport walked out on Monday, halting all crossings to Gull Island. The union said pay talks with Bayline Ferries had failed.',
        },
        {
          id: 'b',
          title: 'Eastport ferry crews strike over pay',
          text: 'Crossings to Gull Island stopped on Monday when Bayline Ferries crews in Eastport went on strike after pay talks failed, the union said.',
        },
        {
          id: 'c',
          title: 'Orchard harvest starts early',
          text: 'Apple growers in the Wren valley began picking two weeks early after a warm spring, the growers association said.',
        },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const lines = (await run('related', '--corpus', corpus, '--all')) as {
      id: string;
      related: { id: string; sameStory: boolean }[];
    }[];
    expect(lines.map((l) => l.id).sort()).toEqual(['a', 'b', 'c']);
    expect(lines.find((l) => l.id === 'a')!.related).toEqual([
      { id: 'b', score: expect.any(Number), sameStory: true },
    ]);
    expect(lines.find((l) => l.id === 'c')!.related).toEqual([]);
    const query = write(
      'q.json',
      JSON.stringify({
        title: 'Ferry strike in Eastport',
        text: 'Bayline Ferries crews went on strike in Eastport, stopping crossings to Gull Island after pay talks failed.',
      }),
    );
    const [out] = (await run('related', query, '--corpus', corpus)) as [{ related: { id: string }[] }];
    expect(out.related.map((r) => r.id).sort()).toEqual(['a', 'b']);
    const txt = write(
      'q.txt',
      'Ferry strike in Eastport\n\nBayline Ferries crews went on strike in Eastport, stopping crossings to Gull Island.',
    );
    const [ex] = (await run('extract', txt)) as [{ title: string; text: string }];
    expect(ex.title).toBe('Ferry strike in Eastport');
    expect(ex.text.startsWith('Bayline')).toBe(true);
  });

  it('diff follows the contract shape', async () => {
    const [out] = await run('diff', 'seeds/000_aff521f138871a15.txt', 'seeds/001_dffb23fcff858348.txt');
    expect(out).toMatchObject({
      differences: expect.any(Array),
      onlyA: expect.any(Array),
      onlyB: expect.any(Array),
      agreements: expect.any(Array),
    });
  });

  it.each([
    [['nope'], /Unknown command "nope"/],
    [[], /No command given/],
    [['extract'], /takes 1 input, got 0/],
    [['extract', 'missing.html'], /No such file: missing.html/],
    [['extract', 'tests'], /Unsupported input type/],
    [['extract', 'seeds/manifest.json', '--bogus'], /Unknown flag "--bogus"/],
    [['related', 'x.html', '--top', 'ten'], /--top takes a whole number/],
    [['related', '--all'], /--all works only/],
    [['diff', 'a.txt'], /takes 2 inputs/],
    [['analyze', 'tests/fixtures/pages/seed-story.html', '--corpus', 'nowhere.jsonl'], /No such corpus file/],
    [['extract', 'package.json'], /must be \{title, text/],
    [['analyze', 'tests/fixtures/pages/link-list.html'], /is not an article/],
  ])('%j is a user error: %s', async (argv, message) => {
    await expect(run(...argv)).rejects.toThrow(message);
    await expect(run(...argv)).rejects.toBeInstanceOf(UserError);
  });

  it('reports a broken corpus line with its line number', async () => {
    const corpus = write('bad.jsonl', '{"id":"a","title":"t","text":"x"}\n{not json\n');
    await expect(run('related', '--corpus', corpus, '--all')).rejects.toThrow(
      /bad\.jsonl:2 is not valid JSON/,
    );
    const missingText = write('bad2.jsonl', '{"id":"a","title":"t"}\n');
    await expect(run('related', '--corpus', missingText, '--all')).rejects.toThrow(
      /bad2\.jsonl:1 must be .*text/,
    );
  });

  it('as a process: JSON on stdout, {"error"} on stderr with exit status 2, no stack trace', async () => {
    const exec = promisify(execFile);
    const ok = await exec('npx', [
      'tsx',
      'lib/cli/main.ts',
      'extract',
      'tests/fixtures/pages/unrelated.html',
    ]);
    expect(JSON.parse(ok.stdout).title).toContain('Millbrook');
    const failed = await exec('npx', ['tsx', 'lib/cli/main.ts', 'extract', 'missing.html']).catch(
      (e: { code: number; stderr: string; stdout: string }) => e,
    );
    expect('code' in failed && failed.code).toBe(2);
    expect(JSON.parse(failed.stderr.trim().split('\n').pop()!)).toEqual({
      error: 'No such file: missing.html',
    });
    expect(failed.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(failed.stdout).toBe('');
    // Two processes, each starting tsx: 40 s seen on a loaded 2-core machine.
  }, 120_000);
});

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/lib/cli/main';
import { UserError } from '@/lib/cli/user-error';
import { parseCorpusFile } from '@/lib/transfer/parse-file';
import { freshCorpus } from '../../helpers/corpus';
import { transferFor } from '../transfer/helpers';

const PAGES = 'tests/fixtures/pages';

describe('xref export', () => {
  it('writes the corpus page export format from a folder of HTML and text files, and it imports', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-export-'));
    mkdirSync(path.join(dir, 'more'));
    copyFileSync(path.join(PAGES, 'seed-story.html'), path.join(dir, 'a.html'));
    copyFileSync(path.join(PAGES, 'link-list.html'), path.join(dir, 'more', 'links.html'));
    writeFileSync(
      path.join(dir, 'more', 'notes.txt'),
      'Harbour ferry fares rise\n\nThe ferry company raised its fares by a tenth on Monday, the council said.',
    );
    writeFileSync(path.join(dir, 'ignored.pdf'), 'not read');
    const out = path.join(dir, 'corpus.json');
    const lines: string[] = [];
    await runCli(['export', dir, '-o', out], (l) => lines.push(l));
    const summary = JSON.parse(lines[0]!) as { articles: number; skipped: { file: string }[] };
    expect(summary.articles).toBe(2);
    expect(summary.skipped.map((s) => s.file)).toEqual([path.join('more', 'links.html')]);

    const parsed = parseCorpusFile(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const titles = parsed.value.articles.map((a) => a.title);
    expect(titles).toContain('Harbour ferry fares rise');
    expect(parsed.value.articles.every((a) => a.origin === 'imported' && a.text.length > 0)).toBe(true);

    const db = freshCorpus();
    const transfer = transferFor(db);
    const { importId } = await transfer.begin(parsed.value.articles.length);
    await transfer.chunk(importId, 0, parsed.value.articles);
    expect(await transfer.commit(importId)).toMatchObject({ added: 2 });
    db.close();
  });

  it('prints the file without -o, and says what is wrong with a missing or empty folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-export-'));
    writeFileSync(path.join(dir, 'one.txt'), 'Tram line opens\n\nThe new tram line opened on Sunday.');
    const lines: string[] = [];
    await runCli(['export', dir], (l) => lines.push(l));
    expect(parseCorpusFile(lines.join('\n')).ok).toBe(true);
    await expect(runCli(['export', path.join(dir, 'nope')], () => undefined)).rejects.toThrow(
      new UserError(`No such folder: ${path.join(dir, 'nope')}`),
    );
    const empty = mkdtempSync(path.join(tmpdir(), 'parallax-export-'));
    await expect(runCli(['export', empty], () => undefined)).rejects.toThrow(
      /has no \.html, \.htm or \.txt files/,
    );
    await expect(runCli(['extract', 'a.html', '-o', 'x'], () => undefined)).rejects.toThrow(
      '-o works only with "export".',
    );
  });
});

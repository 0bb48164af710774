/**
 * Golden-file tests: each hand-written page in tests/fixtures/extract/pages is extracted as the CLI
 * does (linkedom) and compared with its `<name>.expected.json`. Run with UPDATE_GOLDEN=1 to
 * rewrite the expectations after an intended change, then review the diff.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '@/lib/extract/decode-html';
import { extractArticle } from '@/lib/extract/extract-article';
import { repairParsedDocument } from '@/lib/extract/repair-document';
import { expectGolden } from '../../helpers/golden';

const DIR = path.resolve(__dirname, '../../fixtures/extract/pages');
const PAGES: [name: string, url: string][] = [
  ['news-article', 'https://ledger.example/news/2024/03/04/flood-barrier?utm_source=rss&id=42'],
  ['blog-post', 'https://gruenes-viertel.example/2023/05/stadtgaerten/'],
  ['structured-body', 'https://northfield.example/news/library-hours'],
  ['home-page', 'https://ledger.example/'],
  ['section-front', 'https://ledger.example/sport/'],
  ['login-wall', 'https://ledger.example/account/signin?next=/news/x'],
  ['video-page', 'https://ledger.example/video/flood-barrier-explained'],
];

describe('extractArticle on hand-written pages', () => {
  it.each(PAGES)('%s matches its golden file', (name, url) => {
    const html = decodeHtml(new Uint8Array(readFileSync(path.join(DIR, `${name}.html`))));
    const { document } = parseHTML(html);
    repairParsedDocument(document as unknown as Document);
    const article = extractArticle(document as unknown as Document, url);
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    expectGolden(path.join(DIR, `${name}.expected.json`), {
      ...article,
      sentences: article.sentences.map((s) => s.text),
    });
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPassage } from '@/lib/anchor/find-passage';
import { buildTextIndex } from '@/lib/anchor/text-index';

/** Puts fixture markup into the test document (parsed, then imported: no innerHTML). */
function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(
    `<!doctype html><html><body>${html}</body></html>`,
    'text/html',
  );
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document;
}

describe('findPassage', () => {
  it('finds a sentence across inline markup, odd whitespace and curly quotes', () => {
    const doc = page(
      '<p>Rubio said   the talks <em>marked</em>\n progress.</p><p>“If one side gets everything, that’s surrender,” he told CNN.</p>',
    );
    const index = buildTextIndex(doc.body);
    const range = findPassage(doc, index, {
      text: '"If one side gets everything, that\'s surrender," he told CNN.',
    })!;
    expect(range.toString()).toBe('“If one side gets everything, that’s surrender,” he told CNN.');
    expect(findPassage(doc, index, { text: 'Rubio said the talks marked progress.' })!.toString()).toBe(
      'Rubio said   the talks marked\n progress.',
    );
  });

  it('separates words of adjacent blocks and skips scripts and excluded UI', () => {
    const doc = page(
      '<h2>Next steps</h2><p>Trump wrote a post.</p><script>var x = "Trump wrote a post."</script><div id="ui">Trump wrote a post.</div>',
    );
    const ui = doc.getElementById('ui')!;
    const index = buildTextIndex(doc.body, (n) => n === ui);
    expect(index.text).toBe('next steps trump wrote a post. ');
    const range = findPassage(doc, index, { text: 'Trump wrote a post.' })!;
    expect(range.startContainer.parentElement!.tagName).toBe('P');
  });

  it('picks the occurrence nearest the expected position', () => {
    const doc = page('<p>The vote passed.</p><p>Other text in between here.</p><p>The vote passed.</p>');
    const index = buildTextIndex(doc.body);
    const late = findPassage(doc, index, { text: 'The vote passed.', position: 0.95 })!;
    const early = findPassage(doc, index, { text: 'The vote passed.', position: 0 })!;
    expect(late.startContainer).not.toBe(early.startContainer);
  });

  it('falls back to the first and last words when the middle differs', () => {
    const doc = page(
      '<p>Witkoff also said Russia had signalled readiness to pass a law (<a href="#">read more</a>) prohibiting future attempts to seize more territory.</p>',
    );
    const index = buildTextIndex(doc.body);
    const range = findPassage(doc, index, {
      text: 'Witkoff also said Russia had signalled readiness to pass a law prohibiting future attempts to seize more territory.',
    });
    expect(range?.toString()).toContain('read more');
  });

  it('returns null when the passage is not on the page', () => {
    const doc = page('<p>Something else entirely.</p>');
    expect(
      findPassage(doc, buildTextIndex(doc.body), { text: 'A sentence that is not there at all.' }),
    ).toBeNull();
  });
});

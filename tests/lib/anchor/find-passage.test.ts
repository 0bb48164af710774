// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPassage, selectorOf } from '@/lib/anchor/find-passage';
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
      exact: '"If one side gets everything, that\'s surrender," he told CNN.',
    })!;
    expect(range.toString()).toBe('“If one side gets everything, that’s surrender,” he told CNN.');
    expect(findPassage(doc, index, { exact: 'Rubio said the talks marked progress.' })!.toString()).toBe(
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
    const range = findPassage(doc, index, { exact: 'Trump wrote a post.' })!;
    expect(range.startContainer.parentElement!.tagName).toBe('P');
  });

  it('picks the occurrence nearest the expected position', () => {
    const doc = page('<p>The vote passed.</p><p>Other text in between here.</p><p>The vote passed.</p>');
    const index = buildTextIndex(doc.body);
    const late = findPassage(doc, index, { exact: 'The vote passed.', position: 0.95 })!;
    const early = findPassage(doc, index, { exact: 'The vote passed.', position: 0 })!;
    expect(late.startContainer).not.toBe(early.startContainer);
  });

  it('falls back to the first and last words when the middle differs', () => {
    const doc = page(
      '<p>Witkoff also said Russia had signalled readiness to pass a law (<a href="#">read more</a>) prohibiting future attempts to seize more territory.</p>',
    );
    const index = buildTextIndex(doc.body);
    const range = findPassage(doc, index, {
      exact:
        'Witkoff also said Russia had signalled readiness to pass a law prohibiting future attempts to seize more territory.',
    });
    expect(range?.toString()).toContain('read more');
  });

  it('returns null when the passage is not on the page', () => {
    const doc = page('<p>Something else entirely.</p>');
    expect(
      findPassage(doc, buildTextIndex(doc.body), { exact: 'A sentence that is not there at all.' }),
    ).toBeNull();
  });
});

/** The text Parallax extracted, and the page as it reads later: the passages' selectors come from the first. */
const EXTRACTED =
  'The harbour board met on Tuesday. Mayor Ilse Brandt said the north pier would be rebuilt before winter. ' +
  'Fishermen welcomed the plan. The vote passed. Traders asked about the market. The vote passed.';
const passage = (text: string, nth = 0): ReturnType<typeof selectorOf> => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = EXTRACTED.indexOf(text, at + 1);
  return selectorOf(EXTRACTED, at, at + text.length);
};

describe('findPassage on a page that changed after extraction', () => {
  const pier = 'Mayor Ilse Brandt said the north pier would be rebuilt before winter.';

  it('keeps its mark when text is inserted before the passage', () => {
    const doc = page(
      '<p>Live updates: the storm has passed and ferries run again. Roads are open.</p>' +
        '<p>The harbour board met on Tuesday. Mayor Ilse Brandt said the north pier would be rebuilt before winter.</p>' +
        '<p>Fishermen welcomed the plan.</p>',
    );
    expect(findPassage(doc, buildTextIndex(doc.body), passage(pier))?.toString()).toBe(pier);
  });

  it('keeps its mark when words inside the passage were edited', () => {
    const doc = page(
      '<p>The harbour board met on Tuesday. Mayor Ilse Brandt said the old north pier will be rebuilt before the winter.</p>' +
        '<p>Fishermen welcomed the plan.</p>',
    );
    expect(findPassage(doc, buildTextIndex(doc.body), passage(pier))?.toString()).toBe(
      'Mayor Ilse Brandt said the old north pier will be rebuilt before the winter.',
    );
  });

  it('keeps its mark when the text before it changed', () => {
    const doc = page(
      '<p>On Tuesday, the port authority held a meeting. Mayor Ilse Brandt said the north pier would be rebuilt before winter.</p>',
    );
    expect(findPassage(doc, buildTextIndex(doc.body), passage(pier))?.toString()).toBe(pier);
  });

  it('tells a repeated sentence apart by its context, even when the page moved it', () => {
    const doc = page(
      '<p>Breaking: a new paragraph the editors added at the top of the page, long enough to move every offset.</p>' +
        '<p>The harbour board met on Tuesday. Fishermen welcomed the plan. The vote passed. Traders asked about the market. The vote passed.</p>',
    );
    const index = buildTextIndex(doc.body);
    const first = findPassage(doc, index, passage('The vote passed.', 0))!;
    const second = findPassage(doc, index, passage('The vote passed.', 1))!;
    const before = (r: Range) => {
      const pre = doc.createRange();
      pre.setStart(doc.body, 0);
      pre.setEnd(r.startContainer, r.startOffset);
      return pre.toString();
    };
    expect(before(first)).toMatch(/welcomed the plan\. $/);
    expect(before(second)).toMatch(/about the market\. $/);
  });

  it('does not anchor a passage the page no longer has', () => {
    const doc = page('<p>The harbour board met on Tuesday. Fishermen welcomed the plan.</p>');
    expect(findPassage(doc, buildTextIndex(doc.body), passage(pier))).toBeNull();
  });
});

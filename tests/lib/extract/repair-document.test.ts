import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { repairParsedDocument } from '@/lib/extract/repair-document';

function repaired(html: string): Document {
  const { document } = parseHTML(html);
  repairParsedDocument(document as unknown as Document);
  return document as unknown as Document;
}

describe('repairParsedDocument', () => {
  it('moves content left in an unclosed head into the body', () => {
    const doc = repaired(
      '<html><head><title>T</title><meta charset="utf-8"><h1>Story</h1><p>Text</p></html>',
    );
    expect(doc.head.children.length).toBe(2);
    expect(doc.body.textContent).toBe('StoryText');
  });

  it('merges a second body and content after the first into the body, in order', () => {
    const doc = repaired(
      '<html><head></head><p>before</p><body><p>in</p></body><p>after</p><body><p>again</p></body></html>',
    );
    expect([...doc.body.children].map((p) => p.textContent)).toEqual(['before', 'in', 'after', 'again']);
  });

  it('gives a bare fragment a document around it', () => {
    const doc = repaired('<p>bare</p><div>text</div>');
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.body.textContent).toBe('baretext');
  });

  it('leaves a well-formed document as it is', () => {
    const html = '<html><head><title>T</title></head><body><main><p>a</p></main></body></html>';
    const doc = repaired(html);
    expect(doc.body.children.length).toBe(1);
    expect(doc.head.children.length).toBe(1);
  });
});

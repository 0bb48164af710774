import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureByName } from '@/lib/extract/boilerplate';

function element(attributes: string): Element {
  const { document } = parseHTML(`<html><body><div ${attributes}>x</div></body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

describe('isFurnitureByName', () => {
  it.each([
    'class="share-bar"',
    'class="photo-credit"',
    'class="media__caption media__caption--source"',
    'id="paywallPrompt"',
    'class="related-links"',
  ])('%s is furniture', (attributes) => {
    expect(isFurnitureByName(element(attributes))).toBe(true);
  });

  it.each([
    // A caption's sentence is the article's; only its credit part is furniture.
    'class="media-caption"',
    'class="wp-caption-text"',
    // The class says the item has no caption, not that it is one.
    'class="list-item list-item--wide no_caption"',
    'class="shareholder-letter"',
  ])('%s is not furniture', (attributes) => {
    expect(isFurnitureByName(element(attributes))).toBe(false);
  });
});

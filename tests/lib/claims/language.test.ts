import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/claims/extract-claims';
import { claimsSupported, claimsUnavailableMessage } from '@/lib/claims/language';
import { splitSentences } from '@/lib/text/sentences';

describe('claims languages', () => {
  it('supports English, and pages that do not say their language', () => {
    expect(claimsSupported('en')).toBe(true);
    expect(claimsSupported('en-GB')).toBe(true);
    expect(claimsSupported(null)).toBe(true);
    expect(claimsSupported('')).toBe(true);
    expect(claimsSupported('de')).toBe(false);
    expect(claimsSupported('fr-CA')).toBe(false);
  });

  it('names the language in the message', () => {
    expect(claimsUnavailableMessage('fr-CA')).toBe('Sentence comparison is not available for French.');
    expect(claimsUnavailableMessage('xx-invalid-tag-!')).toContain('(xx-invalid-tag-!)');
  });

  it('extracts no claims from an article in another language', () => {
    const text = 'Der Minister sagte am Sonntag, die Regierung werde die Hilfe verdoppeln.';
    const sentences = splitSentences(text);
    expect(extractClaims({ text, sentences, lang: 'de' }).claims).toEqual([]);
    expect(extractClaims({ text, sentences, lang: 'en' }).claims).toHaveLength(1);
  });
});

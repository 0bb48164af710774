import { describe, expect, it } from 'vitest';
import { decodeHtml } from '@/lib/extract/decode-html';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('follows a meta charset', () => {
    expect(decodeHtml(latin1('<meta charset="iso-8859-1"><p>Grüße</p>'))).toContain('Grüße');
  });

  it('follows an http-equiv content type and the Content-Type header', () => {
    expect(
      decodeHtml(
        latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>caf\xe9</p>'),
      ),
    ).toContain('café');
    expect(decodeHtml(latin1('<p>caf\xe9</p>'), 'text/html; charset=ISO-8859-1')).toContain('café');
  });

  it('reads UTF-8 that declares Latin-1 as UTF-8', () => {
    expect(decodeHtml(utf8('<meta charset="iso-8859-1"><p>NPC’s</p>'))).toContain('NPC’s');
  });

  it('honours a byte-order mark', () => {
    const bom = Uint8Array.from([0xff, 0xfe, ...[...'<p>hi</p>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeHtml(bom)).toContain('<p>hi</p>');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(decodeHtml(latin1('<p>na\xefve</p>'))).toContain('naïve');
  });

  it('survives an unknown charset label', () => {
    expect(decodeHtml(utf8('<meta charset="x-klingon"><p>ok</p>'))).toContain('ok');
  });
});

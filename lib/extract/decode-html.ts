/**
 * Bytes of an HTML file to text, as a browser would decode them: a byte-order mark wins, then the
 * charset a Content-Type header or an early <meta> declares, else UTF-8, and if that fails
 * windows-1252 (what browsers assume for undeclared legacy pages). Never throws.
 */

/** Browsers look for <meta charset> only in the first 1024 bytes; we allow a little more for long heads. */
const SNIFF_BYTES = 4096;

/** Decodes `bytes`; `contentType` is the HTTP header when there is one. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bom, bytes) ?? decodeWith('utf-8', bytes)!;
  const declared = charsetOf(contentType) ?? metaCharset(bytes);
  // Pages often declare a legacy charset while serving UTF-8; text in Latin-1, GBK or Shift_JIS is
  // practically never valid UTF-8 once it has non-ASCII bytes, so valid UTF-8 wins.
  if (declared && !/^utf-?8$/i.test(declared) && !/^utf-16/i.test(declared) && hasNonAscii(bytes)) {
    const utf8 = decodeWith('utf-8', bytes, true);
    if (utf8 !== null) return utf8;
  }
  if (declared) {
    const text = decodeWith(declared, bytes);
    // A page that declares UTF-16 in a meta tag is in fact ASCII-compatible (the tag could not be read otherwise).
    if (text !== null && !/^utf-16/i.test(declared)) return text;
  }
  return decodeWith('utf-8', bytes, true) ?? decodeWith('windows-1252', bytes) ?? decodeWith('utf-8', bytes)!;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function charsetOf(contentType: string | null): string | null {
  const m = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

function metaCharset(bytes: Uint8Array): string | null {
  // The head is ASCII-compatible in every encoding we can sniff this way.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w:.-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? null;
      const charset = charsetOf(content);
      if (charset) return charset;
    }
  }
  return null;
}

/** Text of `bytes` in `label`, or null when the label is unknown (or, with `fatal`, the bytes are invalid). */
function decodeWith(label: string, bytes: Uint8Array, fatal = false): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

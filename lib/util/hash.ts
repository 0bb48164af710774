/** Hashes for keys and fingerprints: fast and stable across runs, browsers and Node, never for security. */

/** 32-bit FNV-1a of the UTF-16 code units as 8 hex digits: a cheap content fingerprint, not a security hash. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

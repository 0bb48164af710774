/**
 * Plain-language messages for storage failures. A full disk surfaces as QuotaExceededError, either
 * directly or as the inner cause of Dexie's AbortError, depending on where the write failed.
 */

/** True when `error` (or an error it wraps) is IndexedDB's quota error. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name } = e as { name?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** An Error whose message says what happened to the corpus; `action` is e.g. "finish the import". */
export function storageError(error: unknown, action: string): Error {
  if (isQuotaError(error)) {
    return new Error(
      `There is not enough storage space to ${action}. Nothing was written: your corpus is as it was. Free some disk space and try again.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

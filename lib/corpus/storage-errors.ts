/**
 * Turns storage failures into messages a reader can act on: a save or delete from the popup, an
 * import or restore from the corpus page. IndexedDB aborts the whole transaction on a full disk,
 * so the message can promise that nothing was written half-way.
 */

/** A reader-facing message for `error` thrown while writing to the corpus. */
export function describeWriteError(error: unknown, action: string): string {
  if (isQuotaError(error)) {
    return `Your browser's storage is full, so ${action} did not happen and nothing was changed. Free some disk space or remove articles from your corpus, then try again.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${action[0]!.toUpperCase()}${action.slice(1)} failed and nothing was changed: ${message}`;
}

/** QuotaExceededError as the browser throws it, or wrapped by Dexie (its `inner` error). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { inner?: unknown }).inner, depth++) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
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

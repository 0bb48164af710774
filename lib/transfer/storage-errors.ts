/**
 * Plain-language messages for storage failures during an import or restore. IndexedDB aborts the
 * whole transaction on a full disk, so the message can promise that nothing was written.
 */
import { isQuotaError } from '../analysis/user-errors';

/** An Error whose message says what happened to the corpus; `action` is e.g. "finish the import". */
export function storageError(error: unknown, action: string): Error {
  if (isQuotaError(error)) {
    return new Error(
      `There is not enough storage space to ${action}. Nothing was written: your corpus is as it was. Free some disk space and try again.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

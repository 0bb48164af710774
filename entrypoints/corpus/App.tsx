import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CorpusPage } from '@/components/corpus/CorpusPage';
import { plural } from '@/components/corpus/format';
import { importSummary, progressStatus } from '@/components/corpus/progress-text';
import { EMPTY_SEARCH, type SearchFields } from '@/components/corpus/SearchForm';
import type { TransferStatus } from '@/components/corpus/TransferPanel';
import type { UndoRecord } from '@/lib/corpus-manager/edit';
import type { CorpusListing, CorpusRow } from '@/lib/corpus-manager/types';
import { sendRequest } from '@/lib/messages/transport';
import { exportCorpus, importCorpus, type Request } from '@/lib/messages/transfer-client';
import { LIMITS } from '@/lib/transfer/format';
import { checkFileSize } from '@/lib/transfer/parse-file';
import { downloadFile, exportFileName } from './download';

const request: Request = (name, data) => sendRequest((m) => browser.runtime.sendMessage(m), name, data);
const PAGE_SIZE = 100;
const MAX_LISTED = 500;
const UNDO_MS = 10_000;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The corpus page's state and its requests to the background; CorpusPage renders it. */
export function App() {
  const [fields, setFields] = useState<SearchFields>(EMPTY_SEARCH);
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Bumped after every change to the corpus, to list it again.
  const [revision, setRevision] = useState(0);
  const [listing, setListing] = useState<CorpusListing | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [storageBytes, setStorageBytes] = useState<number | null>(null);
  const [transfer, setTransfer] = useState<TransferStatus>({ kind: 'idle' });
  const [undo, setUndo] = useState<UndoRecord | null>(null);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const latest = useRef(0);

  useEffect(() => {
    const generation = ++latest.current;
    setLoading(true);
    request('searchCorpus', {
      words: fields.words,
      outlet: fields.outlet || null,
      from: fields.from || null,
      to: fields.to || null,
      limit,
    }).then(
      (next) => {
        if (generation !== latest.current) return; // a newer search is on its way
        setListing(next);
        setError(null);
        setLoading(false);
      },
      (e) => {
        if (generation !== latest.current) return;
        setError(`Could not list your corpus: ${message(e)}`);
        setLoading(false);
      },
    );
    navigator.storage
      ?.estimate()
      .then((estimate) => setStorageBytes(estimate.usage ?? null))
      .catch(() => setStorageBytes(null));
  }, [fields, limit, revision]);

  const withBusy = async (id: string, action: () => Promise<void>) => {
    setBusyIds((ids) => new Set([...ids, id]));
    try {
      await action();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusyIds((ids) => new Set([...ids].filter((x) => x !== id)));
    }
  };

  const focusResults = () => document.getElementById('results-heading')?.focus();

  return (
    <CorpusPage
      listing={listing}
      loading={loading}
      error={error}
      storageBytes={storageBytes}
      transfer={transfer}
      undo={undo}
      undoTimeoutMs={UNDO_MS}
      busyIds={busyIds}
      maxTagChars={LIMITS.tagChars}
      onSearch={(next) => {
        setLimit(PAGE_SIZE);
        setFields({ ...next }); // a new object: searching again with the same fields lists afresh
      }}
      onShowMore={() => setLimit((l) => Math.min(MAX_LISTED, l + PAGE_SIZE))}
      onSaveTags={(id, tags) =>
        void withBusy(id, async () => {
          const saved = await request('setArticleTags', { id, tags });
          setListing((current) => current && withTags(current, id, saved.tags));
        })
      }
      onDelete={(row: CorpusRow) =>
        void withBusy(row.id, async () => {
          const { deleted } = await request('deleteArticleForUndo', { id: row.id });
          setUndo(deleted);
          setRevision((r) => r + 1);
        })
      }
      onKeepAsSaved={(id) =>
        void withBusy(id, async () => {
          await request('keepAsSaved', { id });
          setRevision((r) => r + 1);
        })
      }
      onUndo={() => {
        const record = undo;
        if (!record) return;
        void withBusy(record.id, async () => {
          await request('restoreArticle', { article: record });
          setUndo(null);
          setRevision((r) => r + 1);
          focusResults();
        });
      }}
      onDismissUndo={(hadFocus) => {
        setUndo(null);
        if (hadFocus) focusResults();
      }}
      onExport={async () => {
        const now = new Date();
        setTransfer({ kind: 'working', label: 'Exporting…' });
        try {
          const { parts, count } = await exportCorpus(request, now, (p) => setTransfer(progressStatus(p)));
          const name = exportFileName(now);
          downloadFile(document, parts, name);
          setTransfer({ kind: 'done', message: `Exported ${plural(count, 'article')} to “${name}”.` });
        } catch (e) {
          setTransfer({ kind: 'error', message: `The export failed: ${message(e)}` });
        }
      }}
      onImport={async (file) => {
        const tooBig = checkFileSize(file.size);
        if (tooBig) {
          setTransfer({ kind: 'error', message: tooBig });
          return;
        }
        setTransfer({ kind: 'working', label: `Reading “${file.name}”…` });
        try {
          const report = await importCorpus(await file.text(), request, (p) =>
            setTransfer(progressStatus(p)),
          );
          setTransfer({ kind: 'done', message: importSummary(file.name, report) });
        } catch (e) {
          setTransfer({ kind: 'error', message: message(e) });
        }
        setRevision((r) => r + 1);
      }}
    />
  );
}

function withTags(listing: CorpusListing, id: string, tags: string[]): CorpusListing {
  return {
    ...listing,
    groups: listing.groups.map((group) => group.map((row) => (row.id === id ? { ...row, tags } : row))),
  };
}

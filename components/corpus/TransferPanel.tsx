import { useRef } from 'preact/hooks';

/** Where an export or import stands; the page drives it. */
export type TransferStatus =
  | { kind: 'idle' }
  /** `done`/`total` absent: a step without measurable progress (reading the file, saving). */
  | { kind: 'working'; label: string; done?: number; total?: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

export interface TransferPanelProps {
  status: TransferStatus;
  onExport: () => void;
  onImport: (file: File) => void;
}

/** Export the corpus as JSON, import a file back, and the progress and outcome of either. */
export function TransferPanel({ status, onExport, onImport }: TransferPanelProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const working = status.kind === 'working';
  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p class="hint">
        A JSON file of every article with its tags (format “parallax-corpus”, version 2). Import takes such a
        file or the CLI’s corpus (JSON Lines); it merges without duplicates and is all or nothing.
      </p>
      <div class="transfer-buttons">
        <button type="button" disabled={working} onClick={onExport}>
          Export corpus
        </button>
        <button type="button" class="secondary" disabled={working} onClick={() => fileInput.current?.click()}>
          Import a file…
        </button>
        {/* Hidden: the button above opens it, so the control is reachable and named by the keyboard. */}
        <input
          ref={fileInput}
          id="import-file"
          class="file-input"
          type="file"
          accept=".json,.jsonl,application/json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = ''; // the same file can be chosen again
            if (file) onImport(file);
          }}
        />
      </div>
      <div class="transfer-status" role="status" aria-live="polite">
        {status.kind === 'working' ? (
          <div class="progress">
            <label for="transfer-progress">{status.label}</label>
            {status.total !== undefined && status.done !== undefined ? (
              <progress id="transfer-progress" max={Math.max(1, status.total)} value={status.done} />
            ) : (
              <progress id="transfer-progress" />
            )}
          </div>
        ) : status.kind === 'done' ? (
          <p class="transfer-done">{status.message}</p>
        ) : null}
      </div>
      {status.kind === 'error' ? (
        <p class="transfer-error" role="alert">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}

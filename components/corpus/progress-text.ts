/** Words for the progress bar and the outcome of an export or import. */
import type { TransferProgress } from '@/lib/messages/transfer-client';
import type { ImportReport } from '@/lib/transfer/staged-import';
import { plural } from './format';
import type { TransferStatus } from './TransferPanel';

const n = (x: number) => x.toLocaleString('en-US');

/** The panel's status for a step of an export or import. */
export function progressStatus(p: TransferProgress): TransferStatus {
  switch (p.phase) {
    case 'exporting':
      return {
        kind: 'working',
        label: `Exporting: ${n(p.done)} of ${plural(p.total, 'article')}`,
        done: p.done,
        total: p.total,
      };
    case 'checking':
      return {
        kind: 'working',
        label: `Checking the file: ${n(p.done)} of ${plural(p.total, 'article')}`,
        done: p.done,
        total: p.total,
      };
    case 'sending':
      return {
        kind: 'working',
        label: `Importing: ${n(p.done)} of ${plural(p.total, 'article')} sent`,
        done: p.done,
        total: p.total,
      };
    case 'saving':
      return {
        kind: 'working',
        label: `Saving ${plural(p.total, 'article')} to your corpus (all or nothing)…`,
      };
  }
}

/** "Imported “x.json”: 3 new, 1 updated, 40 already in your corpus." and what was skipped, if anything. */
export function importSummary(fileName: string, report: ImportReport): string {
  const parts = [
    `${n(report.added)} new`,
    `${n(report.updated)} updated`,
    `${n(report.unchanged)} already in your corpus`,
  ];
  const skipped = report.skipped.map((s) => `article ${s.index} (${s.id}): ${s.reason}`);
  return (
    `Imported “${fileName}” (${plural(report.total, 'article')}): ${parts.join(', ')}.` +
    (report.skippedCount ? ` Skipped ${n(report.skippedCount)}: ${skipped.join('; ')}.` : '')
  );
}

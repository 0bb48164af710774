import type { CellState } from '@/lib/claims/group';
import type { ReportState, StoryReport } from '@/lib/analysis/story';

/** What a cell says, in words (the cell's accessible name and the wide layout's text). */
export const STATE_LABEL: Record<CellState, string> = {
  carries: 'carries it',
  worded: 'words the quote differently',
  credited: 'credits it to someone else or another venue',
  figures: 'gives other numbers or dates',
  stance: 'hedges it, states it firmly or denies it',
  absent: 'does not carry it',
};

/** Short form for the cells of a wide story. */
export const STATE_SHORT: Record<CellState, string> = {
  carries: 'Carries',
  worded: 'Worded',
  credited: 'Credited',
  figures: 'Figures',
  stance: 'Hedged/firm',
  absent: '—',
};

/** The symbol each cell shows (with its colour); the legend explains them. */
export const STATE_SYMBOL: Record<CellState, string> = {
  carries: '✓',
  worded: '≠',
  credited: '↪',
  figures: '#',
  stance: '~',
  absent: '·',
};

export const STATE_ORDER: CellState[] = ['carries', 'worded', 'credited', 'figures', 'stance', 'absent'];

export const REPORT_STATE_LABEL: Record<ReportState, string> = {
  seed: 'Seed',
  saved: 'Saved',
  imported: 'Imported',
  read: 'Read',
  open: 'Open in a tab, not saved',
};

/** Columns show outlet names up to this many reports, initials (with a legend) beyond. */
export const FULL_NAMES_UP_TO = 4;

/** "5 Mar 2026, 09:00" (local time), or "17 Aug 2025" for a date without a time. */
export function formatWhen(report: Pick<StoryReport, 'time' | 'timeFrom' | 'publishedTime'>): string {
  const dateOnly = report.timeFrom === 'published' && /^\d{4}-\d{2}-\d{2}$/.test(report.publishedTime ?? '');
  return new Date(report.time).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : { hour: '2-digit', minute: '2-digit' }),
  });
}

export const TIME_FROM_LABEL: Record<StoryReport['timeFrom'], string> = {
  published: 'published',
  read: 'read (no date given)',
  saved: 'saved (no date given)',
  open: 'open now (no date given)',
};

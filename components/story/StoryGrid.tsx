import { useRef, useState } from 'preact/hooks';
import type { StoryReport, StoryRow } from '@/lib/analysis/story';
import type { RowReading } from '@/lib/claims/group';
import { STATE_LABEL, STATE_SHORT, STATE_SYMBOL } from './labels';

export interface ShownRow {
  row: StoryRow;
  reading: RowReading;
}

export interface StoryGridProps {
  reports: StoryReport[];
  rows: ShownRow[];
  /** Outlet initials in the column headers (a legend explains them), not names. */
  collapsed: boolean;
  /** The report the others are read against, if the reader chose one. */
  against: number | null;
  selected: { row: string; report: number } | null;
  onSelect: (row: string, report: number) => void;
}

const MAX_ROW_TEXT = 160;

/**
 * Statements as rows, reports as columns. One tab stop: the arrow keys move between cells (Home
 * and End to a row's ends, Ctrl+Home and Ctrl+End to the grid's), Enter or Space opens a cell.
 */
export function StoryGrid({ reports, rows, collapsed, against, selected, onSelect }: StoryGridProps) {
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const table = useRef<HTMLTableElement>(null);
  const row = Math.min(focus.row, Math.max(0, rows.length - 1));
  const col = Math.min(focus.col, Math.max(0, reports.length - 1));

  const move = (r: number, c: number): void => {
    const next = {
      row: Math.max(0, Math.min(rows.length - 1, r)),
      col: Math.max(0, Math.min(reports.length - 1, c)),
    };
    setFocus(next);
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}:${next.col}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(row, col + 1),
      ArrowLeft: () => move(row, col - 1),
      ArrowDown: () => move(row + 1, col),
      ArrowUp: () => move(row - 1, col),
      Home: () => (event.ctrlKey ? move(0, 0) : move(row, 0)),
      End: () => (event.ctrlKey ? move(rows.length - 1, reports.length - 1) : move(row, reports.length - 1)),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <table
      class={collapsed ? 'story-grid collapsed' : 'story-grid'}
      role="grid"
      aria-label="Statements by report"
      aria-rowcount={rows.length + 1}
      ref={table}
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          <th scope="col" class="statement-head">
            Statement
          </th>
          <th scope="col" class="origins-head">
            <abbr title="Independent origins that carry it (wire copies counted once)">Origins</abbr>
          </th>
          {reports.map((r, i) => (
            <th
              key={r.key}
              scope="col"
              class={i === against ? 'report-head reference' : 'report-head'}
              data-report={r.key}
            >
              {collapsed ? <abbr title={r.outlet}>{r.initials}</abbr> : r.outlet}
              {r.copyOf ? (
                <span class="copy-mark" title="A copy of another report (a wire story)">
                  {' '}
                  (copy)
                </span>
              ) : null}
              {i === against ? <span class="visually-hidden"> (read against)</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ row: r, reading }, ri) => (
          <tr
            key={r.key}
            data-row={r.key}
            data-quote={r.quote ? 'true' : 'false'}
            data-disagrees={reading.states.some((s) => s !== 'carries' && s !== 'absent') ? 'true' : 'false'}
          >
            <th scope="row" class="statement">
              {r.quote ? <span class="quote-mark">Quote · </span> : null}
              {r.text.length > MAX_ROW_TEXT ? `${r.text.slice(0, MAX_ROW_TEXT - 1).trimEnd()}…` : r.text}
            </th>
            <td class="origins">{r.origins}</td>
            {reports.map((report, ci) => {
              const state = reading.states[ci]!;
              const isSelected = selected?.row === r.key && selected.report === ci;
              return (
                <td key={report.key} class={`cell state-${state}`}>
                  <button
                    type="button"
                    class="cell-button"
                    data-cell={`${ri}:${ci}`}
                    data-state={state}
                    data-report={report.key}
                    tabIndex={ri === row && ci === col ? 0 : -1}
                    aria-pressed={isSelected}
                    title={`${report.outlet}: ${STATE_LABEL[state]}`}
                    onFocus={() => setFocus({ row: ri, col: ci })}
                    onClick={() => onSelect(r.key, ci)}
                  >
                    <span aria-hidden="true">{STATE_SYMBOL[state]}</span>
                    {collapsed ? null : <span class="cell-text"> {STATE_SHORT[state]}</span>}
                    <span class="visually-hidden">
                      {collapsed ? '' : ', '}
                      {report.outlet}
                      {report.copyOf ? ' (copy)' : ''} {STATE_LABEL[state]}
                    </span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

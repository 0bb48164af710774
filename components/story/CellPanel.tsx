import type { StoryReport, StoryRow } from '@/lib/analysis/story';
import type { RowReading } from '@/lib/claims/group';
import { WordDiff } from '../WordDiff';
import { KIND_LABEL } from '../kinds';
import { STATE_LABEL } from './labels';

export interface CellPanelProps {
  reports: StoryReport[];
  row: StoryRow;
  reading: RowReading;
  /** The report whose cell is open. */
  report: number;
  onClose: () => void;
}

/** Other wordings shown at most, each with its word diff. */
const MAX_OTHER_WORDINGS = 6;

/**
 * One cell opened: the report's passage, what differs, its word diff against each other wording
 * of the row, and links that open each original page scrolled to its passage.
 */
export function CellPanel({ reports, row, reading, report, onClose }: CellPanelProps) {
  const me = reports[report]!;
  const cell = row.cells[report];
  const state = reading.states[report]!;
  const mine = row.readings.findIndex((rd) => rd.includes(report));
  const others = row.readings.flatMap((rd, k) => (k === mine ? [] : [{ reports: rd, k }]));
  const shown = others.slice(0, MAX_OTHER_WORDINGS);
  const names = (rs: readonly number[]): string => rs.map((r) => reports[r]!.outlet).join(', ');
  const findings = reading.findings[report] ?? [];
  return (
    <section class="cell-panel" aria-labelledby="cell-heading" data-testid="cell-panel">
      <header class="cell-panel-header">
        <h2 id="cell-heading" tabIndex={-1}>
          {me.outlet} {STATE_LABEL[state]}
        </h2>
        <button type="button" class="secondary" onClick={onClose}>
          Close
        </button>
      </header>
      <p class="meta">{me.title}</p>
      {findings.length ? (
        <ul class="findings">
          {findings.map((f, i) =>
            // A quote's rewording is shown by the word diffs below; its kind is named once.
            f.kind === 'quote' || f.kind === 'wording' ? (
              findings.findIndex((g) => g.kind === 'quote' || g.kind === 'wording') === i ? (
                <li key={f.detail}>
                  <strong>{KIND_LABEL.quote}</strong>
                </li>
              ) : null
            ) : (
              <li key={f.detail}>
                <strong>{KIND_LABEL[f.kind]}</strong>: {f.detail}
              </li>
            ),
          )}
        </ul>
      ) : null}
      {cell ? (
        <>
          {shown.length === 0 ? (
            <blockquote class="passage" data-report={me.key}>
              {cell.text}
            </blockquote>
          ) : null}
          <PassageLink report={me} link={cell.link} />
        </>
      ) : (
        <p class="hint">This report does not carry the statement. The reports that do give it this way:</p>
      )}
      {shown.length ? (
        <ol class="wordings">
          {shown.map(({ reports: rs, k }) => {
            const first = rs[0]!;
            const theirs = row.cells[first]!;
            return (
              <li key={k} class="wording">
                {cell ? (
                  <p class="passage" data-report={me.key}>
                    <span class="passage-source">{me.outlet}:</span>{' '}
                    <WordDiff text={cell.text} other={theirs.text} side="a" />
                  </p>
                ) : null}
                <p class="passage" data-report={reports[first]!.key}>
                  <span class="passage-source">{names(rs)}:</span>{' '}
                  {cell ? <WordDiff text={theirs.text} other={cell.text} side="b" /> : theirs.text}
                </p>
                <PassageLink report={reports[first]!} link={theirs.link} />
              </li>
            );
          })}
        </ol>
      ) : null}
      {others.length > shown.length ? (
        <p class="hint">
          {others.length - shown.length} other wordings are not shown; read this row against one of them with
          “Read against”.
        </p>
      ) : null}
    </section>
  );
}

function PassageLink({ report, link }: { report: StoryReport; link: string | null }) {
  return link ? (
    <p class="passage-link">
      <a href={link} target="_blank" rel="noopener noreferrer">
        Open {report.outlet} at this passage
        <span class="visually-hidden"> (in a new tab)</span>
      </a>
    </p>
  ) : (
    <p class="hint passage-link">No web address is stored for {report.outlet}, so it cannot be opened.</p>
  );
}

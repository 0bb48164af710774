import type { StoryReport } from '@/lib/analysis/story';
import { formatWhen, REPORT_STATE_LABEL, TIME_FROM_LABEL } from './labels';

/**
 * The reports in time order: each at its publication time, or when it was read, saved or opened
 * when it has no date; copies of a wire story folded into their original with a count.
 */
export function Timeline({ reports }: { reports: StoryReport[] }) {
  const originals = reports.filter((r) => r.copyOf === null);
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol class="timeline-list">
        {originals.map((r) => {
          const copies = reports.filter((c) => c.copyOf === r.key);
          return (
            <li key={r.key} class="timeline-item" data-report={r.key}>
              <ReportLine report={r} />
              {copies.length ? (
                <details class="copies">
                  <summary>
                    +{copies.length} {copies.length === 1 ? 'copy' : 'copies'} of this report
                  </summary>
                  <ul>
                    {copies.map((c) => (
                      <li key={c.key} data-report={c.key}>
                        <ReportLine report={c} />
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ReportLine({ report }: { report: StoryReport }) {
  return (
    <>
      <p class="timeline-when">
        <time dateTime={new Date(report.time).toISOString()}>{formatWhen(report)}</time>{' '}
        <span class="time-from">{TIME_FROM_LABEL[report.timeFrom]}</span>
      </p>
      <p class="timeline-report">
        <span class="outlet">{report.outlet}</span>
        {' · '}
        {report.url ? (
          <a class="report-title" href={report.url} target="_blank" rel="noopener noreferrer">
            {report.title || 'Untitled article'}
            <span class="visually-hidden"> (opens the original in a new tab)</span>
          </a>
        ) : (
          <span class="report-title">{report.title || 'Untitled article'}</span>
        )}{' '}
        <span class={`report-state state-${report.state}`}>{REPORT_STATE_LABEL[report.state]}</span>
      </p>
    </>
  );
}

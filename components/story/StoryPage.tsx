import { useMemo, useState } from 'preact/hooks';
import type { Story } from '@/lib/analysis/story';
import { readRowStates, type CellState } from '@/lib/claims/group';
import { plural } from '../corpus/format';
import { CellPanel } from './CellPanel';
import { FULL_NAMES_UP_TO, STATE_LABEL, STATE_ORDER, STATE_SYMBOL } from './labels';
import { StoryGrid, type ShownRow } from './StoryGrid';
import { Timeline } from './Timeline';

export interface StoryPageProps {
  story: Story | null;
  loading: boolean;
  error: string | null;
  onRetry: () => void;
  /** Statements per page of the grid. */
  pageSize?: number;
}

const DIFFERS: ReadonlySet<CellState> = new Set(['worded', 'credited', 'figures', 'stance']);

/** One story across its sources: the timeline, the statements × reports grid, its filters, a cell opened. */
export function StoryPage({ story, loading, error, onRetry, pageSize = 15 }: StoryPageProps) {
  if (!story) {
    return (
      <header class="page-header">
        <h1>The whole story</h1>
        {error ? (
          <div class="error" role="alert">
            <p>{error}</p>
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          </div>
        ) : (
          <p class="meta" role="status">
            {loading ? 'Gathering the reports of this story…' : 'No story to show.'}
          </p>
        )}
      </header>
    );
  }
  return <LoadedStory story={story} pageSize={pageSize} />;
}

function LoadedStory({ story, pageSize }: { story: Story; pageSize: number }) {
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const [onlyQuotes, setOnlyQuotes] = useState(false);
  const [against, setAgainst] = useState<number | null>(null);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<{ row: string; report: number } | null>(null);

  const read: ShownRow[] = useMemo(
    () => story.rows.map((row) => ({ row, reading: readRowStates(row, against) })),
    [story, against],
  );
  const shown = read.filter(({ row, reading }) => {
    const differs = reading.states.some((s) => DIFFERS.has(s));
    if (onlyDisagreements && !differs) return false;
    if (onlyQuotes && !row.quote) return false;
    if (against !== null) {
      // One outlet against the rest: where it differs, or carries alone, or lacks what others carry.
      const mine = reading.states[against]!;
      const others = reading.states.filter((_, i) => i !== against);
      const alone = mine !== 'absent' && others.every((s) => s === 'absent');
      const lacks = mine === 'absent' && others.some((s) => s !== 'absent');
      if (!differs && !alone && !lacks) return false;
    }
    return true;
  });
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * pageSize, (current + 1) * pageSize);
  const collapsed = story.reports.length > FULL_NAMES_UP_TO;
  const open = selected ? read.find((r) => r.row.key === selected.row) : undefined;
  const outlets = new Set(story.reports.map((r) => r.outlet)).size;
  const origins = story.reports.filter((r) => r.copyOf === null).length;
  const differing = read.filter(({ reading }) => reading.states.some((s) => DIFFERS.has(s))).length;
  const filter = (apply: () => void): void => {
    apply();
    setPage(0);
  };

  return (
    <>
      <header class="page-header">
        <p class="kicker">The whole story</p>
        <h1>{story.title}</h1>
        <p class="meta" data-testid="story-summary">
          {plural(story.reports.length, 'report')} from {plural(outlets, 'outlet')} ·{' '}
          {plural(origins, 'independent origin')} · {plural(differing, 'statement')} where they differ
        </p>
        {story.omitted ? (
          <p class="hint" role="note">
            {plural(story.omitted, 'more report')} of this story {story.omitted === 1 ? 'is' : 'are'} not
            shown: a story page shows {story.reports.length} at most.
          </p>
        ) : null}
      </header>
      <Timeline reports={story.reports} />
      <section class="statements" aria-labelledby="statements-heading">
        <h2 id="statements-heading">What each report says</h2>
        <fieldset class="filters">
          <legend>Show</legend>
          <label>
            <input
              type="checkbox"
              checked={onlyDisagreements}
              onChange={(e) => filter(() => setOnlyDisagreements(e.currentTarget.checked))}
            />{' '}
            Only statements where reports differ
          </label>
          <label>
            <input
              type="checkbox"
              checked={onlyQuotes}
              onChange={(e) => filter(() => setOnlyQuotes(e.currentTarget.checked))}
            />{' '}
            Only quotes
          </label>
          <label>
            Read against{' '}
            <select
              value={against === null ? '' : String(against)}
              onChange={(e) =>
                filter(() => setAgainst(e.currentTarget.value === '' ? null : Number(e.currentTarget.value)))
              }
            >
              <option value="">the reports’ majority</option>
              {story.reports.map((r, i) => (
                <option key={r.key} value={String(i)}>
                  {r.outlet}
                  {r.copyOf ? ' (copy)' : ''}: one outlet against the rest
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <Legend story={story} collapsed={collapsed} />
        {shown.length ? (
          <div class="grid-scroll">
            <StoryGrid
              reports={story.reports}
              rows={visible}
              collapsed={collapsed}
              against={against}
              selected={selected}
              onSelect={(row, report) => setSelected({ row, report })}
            />
          </div>
        ) : (
          <p class="hint" data-testid="no-rows">
            No statement matches these filters.
          </p>
        )}
        {pages > 1 ? (
          <nav class="pager" aria-label="Statement pages">
            <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
              Previous
            </button>
            <span role="status">
              Statements {current * pageSize + 1}–{Math.min(shown.length, (current + 1) * pageSize)} of{' '}
              {shown.length}
            </span>
            <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              Next
            </button>
          </nav>
        ) : null}
      </section>
      {open && selected ? (
        <CellPanel
          key={`${selected.row}:${selected.report}`}
          reports={story.reports}
          row={open.row}
          reading={open.reading}
          report={selected.report}
          onClose={() => setSelected(null)}
        />
      ) : null}
    </>
  );
}

function Legend({ story, collapsed }: { story: Story; collapsed: boolean }) {
  return (
    <div class="legend" aria-label="Legend">
      <ul class="legend-states">
        {STATE_ORDER.map((s) => (
          <li key={s} class={`state-${s}`}>
            <span class="legend-symbol" aria-hidden="true">
              {STATE_SYMBOL[s]}
            </span>{' '}
            {STATE_LABEL[s]}
          </li>
        ))}
      </ul>
      {collapsed ? (
        <dl class="legend-outlets">
          {story.reports
            .filter((r, i, all) => all.findIndex((x) => x.initials === r.initials) === i)
            .map((r) => (
              <div key={r.initials}>
                <dt>{r.initials}</dt>
                <dd>{r.outlet}</dd>
              </div>
            ))}
        </dl>
      ) : null}
    </div>
  );
}

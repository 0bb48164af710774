// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoryPage } from '@/components/story/StoryPage';
import { loadStory, type Story } from '@/lib/analysis/story';
import { saveArticle } from '@/lib/corpus/articles';
import { splitSentences } from '@/lib/text/sentences';
import { freshCorpus } from '../../helpers/corpus';
import { floodStory } from '../../helpers/story';

afterEach(cleanup);

const IDS = ['flood-northwire', 'flood-valley-courier', 'flood-harbour-ledger', 'flood-coast-daily'];

/** The four-report flood story, and the same story told by 30 outlets. */
let four: Story;
let thirty: Story;
beforeAll(async () => {
  const db = freshCorpus();
  const reports = floodStory();
  for (const a of reports) await saveArticle(db, a, 'saved', Date.UTC(2026, 2, 6));
  four = await loadStory(db, { kind: 'ids', ids: IDS });
  const many = freshCorpus();
  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    const base = reports[i % reports.length]!;
    const text = `${base.text}\n\nReported for the ${['morning', 'evening', 'weekend'][i % 3]} edition by desk ${i + 1} of ${['Lakeside', 'Upland', 'Metro', 'Coastal', 'County'][i % 5]} News.`;
    const id = `many-${i}`;
    ids.push(id);
    await saveArticle(
      many,
      {
        ...base,
        id,
        url: `https://outlet-${i}.example/flood`,
        canonicalUrl: null,
        siteName: `Outlet ${i + 1} Times`,
        text,
        sentences: splitSentences(text),
      },
      'saved',
      Date.UTC(2026, 2, 6),
    );
  }
  thirty = await loadStory(many, { kind: 'ids', ids });
}, 60_000);

const noop = () => undefined;
const rowOf = (words: string) => screen.getByRole('rowheader', { name: new RegExp(words) }).closest('tr')!;
const states = (tr: HTMLElement) =>
  [...tr.querySelectorAll<HTMLButtonElement>('.cell-button')].map((b) => b.dataset.state);

describe('StoryPage', () => {
  it('shows the timeline with the wire copy folded into its original, and the grid with outlet names', () => {
    render(<StoryPage story={four} loading={false} error={null} onRetry={noop} />);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('timeline-item')),
    ).toHaveLength(3);
    expect(within(timeline).getByText('+1 copy of this report')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Statement',
      'Origins',
      'Northwire',
      'Valley Courier (copy)',
      'The Harbour Ledger',
      'Coast Daily',
    ]);
    expect(screen.getByTestId('story-summary').textContent).toBe(
      '4 reports from 4 outlets · 3 independent origins · 3 statements where they differ',
    );
    expect(states(rowOf('abandon the valley'))).toEqual(['worded', 'worded', 'worded', 'worded']);
    expect(states(rowOf('spillway gates'))).toEqual(['carries', 'carries', 'credited', 'carries']);
    expect(within(rowOf('abandon the valley')).getByRole('cell', { name: '3' })).toBeTruthy();
    // Disagreements first.
    const flags = [...document.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-disagrees'));
    expect(flags.slice(0, 3)).toEqual(['true', 'true', 'true']);
    expect(flags.slice(3).every((f) => f === 'false')).toBe(true);
  });

  it('filters: only disagreements, only quotes, one outlet against the rest', () => {
    render(<StoryPage story={four} loading={false} error={null} onRetry={noop} />);
    fireEvent.click(screen.getByLabelText('Only statements where reports differ'));
    expect(document.querySelectorAll('tbody tr')).toHaveLength(3);
    fireEvent.click(screen.getByLabelText('Only quotes'));
    expect(document.querySelectorAll('tbody tr')).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Only quotes'));
    fireEvent.click(screen.getByLabelText('Only statements where reports differ'));
    const select = screen.getByLabelText(/Read against/) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '2' } });
    // Against The Harbour Ledger: its figure is the reference, the others give other numbers.
    expect(states(rowOf('1,200 residents'))).toEqual(['figures', 'figures', 'carries', 'figures']);
    expect(screen.getAllByRole('columnheader')[4]!.textContent).toContain('(read against)');
    // Rows where it stands with everyone are left out; rows it lacks stay.
    expect(
      document.querySelector('tbody tr [data-report="flood-harbour-ledger"][data-state="absent"]'),
    ).toBeTruthy();
    expect(
      [...document.querySelectorAll('tbody tr')].every((tr) =>
        states(tr as HTMLElement).some((s) => s !== 'carries'),
      ),
    ).toBe(true);
  });

  it('opens a cell: its passage, the word diff against each other wording, links to the passages', () => {
    render(<StoryPage story={four} loading={false} error={null} onRetry={noop} />);
    const cell = within(rowOf('abandon the valley')).getByRole('button', {
      name: /The Harbour Ledger words the quote/,
    });
    fireEvent.click(cell);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    const panel = screen.getByTestId('cell-panel');
    expect(within(panel).getByRole('heading').textContent).toBe(
      'The Harbour Ledger words the quote differently',
    );
    const passages = [...panel.querySelectorAll('.passage')].map((p) => p.textContent);
    expect(passages).toEqual([
      expect.stringContaining('We are not going to abandon this valley'),
      expect.stringMatching(/^Northwire, Valley Courier: .*We will not abandon the valley/),
      expect.stringContaining('We are not going to abandon this valley'),
      expect.stringMatching(/^Coast Daily: .*We will never abandon the valley/),
    ]);
    expect([...panel.querySelectorAll('ins')].map((e) => e.textContent).join(' ')).toContain('never');
    const links = within(panel)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links[0]).toMatch(/^https:\/\/harbour-ledger\.example\/news\/arnsby-flood#:~:text=/);
    expect(links).toHaveLength(3);
    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('cell-panel')).toBeNull();
  });

  it('has one tab stop in the grid and moves it with the arrow keys', () => {
    render(<StoryPage story={four} loading={false} error={null} onRetry={noop} />);
    const grid = screen.getByRole('grid');
    const focusable = () =>
      [...grid.querySelectorAll<HTMLElement>('[tabindex="0"]')].map((e) => e.dataset.cell);
    expect(focusable()).toEqual(['0:0']);
    const first = grid.querySelector<HTMLElement>('[data-cell="0:0"]')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('0:1');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1:1');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1:3');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1:3');
    fireEvent.keyDown(document.activeElement!, { key: 'Home', ctrlKey: true });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('0:0');
    expect(focusable()).toEqual(['0:0']);
  });

  it('reads well at 30 reports: initials with a legend, and rows in pages', () => {
    expect(thirty.reports).toHaveLength(30);
    render(<StoryPage story={thirty} loading={false} error={null} onRetry={noop} pageSize={4} />);
    const heads = screen.getAllByRole('columnheader').slice(2);
    expect(heads).toHaveLength(30);
    expect(heads.every((h) => h.querySelector('abbr'))).toBe(true);
    const legend = document.querySelector('.legend-outlets')!;
    expect(legend.querySelectorAll('dt')).toHaveLength(30);
    expect(within(legend as HTMLElement).getByText('Outlet 12 Times')).toBeTruthy();
    expect(document.querySelectorAll('tbody tr')).toHaveLength(4);
    const status = screen.getByRole('navigation', { name: 'Statement pages' });
    expect(within(status).getByRole('status').textContent).toMatch(/^Statements 1–4 of \d+$/);
    fireEvent.click(within(status).getByRole('button', { name: 'Next' }));
    expect(within(status).getByRole('status').textContent).toMatch(/^Statements 5–8 of/);
  });

  it('says what went wrong and offers to try again', () => {
    const retry = vi.fn();
    render(
      <StoryPage story={null} loading={false} error="The story could not be shown: gone." onRetry={retry} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('gone.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});

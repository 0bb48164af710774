// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusPage, type CorpusPageProps } from '@/components/corpus/CorpusPage';
import { listing, row } from './fixtures';

afterEach(cleanup);

function props(overrides: Partial<CorpusPageProps> = {}): CorpusPageProps {
  return {
    listing: listing([[row('a'), row('b', { siteName: 'The Harbour Ledger', url: null })], [row('c')]]),
    loading: false,
    error: null,
    storageBytes: 3_456_789,
    transfer: { kind: 'idle' },
    undo: null,
    undoTimeoutMs: 10_000,
    busyIds: new Set(),
    maxTagChars: 64,
    onSearch: vi.fn(),
    onShowMore: vi.fn(),
    onSaveTags: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    onDismissUndo: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...overrides,
  };
}

describe('CorpusPage', () => {
  it('shows the corpus size, storage used, and the articles grouped by story', () => {
    render(<CorpusPage {...props()} />);
    expect(screen.getByTestId('corpus-summary').textContent).toBe('3 articles · Storage used: 3.5 MB');
    expect(screen.getByRole('heading', { level: 2, name: '3 articles in 2 stories' })).toBeTruthy();
    const stories = screen.getAllByRole('listitem').filter((li) => li.classList.contains('story'));
    expect(stories.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Same story · 2 reports',
      'Story with one report',
    ]);
    expect(
      within(stories[0]!)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(['Title a', 'Title b']);
  });

  it('links a title to the original in a new tab, and renders page text as text', () => {
    const hostile = '<img src=x onerror="alert(1)">Headline';
    render(
      <CorpusPage
        {...props({ listing: listing([[row('a', { title: hostile, snippet: '<b>bold</b> words' })]]) })}
      />,
    );
    const link = screen.getByRole('link', { name: `${hostile} (opens the original in a new tab)` });
    expect(link.getAttribute('href')).toBe('https://news.example/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>bold</b> words')).toBeTruthy();
  });

  it('deletes through a button named after the article', () => {
    const p = props();
    render(<CorpusPage {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Title b”' }));
    expect(p.onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'b' }));
  });

  it('says when nothing matches, when the corpus is empty, and when more match than shown', () => {
    const { rerender } = render(<CorpusPage {...props({ listing: listing([], { corpusSize: 5 }) })} />);
    expect(screen.getByText('No article matches this search.')).toBeTruthy();
    rerender(<CorpusPage {...props({ listing: listing([]) })} />);
    expect(screen.getByText(/Your corpus is empty/)).toBeTruthy();
    const p = props({ listing: listing([[row('a')]], { complete: false, corpusSize: 900 }) });
    rerender(<CorpusPage {...p} />);
    expect(screen.getByRole('heading', { level: 2, name: /shown/ }).textContent).toBe(
      '1 article shown (more match) in 1 story',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(p.onShowMore).toHaveBeenCalledOnce();
  });

  it('searches with the words, outlet and dates typed, and Clear resets them', () => {
    const p = props();
    render(<CorpusPage {...p} />);
    fireEvent.input(screen.getByLabelText('Words'), { target: { value: 'Witkoff "Article 5"' } });
    fireEvent.change(screen.getByLabelText('Outlet'), { target: { value: 'Reuters' } });
    fireEvent.input(screen.getByLabelText('Published from'), { target: { value: '2025-08-01' } });
    fireEvent.input(screen.getByLabelText('to'), { target: { value: '2025-08-31' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(p.onSearch).toHaveBeenLastCalledWith({
      words: 'Witkoff "Article 5"',
      outlet: 'Reuters',
      from: '2025-08-01',
      to: '2025-08-31',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(p.onSearch).toHaveBeenLastCalledWith({ words: '', outlet: '', from: '', to: '' });
    expect((screen.getByLabelText('Words') as HTMLInputElement).value).toBe('');
  });

  it('shows a list error as an alert', () => {
    render(<CorpusPage {...props({ error: 'Could not list your corpus: boom' })} />);
    expect(screen.getByRole('alert').textContent).toBe('Could not list your corpus: boom');
  });
});

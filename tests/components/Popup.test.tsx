// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/Popup';
import type { Analysis } from '@/lib/analysis/analyze';
import type { TabState } from '@/lib/messages/protocol';

const article = {
  id: null,
  url: 'https://example.test/a',
  canonicalUrl: null,
  title: 'Envoy says Washington could back Ukraine',
  byline: null,
  siteName: 'The Harbour Ledger',
  publishedTime: '2025-08-17',
};
const analysis: Analysis = {
  article,
  related: [
    {
      id: 's1',
      title: 'Trump considers NATO-style guarantees',
      siteName: 'Reuters',
      url: null,
      publishedTime: '2025-08-17',
      score: 0.52,
      sameStory: true,
      syndicated: false,
      origin: 'seed',
      why: { sharedEntities: ['Witkoff', 'Rubio'], sharedTerms: ['guarantees'], days: 0 },
    },
    {
      id: 's2',
      title: 'Ukraine talks: what we know',
      siteName: null,
      url: 'https://example.test/b',
      publishedTime: null,
      score: 0.2,
      sameStory: false,
      syndicated: false,
      origin: 'seed',
      why: { sharedEntities: ['Ukraine'], sharedTerms: [], days: null },
    },
  ],
  comparisons: [],
};
const props = (state: TabState) => ({
  state,
  busy: false,
  actionError: null,
  onSave: vi.fn(),
  onRemove: vi.fn(),
});

afterEach(cleanup);

describe('Popup', () => {
  it('shows the article, then related coverage with tier, outlet, date and why', () => {
    render(<Popup {...props({ status: 'ready', article, analysis, savedId: null })} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    expect(screen.getByText('The Harbour Ledger · 17 Aug 2025')).toBeTruthy();
    const items = document.querySelectorAll('.related-item');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Same story');
    expect(items[0]!.textContent).toContain('Reuters · 17 Aug 2025');
    expect(items[0]!.textContent).toContain('Shared names: Witkoff, Rubio; terms: guarantees; same day');
    expect(items[1]!.textContent).toContain('Related');
    expect(items[1]!.textContent).toContain('Outlet unknown');
    expect(items[1]!.querySelector('a')!.getAttribute('rel')).toContain('noopener');
  });

  it('says sentence comparison is not available for the page’s language', () => {
    const unavailable = {
      ...analysis,
      claimsUnavailable: 'Sentence comparison is not available for German.',
    };
    render(<Popup {...props({ status: 'ready', article, analysis: unavailable, savedId: null })} />);
    expect(screen.getByTestId('claims-unavailable').textContent).toBe(
      'Sentence comparison is not available for German.',
    );
    // Related coverage is still listed.
    expect(document.querySelectorAll('.related-item')).toHaveLength(2);
  });

  it('saves with the typed tags', () => {
    const p = props({ status: 'ready', article, analysis, savedId: null });
    render(<Popup {...p} />);
    fireEvent.input(screen.getByLabelText('Tags (comma separated)'), {
      target: { value: 'Ukraine, talks , ukraine' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save to corpus' }));
    expect(p.onSave).toHaveBeenCalledWith(['ukraine', 'talks']);
  });

  it('offers the whole story when other reports of it are in the corpus', () => {
    const onOpenStory = vi.fn();
    render(
      <Popup {...props({ status: 'ready', article, analysis, savedId: null })} onOpenStory={onOpenStory} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'See the whole story' }));
    expect(onOpenStory).toHaveBeenCalledOnce();
    cleanup();
    const alone = { ...analysis, related: analysis.related.filter((r) => !r.sameStory) };
    render(
      <Popup
        {...props({ status: 'ready', article, analysis: alone, savedId: null })}
        onOpenStory={onOpenStory}
      />,
    );
    expect(screen.queryByRole('button', { name: 'See the whole story' })).toBeNull();
  });

  it('shows the saved state with Remove', () => {
    const p = props({ status: 'ready', article, analysis, savedId: 'u1' });
    render(<Popup {...p} />);
    expect(screen.getByText('✓ Saved to your corpus')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(p.onRemove).toHaveBeenCalledWith('u1');
  });

  it.each([
    [
      { status: 'not-article', reason: 'Too little prose.' } as TabState,
      'not-article',
      'This page is not an article',
    ],
    [{ status: 'analysing', article } as TabState, 'analysing', 'Analysing…'],
    [{ status: 'error', message: 'Database closed' } as TabState, 'error', 'Something went wrong'],
    [{ status: 'idle' } as TabState, 'idle', 'No article here yet'],
    [
      { status: 'ready', article, analysis: { ...analysis, related: [] }, savedId: null } as TabState,
      'nothing-related',
      'Nothing related in your corpus',
    ],
  ])('state %#: %s says what it is and what to do', (state, kind, title) => {
    render(<Popup {...props(state)} />);
    const section = document.querySelector(`[data-state="${kind}"]`)!;
    expect(section.querySelector('h2')!.textContent).toBe(title);
    if (kind !== 'analysing') expect(section.querySelector('.advice')?.textContent ?? '').not.toBe('');
  });

  it('shows the failed steps in a diagnostics line, in the error state and beside a shown article', () => {
    render(
      <Popup
        {...props({
          status: 'error',
          message: 'Database closed',
          diagnostics: ['canonical URL: TypeError: not iterable', 'analysis: DatabaseClosedError: closed'],
        })}
      />,
    );
    expect(screen.getByTestId('diagnostics').textContent).toBe(
      'Diagnostics: canonical URL: TypeError: not iterable · analysis: DatabaseClosedError: closed',
    );
    cleanup();
    render(<Popup {...props({ status: 'analysing', article, diagnostics: ['title: Error: boom'] })} />);
    expect(screen.getByTestId('diagnostics').textContent).toBe('Diagnostics: title: Error: boom');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    cleanup();
    render(<Popup {...props({ status: 'analysing', article })} />);
    expect(screen.queryByTestId('diagnostics')).toBeNull();
  });

  it('renders page-derived text as text, never as markup', () => {
    const hostile = { ...article, title: '<img src=x onerror="window.pwned=1">Headline' };
    render(
      <Popup
        {...props({
          status: 'ready',
          article: hostile,
          analysis: { ...analysis, article: hostile },
          savedId: null,
        })}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(hostile.title);
  });
});

describe('Popup differences', () => {
  it('lists differences by kind with both passages, and picking one asks to show it in the page', async () => {
    const { sampleAnalysis } = await import('../helpers/analysis');
    const a = sampleAnalysis();
    const p = {
      ...props({ status: 'ready', article: a.article, analysis: a, savedId: null }),
      onShowPassage: vi.fn(),
    };
    render(<Popup {...p} />);
    expect(screen.getByTestId('summary').textContent).toBe(
      '2 other reports of this story · 2 sentences differ',
    );
    const quote = document.querySelector('.difference[data-kind="quote"]')!;
    expect(quote.querySelector('.passage-a')!.textContent).toContain('This article');
    expect(quote.querySelector('.passage-b')!.textContent).toContain('Wire One');
    fireEvent.click(quote.querySelector('button')!);
    expect(p.onShowPassage).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'quote', a: expect.objectContaining({ start: 100 }) }),
    );
    expect(document.querySelector('.only-here')!.textContent).toContain('The talks lasted three hours.');
    expect(screen.getByText(/Copies of this article elsewhere/)).toBeTruthy();
  });
});

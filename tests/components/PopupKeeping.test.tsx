// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEPING_NOTICE } from '@/components/KeepingNotice';
import { Popup } from '@/components/Popup';
import type { TabState } from '@/lib/messages/protocol';
import { sampleAnalysis } from '../helpers/analysis';

const readAt = new Date(new Date().getFullYear(), 2, 12, 9, 30).getTime(); // 12 March this year
const analysis = sampleAnalysis();
analysis.related[0] = { ...analysis.related[0]!, origin: 'read', readAt };
analysis.related[1] = { ...analysis.related[1]!, origin: 'saved' };

const props = (state: TabState) => ({
  state,
  busy: false,
  actionError: null,
  onSave: vi.fn(),
  onRemove: vi.fn(),
  onKeepAsSaved: vi.fn(),
  onPauseKeeping: vi.fn(),
  onOpenSettings: vi.fn(),
});
const ready = (extra: Partial<Extract<TabState, { status: 'ready' }>> = {}): TabState => ({
  status: 'ready',
  article: analysis.article,
  analysis,
  savedId: null,
  ...extra,
});

afterEach(cleanup);

describe('Popup: what the reader read and saved', () => {
  it('says which related reports the reader read, and when, and which they saved', () => {
    render(<Popup {...props(ready())} />);
    const [read, saved, seed] = [...document.querySelectorAll('.related-item')];
    expect(read!.textContent).toContain('You read this on 12 March');
    expect(saved!.textContent).toContain('You saved this');
    expect(seed!.querySelector('.provenance')).toBeNull();
  });

  it('turns a related read report into a saved one, or forgets it, in one click', () => {
    const p = props(ready());
    render(<Popup {...p} />);
    const title = analysis.related[0]!.title;
    fireEvent.click(screen.getByRole('button', { name: `Keep “${title}” as saved` }));
    expect(p.onKeepAsSaved).toHaveBeenCalledWith('r1');
    fireEvent.click(screen.getByRole('button', { name: `Forget “${title}”` }));
    expect(p.onRemove).toHaveBeenCalledWith('r1');
  });

  it('shows this page as read, with Keep as saved and Forget', () => {
    const article = { ...analysis.article, id: 'u1', origin: 'read' as const, readAt };
    const p = props(ready({ article, savedId: 'u1', reading: 'kept' }));
    render(<Popup {...p} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Read on 12 March/);
    expect(screen.queryByText('✓ Saved to your corpus')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep as saved' }));
    expect(p.onKeepAsSaved).toHaveBeenCalledWith('u1');
    fireEvent.click(screen.getByRole('button', { name: 'Forget' }));
    expect(p.onRemove).toHaveBeenCalledWith('u1');
  });

  it('shows a saved page as saved, also when the reader had read it', () => {
    const article = { ...analysis.article, id: 'u1', origin: 'saved' as const, readAt };
    render(<Popup {...props(ready({ article, savedId: 'u1' }))} />);
    expect(screen.getByText('✓ Saved to your corpus')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Keep as saved' })).toBeNull();
  });

  it.each([
    ['paused', 'keeping what you read is paused'],
    ['excluded', 'never-keep list'],
    ['private', 'private window'],
    ['failed', 'could not keep'],
  ] as const)('says why a read page was not kept (%s)', (reading, words) => {
    render(<Popup {...props(ready({ reading }))} />);
    const line = screen.getByTestId('reading');
    expect(line.dataset.reading).toBe(reading);
    expect(line.textContent).toContain(words);
  });

  it('shows the one-time notice with Pause and Settings', () => {
    const p = props(ready());
    const { rerender } = render(<Popup {...p} notice={{ paused: false }} />);
    const notice = screen.getByTestId('keeping-notice');
    expect(notice.textContent).toContain(KEEPING_NOTICE);
    expect(KEEPING_NOTICE).toBe(
      'Parallax keeps the articles you read, in this browser only, so it can compare later coverage with them.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(p.onPauseKeeping).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(p.onOpenSettings).toHaveBeenCalledTimes(1);
    rerender(<Popup {...p} notice={{ paused: true }} />);
    expect(screen.getByTestId('keeping-notice').textContent).toContain('Paused');
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    rerender(<Popup {...p} notice={null} />);
    expect(screen.queryByTestId('keeping-notice')).toBeNull();
  });
});

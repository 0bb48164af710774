// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '@/components/options/OptionsPage';

const props = (extra: Partial<OptionsPageProps> = {}): OptionsPageProps => ({
  settings: { enabled: true, sites: ['news.example'], retentionDays: 90 },
  minDays: 1,
  maxDays: 3650,
  busy: false,
  status: null,
  error: null,
  onToggle: vi.fn(),
  onAddSite: vi.fn(() => null),
  onRemoveSite: vi.fn(),
  onRetention: vi.fn(),
  onForget: vi.fn(),
  ...extra,
});

afterEach(cleanup);

describe('OptionsPage', () => {
  it('turns keeping off and on with a labelled checkbox', () => {
    const p = props();
    render(<OptionsPage {...p} />);
    const box = screen.getByLabelText('Keep the articles I read in my corpus') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(p.onToggle).toHaveBeenCalledWith(false);
  });

  it('adds a never-keep site, clears the field, and lists sites with a named Remove', () => {
    const p = props();
    render(<OptionsPage {...p} />);
    const field = screen.getByLabelText('Site') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'paper.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(p.onAddSite).toHaveBeenCalledWith('paper.example');
    expect(field.value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove news.example' }));
    expect(p.onRemoveSite).toHaveBeenCalledWith('news.example');
  });

  it('keeps what was typed and says why when it is not a site', () => {
    const p = props({ onAddSite: vi.fn(() => '“not a site” is not a site name or web address.') });
    render(<OptionsPage {...p} />);
    const field = screen.getByLabelText('Site') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'not a site' } });
    fireEvent.submit(field.form!);
    expect(screen.getByRole('alert').textContent).toContain('is not a site name');
    expect(field.value).toBe('not a site');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('sets the retention in whole days within bounds, refusing anything else', () => {
    const p = props();
    render(<OptionsPage {...p} />);
    const days = screen.getByLabelText('Days to keep read articles') as HTMLInputElement;
    expect(days.value).toBe('90');
    for (const bad of ['0', '4000', '2.5', 'soon']) {
      fireEvent.input(days, { target: { value: bad } });
      fireEvent.submit(days.form!);
    }
    expect(p.onRetention).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('from 1 to 3650');
    fireEvent.input(days, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(p.onRetention).toHaveBeenCalledWith(30);
  });

  it('forgets the last hour, the last day or everything read', () => {
    const onForget = vi.fn();
    const p = props({ onForget });
    render(<OptionsPage {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'The last hour' }));
    fireEvent.click(screen.getByRole('button', { name: 'The last day' }));
    fireEvent.click(screen.getByRole('button', { name: 'Everything I read' }));
    expect(onForget.mock.calls).toEqual([['hour'], ['day'], ['all']]);
  });

  it('announces the outcome of a change and shows a failure as an alert', () => {
    render(<OptionsPage {...props({ status: 'Forgot 2 articles you read. Saved articles stay.' })} />);
    expect(screen.getByRole('status').textContent).toContain('Forgot 2 articles');
    cleanup();
    render(<OptionsPage {...props({ error: 'That change was not made: quota' })} />);
    expect(screen.getByRole('alert').textContent).toContain('not made');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkTooltip } from '@/components/overlay/MarkTooltip';
import { Overlay } from '@/components/overlay/Overlay';
import { showDifferences } from '@/lib/analysis/shown-differences';
import { sampleAnalysis } from '../../helpers/analysis';

afterEach(cleanup);
const shown = showDifferences(sampleAnalysis());
const handlers = () => ({ onToggle: vi.fn(), onDismiss: vi.fn(), onNeverOnSite: vi.fn(), onSelect: vi.fn() });

describe('Overlay', () => {
  it('collapsed: a pill saying how many reports and how many sentences differ', () => {
    const h = handlers();
    render(
      <Overlay
        reports={2}
        differing={2}
        differences={shown.differences}
        expanded={false}
        scheme="light"
        {...h}
      />,
    );
    const pill = screen.getByRole('button', { name: /2 reports · 2 differ/ });
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(pill);
    expect(h.onToggle).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Hide Parallax on this page' }));
    expect(h.onDismiss).toHaveBeenCalled();
  });

  it('expanded: differences grouped by kind with both passages and a word diff; picking one selects it', () => {
    const h = handlers();
    render(
      <Overlay reports={2} differing={2} differences={shown.differences} expanded scheme="dark" {...h} />,
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog.closest('[data-scheme]')!.getAttribute('data-scheme')).toBe('dark');
    const groups = [...dialog.querySelectorAll('.difference-group')].map((g) => g.getAttribute('data-kind'));
    expect(groups).toEqual(['quote', 'certainty']);
    expect(dialog.querySelector('[data-kind="quote"] ins')!.textContent).toContain('not a peace deal');
    fireEvent.click(dialog.querySelector('[data-kind="certainty"] .difference-open')!);
    expect(h.onSelect).toHaveBeenCalledWith(expect.objectContaining({ kind: 'certainty' }));
    fireEvent.click(screen.getByRole('button', { name: 'Never on this site' }));
    expect(h.onNeverOnSite).toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(h.onToggle).toHaveBeenCalledTimes(1);
  });

  it('opens the whole story from the panel', () => {
    const onOpenStory = vi.fn();
    render(
      <Overlay
        reports={1}
        differing={0}
        differences={[]}
        expanded
        scheme="light"
        {...handlers()}
        onOpenStory={onOpenStory}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'See the whole story' }));
    expect(onOpenStory).toHaveBeenCalledOnce();
  });

  it('says so when the reports agree on everything compared', () => {
    render(<Overlay reports={1} differing={0} differences={[]} expanded scheme="light" {...handlers()} />);
    expect(screen.getByText(/agree with this one/)).toBeTruthy();
  });
});

describe('MarkTooltip', () => {
  it('shows the other source and its passage, placed inside the viewport', () => {
    render(
      <MarkTooltip
        id="t"
        differences={[shown.differences[0]!]}
        anchor={{ left: 1200, top: 700, bottom: 720 }}
        viewport={{ width: 1280, height: 800 }}
      />,
    );
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('Wire One says:');
    expect(tip.textContent).toContain('not a peace deal');
    expect(tip.style.left).toBe('912px');
    expect(tip.style.bottom).toBe('108px');
  });
});

describe('readableDetail', () => {
  it('keeps a plain detail and drops an inline diff the word diff already shows', async () => {
    const { readableDetail } = await import('@/components/DifferenceList');
    expect(readableDetail('four-hour vs three-hour')).toBe('four-hour vs three-hour');
    expect(readableDetail('quote worded differently: If one side [-it is-] {+that’s+} surrender')).toBe(
      'Quote worded differently.',
    );
  });
});

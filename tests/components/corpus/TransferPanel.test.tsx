// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importSummary, progressStatus } from '@/components/corpus/progress-text';
import { TransferPanel } from '@/components/corpus/TransferPanel';

afterEach(cleanup);

describe('TransferPanel', () => {
  it('exports, and opens the file chooser from a keyboard-reachable button', () => {
    const onExport = vi.fn();
    const onImport = vi.fn();
    render(<TransferPanel status={{ kind: 'idle' }} onExport={onExport} onImport={onImport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export corpus' }));
    expect(onExport).toHaveBeenCalledOnce();
    const input = document.getElementById('import-file') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Import a file…' }));
    expect(click).toHaveBeenCalledOnce();
    const file = new File(['{}'], 'corpus.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    expect(onImport).toHaveBeenCalledWith(file);
  });

  it('shows a labelled progress bar while working, determinate when counts are known', () => {
    const { rerender } = render(
      <TransferPanel
        status={progressStatus({ phase: 'sending', done: 1_500, total: 10_000 })}
        onExport={vi.fn()}
        onImport={vi.fn()}
      />,
    );
    const bar = screen.getByLabelText('Importing: 1,500 of 10,000 articles sent') as HTMLProgressElement;
    expect(bar.getAttribute('value')).toBe('1500');
    expect(bar.getAttribute('max')).toBe('10000');
    for (const button of screen.getAllByRole('button'))
      expect((button as HTMLButtonElement).disabled).toBe(true);
    rerender(
      <TransferPanel
        status={progressStatus({ phase: 'saving', total: 10_000 })}
        onExport={vi.fn()}
        onImport={vi.fn()}
      />,
    );
    const saving = screen.getByLabelText('Saving 10,000 articles to your corpus (all or nothing)…');
    expect(saving.hasAttribute('value')).toBe(false);
  });

  it('shows the outcome, and an error as an alert', () => {
    const summary = importSummary('corpus.json', {
      total: 45,
      added: 3,
      updated: 1,
      unchanged: 40,
      skippedCount: 1,
      skipped: [{ index: 7, id: 'x', reason: 'its canonical URL belongs to another article (y)' }],
    });
    expect(summary).toBe(
      'Imported “corpus.json” (45 articles): 3 new, 1 updated, 40 already in your corpus. Skipped 1: article 7 (x): its canonical URL belongs to another article (y).',
    );
    const { rerender } = render(
      <TransferPanel status={{ kind: 'done', message: summary }} onExport={vi.fn()} onImport={vi.fn()} />,
    );
    expect(screen.getByRole('status').textContent).toBe(summary);
    rerender(
      <TransferPanel
        status={{ kind: 'error', message: 'This is not valid JSON: …' }}
        onExport={vi.fn()}
        onImport={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('This is not valid JSON: …');
  });
});

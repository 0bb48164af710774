// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleItem } from '@/components/corpus/ArticleItem';
import { row } from './fixtures';

afterEach(cleanup);

describe('the corpus page: read and saved articles', () => {
  it('marks a read article with its reading day, and turns it into a saved one or forgets it', () => {
    const onKeepAsSaved = vi.fn();
    const onDelete = vi.fn();
    const read = row('r', {
      origin: 'read',
      readAt: Date.UTC(2026, 2, 12, 12),
      title: 'Ferry crews walk out',
    });
    render(
      <ArticleItem
        row={read}
        busy={false}
        maxTagChars={64}
        onSaveTags={vi.fn()}
        onDelete={onDelete}
        onKeepAsSaved={onKeepAsSaved}
      />,
    );
    expect(document.querySelector('.origin')!.textContent).toBe('Read');
    expect(document.querySelector('.saved-at')!.textContent).toBe('read 12 Mar 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Keep “Ferry crews walk out” as saved' }));
    expect(onKeepAsSaved).toHaveBeenCalledWith('r');
    fireEvent.click(screen.getByRole('button', { name: 'Forget “Ferry crews walk out”' }));
    expect(onDelete).toHaveBeenCalledWith(read);
  });

  it('offers no "Keep as saved" for a saved article, and deletes rather than forgets it', () => {
    render(
      <ArticleItem
        row={row('s', { origin: 'saved', title: 'Saved one' })}
        busy={false}
        maxTagChars={64}
        onSaveTags={vi.fn()}
        onDelete={vi.fn()}
        onKeepAsSaved={vi.fn()}
      />,
    );
    expect(document.querySelector('.origin')!.textContent).toBe('Saved');
    expect(screen.queryByRole('button', { name: /as saved/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete “Saved one”' })).toBeTruthy();
  });
});

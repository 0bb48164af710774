// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagEditor } from '@/components/corpus/TagEditor';

afterEach(cleanup);

const editor = (onSave = vi.fn(), tags = ['ukraine']) => {
  render(<TagEditor tags={tags} articleTitle="Envoy speaks" busy={false} maxTagChars={10} onSave={onSave} />);
  return onSave;
};

describe('TagEditor', () => {
  it('edits by keyboard: the input takes the focus, Enter saves lower-cased unique tags, focus returns', () => {
    const onSave = editor();
    const edit = screen.getByRole('button', { name: 'Edit tags of “Envoy speaks”' });
    fireEvent.click(edit);
    const input = screen.getByLabelText('Tags of “Envoy speaks”, comma separated') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('ukraine');
    fireEvent.input(input, { target: { value: 'Ukraine, Summit , ukraine,' } });
    fireEvent.submit(input.form!);
    expect(onSave).toHaveBeenCalledWith(['ukraine', 'summit']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit tags of “Envoy speaks”' }));
  });

  it('Escape cancels without saving', () => {
    const onSave = editor();
    fireEvent.click(screen.getByRole('button', { name: /Edit tags/ }));
    const input = screen.getByRole('textbox');
    fireEvent.input(input, { target: { value: 'other' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('ukraine')).toBeTruthy();
  });

  it('refuses a tag that is too long, saying why', () => {
    const onSave = editor();
    fireEvent.click(screen.getByRole('button', { name: /Edit tags/ }));
    const input = screen.getByRole('textbox');
    fireEvent.input(input, { target: { value: 'short, much-too-long-tag' } });
    fireEvent.submit((input as HTMLInputElement).form!);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('A tag has at most 10 characters.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('says when there are no tags', () => {
    editor(vi.fn(), []);
    expect(screen.getByText('No tags')).toBeTruthy();
  });
});

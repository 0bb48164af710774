// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomePage } from '@/components/welcome/WelcomePage';

afterEach(cleanup);

describe('WelcomePage', () => {
  it('says what is kept and where, and turns keeping off before anything is kept', () => {
    const onToggle = vi.fn();
    const onOpenSettings = vi.fn();
    const { rerender } = render(
      <WelcomePage enabled busy={false} error={null} onToggle={onToggle} onOpenSettings={onOpenSettings} />,
    );
    expect(document.body.textContent).toContain('The articles you read');
    expect(document.body.textContent).toContain('in this browser');
    expect(document.body.textContent).toContain('nothing is kept from private windows');
    fireEvent.click(screen.getByRole('button', { name: 'Turn keeping off' }));
    expect(onToggle).toHaveBeenCalledWith(false);
    rerender(
      <WelcomePage
        enabled={false}
        busy={false}
        error={null}
        onToggle={onToggle}
        onOpenSettings={onOpenSettings}
      />,
    );
    expect(screen.getByTestId('welcome-keeping').textContent).toContain('Keeping is off');
    fireEvent.click(screen.getByRole('button', { name: 'Keep what I read' }));
    expect(onToggle).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'More settings' }));
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from './update-notice';

describe('UpdateNotice', () => {
  it('holds an empty status until a new version waits', () => {
    render(<UpdateNotice ready={false} onReload={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('tells the reader and reloads only when asked, once', async () => {
    const onReload = vi.fn();
    const { rerender } = render(<UpdateNotice ready={false} onReload={onReload} />);
    const status = screen.getByRole('status');
    rerender(<UpdateNotice ready onReload={onReload} />);
    // The same live region, now with the news: that is what a screen reader announces.
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('A new version is ready.');
    expect(onReload).not.toHaveBeenCalled();

    const reload = screen.getByRole('button', { name: 'Reload' });
    await userEvent.click(reload);
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(reload).toHaveAttribute('aria-busy', 'true');
    expect(reload).toHaveTextContent('Reloading…');
    await userEvent.click(reload);
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('goes away with Later, leaving the page as it is', async () => {
    const onReload = vi.fn();
    render(<UpdateNotice ready onReload={onReload} />);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
    expect(onReload).not.toHaveBeenCalled();
  });
});

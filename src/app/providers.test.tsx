import { act, render, screen } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { Providers } from './providers';

describe('Providers: toasts', () => {
  afterEach(() => act(() => notifications.clean()));

  it('shows a toast although its container loads only when the first one is shown', async () => {
    render(
      <Providers queryClient={new QueryClient()}>
        <p>page</p>
      </Providers>,
    );
    expect(screen.getByText('page')).toBeInTheDocument();
    act(() => {
      notifications.show({ id: 'first', title: 'Deleted 2 entries', message: 'A backup is kept.' });
    });
    expect(await screen.findByText('Deleted 2 entries')).toBeInTheDocument();
    act(() => {
      notifications.show({ id: 'second', title: 'Restored 2 entries', message: 'They are back.' });
    });
    expect(await screen.findByText('Restored 2 entries')).toBeInTheDocument();
  });
});

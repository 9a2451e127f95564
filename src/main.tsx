import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles';
import { Providers } from './app/providers';
import { AppRouter, preloadForLocation } from './app/router';
import { createQueryClient } from './app/query-client';

// On an entries link, wait for that page's chunk (already on its way) so the first render
// shows the page itself rather than a loader that React would then hold for ~300 ms.
// (A promise chain, not a top-level await: that would make the bundler split the entry.)
void preloadForLocation(window.location.pathname).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers queryClient={createQueryClient()}>
        <AppRouter />
      </Providers>
    </StrictMode>,
  ),
);

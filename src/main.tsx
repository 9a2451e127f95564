import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles';
import { Providers } from './app/providers';
import { AppRouter, preloadForLocation } from './app/router';
import { createQueryClient } from './app/query-client';

// On an entries link, wait for that page's chunk (already on its way) so the first render
// shows the page itself rather than a loader that React would then hold for ~300 ms, and for
// its first screen's data (also on its way), so that render shows the rows too.
// (A promise chain, not a top-level await: that would make the bundler split the entry.)
const queryClient = createQueryClient();
void preloadForLocation(window.location, queryClient).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <AppRouter />
      </Providers>
    </StrictMode>,
  ),
);

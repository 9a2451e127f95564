import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles';
import { Providers } from './app/providers';
import { AppRouter } from './app/router';
import { createQueryClient } from './app/query-client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers queryClient={createQueryClient()}>
      <AppRouter />
    </Providers>
  </StrictMode>,
);

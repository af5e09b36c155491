import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { renderNow } from '@/lib/renderNow';
import { sessionQueries } from '@/features/auth/api/sessionQueries';
import { createQueryClient } from '@/lib/queryClient';
import { setSessionToken } from '@/lib/session';
import { AppProviders } from './AppProviders';
import { routes } from './routes';

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient({
      // An expired session anywhere sends the user back to the login page (the guard reacts).
      onUnauthenticated: () => {
        setSessionToken(null);
        client.setQueryData(sessionQueries.current().queryKey, null);
      },
    });
    return client;
  });
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} flushSync={renderNow} />
    </AppProviders>
  );
}
